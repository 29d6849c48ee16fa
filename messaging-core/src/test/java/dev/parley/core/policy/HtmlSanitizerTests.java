package dev.parley.core.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safe list (SPEC §4.4) and the plain text the sender sees.
 */
class HtmlSanitizerTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"<h1>Title</h1><p>Text</p> | <h3>Title</h3><p>Text</p> | `Title\nText`",
			"<strong>a</strong> <em>b</em> <u>c</u> | <b>a</b> <i>b</i> <u>c</u> | a b c",
			"<div>one</div><div>two</div> | <p>one</p><p>two</p> | `one\ntwo`",
			"<div><p>a</p><p>b</p></div> | <p>a</p><p>b</p> | `a\nb`",
			"a<br>b<br><br>c | a<br>b<br><br>c | `a\nb\n\nc`",
			"<ul><li>x</li><li>y</li></ul> | <ul><li>x</li><li>y</li></ul> | `x\ny`",
			"<table><tr><td colspan=\"2\" style=\"x\">a</td><td>b</td></tr></table> | <table><tbody><tr><td colspan=\"2\">a</td><td>b</td></tr></tbody></table> | `a\tb`",
			"<blockquote>q</blockquote>r | <blockquote>q</blockquote>r | `q\nr`",
			"`  lots   of\n\nspace  ` | `  lots   of\n\nspace  ` | lots of space",
			"<span style=\"font-weight:bold\">x</span><font color=red>y</font> | xy | xy",
			"<ol start=\"3\" type=\"a\"><li>c</li></ol> | <ol start=\"3\"><li>c</li></ol> | c",
			"<p>a &amp; b &lt; c</p> | <p>a &amp; b &lt; c</p> | a & b < c" })
	void keepsTheSafeListAndRendersText(String html, String sanitized, String text) {
		Decision decision = Drafts.buyer().html(html).check();
		assertThat(decision.sanitizedHtml()).isEqualTo(sanitized);
		assertThat(decision.text()).isEqualTo(text);
	}

}
