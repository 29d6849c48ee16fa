package dev.parley.web.order;

import java.time.Duration;

import dev.parley.core.order.Order;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import dev.parley.web.testing.SampleFiles;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class OrderControllerTests extends PageTestSupport {

	static final byte[] PDF = SampleFiles.pdf("Receipt 2026-0042");

	@Test
	void ordersAreListedForBothParties() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, null);

		this.mvc.perform(get("/buyer/orders").with(as(buyer)))
			.andExpect(status().isOk())
			.andExpect(view().name(OrderController.LIST_VIEW))
			.andExpect(content().string(containsString(order.id().value())))
			.andExpect(content().string(containsString(seller.displayName())));
		this.mvc.perform(get("/seller/orders").with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(buyer.displayName())));
	}

	@Test
	void theSellerSeesEveryActionWithItsReason() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(40));

		this.mvc.perform(get("/seller/orders/" + order.id().value()).with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(view().name(OrderController.VIEW))
			.andExpect(content().string(containsString("data-action=\"WARRANTY\"")))
			.andExpect(content().string(containsString("Unrequested messages can only be sent up to 30 days")))
			.andExpect(content().string(containsString("No message can be sent about this order right now")));
	}

	@Test
	void theReviewRequestIsOfferedInItsWindow() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(10));

		this.mvc.perform(get("/seller/orders/" + order.id().value()).with(as(seller)))
			.andExpect(content().string(containsString("/review-request")));
		this.mvc.perform(post("/seller/orders/" + order.id().value() + "/review-request").with(as(seller)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/seller/threads/*"));
		this.mvc.perform(post("/seller/orders/" + order.id().value() + "/review-request").with(as(seller)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("already sent")));
	}

	@Test
	void theBuyerContactsTheSellerWithAnAttachment() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(2));

		this.mvc
			.perform(multipart("/buyer/orders/" + order.id().value() + "/messages")
				.file(new MockMultipartFile("files", "receipt.pdf", "application/pdf", PDF))
				.param("topic", "RETURN_REFUND")
				.param("body", "The drawer is cracked; photo of the receipt attached.")
				.with(as(buyer))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/buyer/threads/*"));
	}

	@Test
	void aRefusedMessageComesBackExplained() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(2));

		this.mvc
			.perform(multipart("/seller/orders/" + order.id().value() + "/messages").param("action", "WARRANTY")
				.param("body", "See http://example.com/warranty for the terms")
				.with(as(seller))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Your message was not sent")))
			.andExpect(content().string(containsString("for the terms</textarea>")));
	}

	@Test
	void anotherPartysOrderIsNotFound() throws Exception {
		Order order = order(buyer(), seller(), null);

		this.mvc.perform(get("/buyer/orders/" + order.id().value()).with(as(buyer()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/seller/orders/" + order.id().value()).with(as(seller())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/seller/orders/not-an-order").with(as(seller()))).andExpect(status().isNotFound());
		this.mvc
			.perform(multipart("/buyer/orders/" + order.id().value() + "/messages").param("body", "hi")
				.with(as(buyer()))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void withoutCsrfNothingIsSent() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, null);

		this.mvc
			.perform(multipart("/buyer/orders/" + order.id().value() + "/messages").param("body", "hi").with(as(buyer)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/buyer/orders").with(as(buyer))).andExpect(status().isOk());
		this.mvc.perform(get("/buyer/orders/" + order.id().value()).with(as(buyer)))
			.andExpect(content().string(startsWith("<!DOCTYPE html>")));
		this.mvc.perform(post("/seller/orders/" + order.id().value() + "/review-request").with(as(seller)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
	}

}
