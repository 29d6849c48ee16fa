package dev.parley.core.relay;

import dev.parley.core.conversation.MessageId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelayMessageIdsTests {

	final RelayMessageIds ids = new RelayMessageIds("Relay.Parley.test");

	@Test
	void stableIdsOnTheConfiguredDomain() {
		assertThat(this.ids.of(MessageId.of(42))).isEqualTo("<message.42@relay.parley.test>");
		assertThat(this.ids.of(MessageId.of(42))).isEqualTo(this.ids.of(MessageId.of(42)));
	}

	@Test
	void readsOnlyItsOwnIdsFromReferences() {
		String references = "<CAF=abc@mail.gmail.com> <message.7@relay.parley.test>\r\n <MESSAGE.9@RELAY.PARLEY.TEST>"
				+ " <message.8@relay.parley.test.evil.example> <message.10@other.example>";
		assertThat(this.ids.parse(references)).containsExactly(MessageId.of(7), MessageId.of(9));
		assertThat(this.ids.parse(null)).isEmpty();
		assertThat(this.ids.parse("<message.0@relay.parley.test>")).isEmpty();
	}

}
