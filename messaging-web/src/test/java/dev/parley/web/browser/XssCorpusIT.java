package dev.parley.web.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.core.account.Account;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.ThreadKey;
import dev.parley.core.conversation.Topic;
import dev.parley.core.order.Order;
import dev.parley.web.conversation.Compose;
import dev.parley.web.conversation.SendResult;
import dev.parley.web.platform.Caller;
import dev.parley.web.testing.TestCorpora;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every payload of the repository's XSS corpus (DOMPurify's fixtures and the HTML5
 * Security Cheatsheet's vectors) sent as a buyer's message, then both parties' thread
 * pages opened in Chromium: no script runs (dialogs, print and console are trapped before
 * any page script), and the rendered messages hold no script element, no event handler
 * and no {@code javascript:} URL. Payloads the rules refuse are checked to have stored
 * nothing.
 */
class XssCorpusIT extends BrowserTestSupport {

	/** Installed before any script of the page: every way to show that a payload ran. */
	private static final String TRAP = """
			window.__xss = [];
			(function () {
			  var hit = function (name) { return function () { window.__xss.push(name + ':' + Array.prototype.join.call(arguments, ',')); }; };
			  ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
			    Object.defineProperty(window, name, { value: hit(name), writable: false, configurable: false });
			  });
			  ['log', 'info', 'warn', 'error', 'debug'].forEach(function (name) {
			    var original = console[name];
			    console[name] = function () {
			      var text = Array.prototype.join.call(arguments, ' ');
			      if (/xss|alert|\\b1\\b/i.test(text) && !/Content Security Policy|Refused/i.test(text)) { window.__xss.push('console.' + name + ':' + text); }
			      return original.apply(console, arguments);
			    };
			  });
			})();
			""";

	/** What a rendered message must not contain. */
	private static final String DOM_CHECK = """
			var problems = [];
			document.querySelectorAll('.message-body').forEach(function (body, index) {
			  body.querySelectorAll('*').forEach(function (element) {
			    var name = element.tagName.toLowerCase();
			    if (['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta', 'link', 'style', 'form', 'svg', 'math'].indexOf(name) >= 0) {
			      problems.push(index + ': <' + name + '>');
			    }
			    Array.prototype.forEach.call(element.attributes, function (attribute) {
			      var attributeName = attribute.name.toLowerCase();
			      var value = attribute.value.replace(/[\\s\\u0000-\\u001f]+/g, '').toLowerCase();
			      if (attributeName.indexOf('on') === 0) { problems.push(index + ': ' + attributeName + ' on <' + name + '>'); }
			      if (attributeName === 'style') { problems.push(index + ': style on <' + name + '>'); }
			      if (value.indexOf('javascript:') >= 0 || value.indexOf('vbscript:') >= 0 || value.indexOf('data:text/html') >= 0) {
			        problems.push(index + ': ' + attributeName + '=' + attribute.value);
			      }
			    });
			  });
			});
			return problems;
			""";

	@Autowired
	JsonMapper json;

	@Autowired
	Conversations conversations;

	@Test
	void noPayloadRunsInTheBrowser() throws IOException {
		List<String> payloads = new ArrayList<>(dompurifyPayloads());
		payloads.addAll(h5scVectors());
		assertThat(payloads).hasSizeGreaterThan(250);

		Account seller = account(Role.SELLER, Language.EN, "Corpus Seller");
		Account buyer = account(Role.BUYER, Language.EN, "Corpus Buyer");
		Order order = order(buyer, seller, Duration.ofDays(1));
		int accepted = 0;
		int refused = 0;
		ThreadId thread = null;
		for (String payload : payloads) {
			int before = messageCount(buyer, seller, order);
			SendResult result = this.messaging.sendToOrder(Caller.of(buyer), order.id(),
					new Compose(null, Topic.OTHER, "Payload", payload, List.of()));
			if (result instanceof SendResult.Posted posted) {
				accepted++;
				thread = posted.thread();
				assertThat(messageCount(buyer, seller, order)).isEqualTo(before + 1);
			}
			else {
				refused++;
				assertThat(result.decision().isBlocked()).isTrue();
				assertThat(result.decision().violations()).isNotEmpty();
				assertThat(messageCount(buyer, seller, order)).as("a refused payload stores nothing").isEqualTo(before);
			}
		}
		System.out.println("XSS corpus: " + payloads.size() + " payloads, " + accepted + " stored, " + refused
				+ " refused by the rules");
		assertThat(accepted).isGreaterThan(50);

		this.browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
		for (Account viewer : List.of(seller, buyer)) {
			signIn(viewer);
			String area = (viewer == seller) ? "seller" : "buyer";
			// the whole thread: a long one shows only its latest messages by default
			open("/" + area + "/threads/" + thread.value() + "?all=true");
			assertThat(findAll(".message-body")).hasSize(accepted);
			this.browser.executeScript("window.scrollTo(0, document.body.scrollHeight);");
			List<?> ran = (List<?>) this.browser.executeScript("return window.__xss;");
			assertThat(ran).as("script ran on the " + area + "'s thread page").isEmpty();
			List<?> problems = (List<?>) this.browser.executeScript(DOM_CHECK);
			assertThat(problems).as("dangerous markup on the " + area + "'s thread page").isEmpty();
			assertThat(this.browser.getTitle()).isEqualTo("Payload");
		}
	}

	private int messageCount(Account buyer, Account seller, Order order) {
		return this.conversations.find(new ThreadKey(buyer.id(), seller.id(), order.id()))
			.map((summary) -> summary.messageCount())
			.orElse(0);
	}

	private List<String> dompurifyPayloads() throws IOException {
		JsonNode fixtures = this.json
			.readTree(Files.readString(TestCorpora.folder("xss").resolve("dompurify-payloads.json")));
		List<String> payloads = new ArrayList<>();
		for (JsonNode fixture : fixtures) {
			payloads.add(fixture.get("payload").asString());
		}
		return payloads;
	}

	private static List<String> h5scVectors() throws IOException {
		String text = Files.readString(TestCorpora.folder("xss").resolve("h5sc-vectors.txt"), StandardCharsets.UTF_8);
		Matcher matcher = Pattern.compile("<div id=\"(\\d+)\">(.*?)//\\[\"'`-->\\]\\]>\\]</div>", Pattern.DOTALL)
			.matcher(text);
		List<String> vectors = new ArrayList<>();
		while (matcher.find()) {
			vectors.add(matcher.group(2));
		}
		return vectors;
	}

}
