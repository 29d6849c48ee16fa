package dev.parley.web.listing;

import java.time.Instant;

import dev.parley.core.inbox.InboxQuery;
import dev.parley.core.listing.Listing;
import dev.parley.core.listing.Listings;
import dev.parley.web.inbox.InboxService;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pre-sale page from a fed listing: the product, pre-sale topics only, the subject
 * taken from the product, the feed's image never loaded.
 */
class ListingPageTests extends PageTestSupport {

	@Autowired
	Listings listings;

	@Autowired
	InboxService inbox;

	@Test
	void thePreSalePageShowsTheProductAndOffersPreSaleTopics() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		String id = "MUG-" + seller.accountId().value();
		this.listings.save(new Listing(id, seller.accountId(), "Hand-painted Talavera mug",
				"https://images.example/mug.jpg", Instant.now()));

		Document page = Jsoup
			.parse(this.mvc.perform(get("/listings/" + seller.accountId().value()).param("listing", id).with(as(buyer)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(page.select(".listing-product h2").text()).isEqualTo("Hand-painted Talavera mug");
		assertThat(page.select(".listing-product").text()).contains(seller.displayName(), id);
		assertThat(page.select("img")).as("the feed's image is never loaded").isEmpty();
		assertThat(page.html()).doesNotContain("images.example");
		assertThat(page.select("select#topic option").eachAttr("value")).containsExactly("PRODUCT_QUESTION", "SHIPPING",
				"OTHER");
		assertThat(page.select("input[name=listing]").attr("value")).isEqualTo(id);

		this.mvc
			.perform(multipart("/listings/" + seller.accountId().value() + "/questions").param("listing", id)
				.param("topic", "SHIPPING")
				.param("body", "Do you ship to the Canary Islands?")
				.with(as(buyer))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.inbox.page(caller(seller), null, null, null, null, null, InboxQuery.DEFAULT_LIMIT)
			.items()
			.get(0)
			.subject()).isEqualTo("Question about Hand-painted Talavera mug");
	}

	@Test
	void orderTopicsAreNotPreSaleQuestionsAndOtherSellersListingsAreNotFound() throws Exception {
		ParleyUser seller = seller();
		ParleyUser other = seller();
		ParleyUser buyer = buyer();
		String id = "LAMP-" + other.accountId().value();
		this.listings.save(new Listing(id, other.accountId(), "Brass lamp", null, Instant.now()));

		String refused = this.mvc
			.perform(multipart("/listings/" + seller.accountId().value() + "/questions").param("topic", "ORDER_STATUS")
				.param("body", "Where is my order?")
				.with(as(buyer))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(refused).select("#topic-error").text()).contains("order topics");
		assertThat(Jsoup.parse(refused).select("textarea#body").text()).isEqualTo("Where is my order?");
		assertThat(this.inbox.page(caller(seller), null, null, null, null, null, InboxQuery.DEFAULT_LIMIT).items())
			.isEmpty();

		this.mvc.perform(get("/listings/" + seller.accountId().value()).param("listing", id).with(as(buyer)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/listings/" + seller.accountId().value()).param("listing", "no such/id").with(as(buyer)))
			.andExpect(status().isNotFound());
	}

}
