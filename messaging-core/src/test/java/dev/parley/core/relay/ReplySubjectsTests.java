package dev.parley.core.relay;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReplySubjectsTests {

	@ParameterizedTest(name = "{0} -> {4}")
	@CsvSource(delimiter = '|', nullValues = "NULL",
			textBlock = """
					Re: [Important] Shipping address issue | Shipping address issue | [Important] Shipping address issue | true  | NULL
					RE: AW: Fwd: Where is my parcel?       | Where is my parcel?    | Where is my parcel?                  | false | NULL
					Re: [Important] Shipping address issue | Shipping address issue | Where is my parcel?                  | false | [Important] Shipping address issue
					[Important] Refund now                 | Where is my parcel?    | Where is my parcel?                  | false | [Important] Refund now
					Re: 【important】 Payment issue           | Payment issue          | [Important] Payment issue            | true  | NULL
					Re: [Important] New address attached    | Shipping address issue | [Important] Shipping address issue   | true  | New address attached
					Re:                                    | Where is my parcel?    | NULL                                 | false | NULL
					Antw: Die Lieferung                    | Where is my parcel?    | NULL                                 | false | Die Lieferung
					""")
	void replySubjects(String email, String thread, String answered, boolean important, String expected) {
		assertThat(ReplySubjects.forReply(email, thread, answered, important)).isEqualTo(expected);
	}

}
