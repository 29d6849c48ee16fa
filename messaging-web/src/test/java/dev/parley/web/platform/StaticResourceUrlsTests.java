package dev.parley.web.platform;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.core.order.Order;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages link the app's static files by content-hashed names, which are served, and no
 * other URL goes through the resource chain.
 */
class StaticResourceUrlsTests extends PageTestSupport {

	private static final Pattern CSS = Pattern.compile("href=\"(/css/parley-[0-9a-f]{32}\\.css)\"");

	private static final Pattern JS = Pattern.compile("src=\"(/js/parley-[0-9a-f]{32}\\.js)\"");

	@Autowired
	ResourceUrlProvider mvcResourceUrlProvider;

	@Test
	void pagesLinkVersionedStaticFilesAndLeaveOtherLinksAlone() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, null);
		ask(buyer, order, "<p>Is the lamp dimmable?</p>");

		String page = this.mvc.perform(get("/seller/inbox").with(as(seller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Matcher css = CSS.matcher(page);
		Matcher js = JS.matcher(page);
		assertThat(css.find()).as("versioned stylesheet link in %s", page).isTrue();
		assertThat(js.find()).as("versioned script link").isTrue();
		assertThat(page).contains("href=\"/seller/threads/").doesNotContain("/seller/threads/-");

		this.mvc.perform(get(css.group(1))).andExpect(status().isOk());
		this.mvc.perform(get(js.group(1))).andExpect(status().isOk());
	}

	@Test
	void onlyStaticPrefixesAreResolvedAndOnce() {
		int[] lookups = { 0 };
		Function<String, String> counting = (path) -> {
			lookups[0]++;
			return this.mvcResourceUrlProvider.getForLookupPath(path);
		};
		StaticResourceUrls urls = new StaticResourceUrls(counting, StaticResourceConfiguration.PREFIXES);

		assertThat(urls.versioned("", "/seller/threads/42")).isNull();
		assertThat(urls.versioned("", "/seller/inbox?filter=unread")).isNull();
		assertThat(urls.versioned("", "/css/parley.css?x=1")).isNull();
		assertThat(lookups[0]).isZero();

		String first = urls.versioned("", "/css/parley.css");
		assertThat(first).matches("/css/parley-[0-9a-f]{32}\\.css");
		assertThat(urls.versioned("", "/css/parley.css")).isEqualTo(first);
		assertThat(urls.versioned("/app", "/app/css/parley.css")).isEqualTo("/app" + first);
		assertThat(lookups[0]).isEqualTo(1);
		assertThat(urls.versioned("", "/css/missing.css")).isNull();
	}

}
