package dev.parley.web.thread;

import java.time.Duration;

import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.Order;
import dev.parley.web.conversation.ThreadReader;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class ThreadControllerTests extends PageTestSupport {

	@Autowired
	ThreadReader reader;

	@Test
	void openingTheThreadShowsItAndMarksItRead() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(2));
		ThreadId thread = ask(buyer, order, "<p>Is the <b>finish</b> oiled?</p>");

		this.mvc.perform(get("/seller/threads/" + thread.value()).with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(view().name(ThreadController.VIEW))
			.andExpect(content().string(containsString("<b>finish</b>")))
			.andExpect(content().string(containsString("Walnut desk organizer")))
			.andExpect(content().string(containsString("No response needed")));

		assertThat(this.reader.read(caller(seller), thread).summary().sellerLastReadSeq()).isEqualTo(1);
	}

	@Test
	void anotherPartysThreadIsNotFound() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ThreadId thread = ask(buyer, order(buyer, seller, null), "<p>Hello</p>");

		this.mvc.perform(get("/seller/threads/" + thread.value()).with(as(seller())))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"));
		this.mvc.perform(get("/buyer/threads/" + thread.value()).with(as(buyer()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/buyer/threads/not-a-number").with(as(buyer))).andExpect(status().isNotFound());
	}

	@Test
	void aReplyIsSentAndRedirects() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ThreadId thread = ask(buyer, order(buyer, seller, Duration.ofDays(2)), "<p>When does it ship?</p>");

		this.mvc
			.perform(multipart("/seller/threads/" + thread.value() + "/messages").param("action", "REPLY")
				.param("body", "It ships tomorrow morning.")
				.with(as(seller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/seller/threads/" + thread.value() + "#latest"))
			.andExpect(flash().attributeExists("flash"));

		assertThat(this.reader.read(caller(seller), thread).messages()).hasSize(2);
	}

	@Test
	void aRefusedReplyExplainsEachViolationMarksTheSpanAndKeepsTheText() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ThreadId thread = ask(buyer, order(buyer, seller, Duration.ofDays(2)), "<p>When does it ship?</p>");

		this.mvc
			.perform(multipart("/seller/threads/" + thread.value() + "/messages").param("action", "REPLY")
				.param("body", "The courier number is +1 415 555 0132 for updates")
				.with(as(seller))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeExists("refused"))
			.andExpect(content().string(containsString("Your message was not sent")))
			.andExpect(content().string(containsString("<mark title=\"CONTACT_PHONE\">+1 415 555 0132</mark>")))
			.andExpect(
					content().string(containsString("The courier number is +1 415 555 0132 for updates</textarea>")));

		assertThat(this.reader.read(caller(seller), thread).messages()).hasSize(1);
	}

	@Test
	void anAttachmentOfTheWrongTypeIsRefused() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ThreadId thread = ask(buyer, order(buyer, seller, Duration.ofDays(2)), "<p>Invoice please</p>");

		this.mvc
			.perform(multipart("/seller/threads/" + thread.value() + "/messages")
				.file(new MockMultipartFile("files", "invoice.pdf", "application/pdf", "not a pdf".getBytes()))
				.param("body", "Here it is.")
				.with(as(seller))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("invoice.pdf")));
	}

	@Test
	void aTooLongBodyIsAValidationError() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ThreadId thread = ask(buyer, order(buyer, seller, Duration.ofDays(2)), "<p>Hi</p>");

		this.mvc
			.perform(multipart("/seller/threads/" + thread.value() + "/messages").param("body", "x".repeat(100_001))
				.with(as(seller))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeExists("invalid"));
	}

	@Test
	void postsWithoutCsrfAreRefused() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ThreadId thread = ask(buyer, order(buyer, seller, Duration.ofDays(2)), "<p>Hi</p>");

		this.mvc
			.perform(multipart("/seller/threads/" + thread.value() + "/messages").param("body", "Hello")
				.with(as(seller)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/seller/threads/" + thread.value() + "/check").contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\":\"hello\"}")
				.with(as(seller)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theLiveCheckReturnsViolationsWithSpans() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ThreadId thread = ask(buyer, order(buyer, seller, Duration.ofDays(2)), "<p>Hi</p>");

		this.mvc
			.perform(post("/seller/threads/" + thread.value() + "/check").contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"REPLY\",\"body\":\"The courier: +1 415 555 0132\"}")
				.with(as(seller))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("BLOCK"))
			.andExpect(jsonPath("$.violations[?(@.rule == 'CONTACT_PHONE')].start").value(13))
			.andExpect(jsonPath("$.marked.segments[?(@.marked == true)].text").value("+1 415 555 0132"))
			.andExpect(jsonPath("$.text").value("The courier: +1 415 555 0132"));
		this.mvc
			.perform(post("/seller/threads/" + thread.value() + "/check").contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\":\"hello\"}")
				.with(as(seller()))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void noResponseNeededAnswersTheThread() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ThreadId thread = ask(buyer, order(buyer, seller, Duration.ofDays(2)), "<p>Thanks!</p>");

		this.mvc
			.perform(post("/seller/threads/" + thread.value() + "/no-response-needed").with(as(seller)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"));

		assertThat(this.reader.read(caller(seller), thread).summary().isAwaitingResponse()).isFalse();
	}

	@Test
	void reportingAMessageNeedsAReason() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ThreadId thread = ask(buyer, order(buyer, seller, Duration.ofDays(2)), "<p>Buy cheaper elsewhere</p>");
		long message = this.reader.read(caller(seller), thread).messages().get(0).id().value();

		this.mvc
			.perform(post("/seller/threads/" + thread.value() + "/reports").param("messageId", Long.toString(message))
				.with(as(seller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashWarn"));
		this.mvc
			.perform(post("/seller/threads/" + thread.value() + "/reports").param("messageId", Long.toString(message))
				.param("reason", "SPAM")
				.param("note", "Advertising")
				.with(as(seller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"));
	}

	@Test
	void aTemplatePrefillsTheReplyWithoutJavaScript() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ThreadId thread = ask(buyer, order(buyer, seller, Duration.ofDays(2)), "<p>Broken</p>");
		String created = this.mvc
			.perform(post("/seller/templates").param("name", "Sorry")
				.param("language", "EN")
				.param("subject", "About {{orderId}}")
				.param("body", "Hello {{buyerName}}, sorry about the {{productTitle}}.")
				.with(as(seller))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(created).isEqualTo("/seller/templates");
		long templateId = this.mvc.perform(get("/seller/templates").with(as(seller)))
			.andReturn()
			.getModelAndView()
			.getModel()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().equals("templates"))
			.map((entry) -> ((java.util.List<dev.parley.core.template.Template>) entry.getValue()).get(0).id().value())
			.findFirst()
			.orElseThrow();

		this.mvc
			.perform(get("/seller/threads/" + thread.value()).param("template", Long.toString(templateId))
				.with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Hello " + buyer.displayName() + ", sorry about the Walnut desk organizer.</textarea>")));
		this.mvc.perform(get("/seller/threads/" + thread.value() + "/templates/" + templateId).with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.body")
				.value("Hello " + buyer.displayName() + ", sorry about the Walnut desk organizer."));
	}

}
