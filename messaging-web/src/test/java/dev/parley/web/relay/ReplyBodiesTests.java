package dev.parley.web.relay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyBodiesTests {

	@Test
	void plainTextLosesQuotesAndSignatureAndBecomesEscapedParagraphs() {
		String text = "Number 12 <b>not</b> 21.\r\nThe blue door.\r\n\r\nSecond paragraph & more.\r\n\r\n"
				+ "-- \r\nBen\r\n\r\nOn Mon, 2 Mar 2026, Shop via Parley <abc@relay.parley.test> wrote:\r\n> Which number?\r\n";
		assertThat(ReplyBodies.fromText(text)).isEqualTo(
				"<p>Number 12 &lt;b&gt;not&lt;/b&gt; 21.<br>The blue door.</p><p>Second paragraph &amp; more.</p>");
	}

	@Test
	void htmlLosesTheContainersClientsQuoteIn() {
		String gmail = "<div dir=\"ltr\">Yes, Monday works.<div class=\"gmail_signature\">Ben</div></div><br>"
				+ "<div class=\"gmail_quote\"><div class=\"gmail_attr\">On Mon, Shop wrote:</div>"
				+ "<blockquote class=\"gmail_quote\">Does Monday work?</blockquote></div>";
		assertThat(ReplyBodies.fromHtml(gmail)).contains("Yes, Monday works.")
			.doesNotContain("Does Monday work?")
			.doesNotContain("On Mon")
			.doesNotContain("Ben");
		String outlook = "<div><p>Tuesday is better.</p><div id=\"divRplyFwdMsg\"><b>From:</b> Shop</div>"
				+ "<div>Does Monday work?</div></div><p>old footer</p>";
		assertThat(ReplyBodies.fromHtml(outlook)).contains("Tuesday is better.")
			.doesNotContain("From:")
			.doesNotContain("Does Monday work?")
			.doesNotContain("old footer");
	}

}
