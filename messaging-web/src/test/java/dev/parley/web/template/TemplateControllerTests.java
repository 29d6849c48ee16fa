package dev.parley.web.template;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.parley.core.account.Language;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.Order;
import dev.parley.core.template.Template;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class TemplateControllerTests extends PageTestSupport {

	@Autowired
	TemplateService templates;

	@Test
	void createEditAndDeleteWithATranslation() throws Exception {
		ParleyUser seller = seller();
		this.mvc.perform(get("/seller/templates/new").with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(view().name(TemplateController.FORM_VIEW));
		this.mvc
			.perform(post("/seller/templates").param("name", "Delay")
				.param("language", "EN")
				.param("subject", "Order {{orderId}}")
				.param("body", "Hello {{buyerName}},\nyour parcel is late.")
				.param("translations[0].language", "ES")
				.param("translations[0].subject", "Pedido {{orderId}}")
				.param("translations[0].body", "Hola {{buyerName}}, tu paquete llega tarde.")
				.param("translations[1].language", "DE")
				.param("translations[1].body", "")
				.with(as(seller))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/templates"))
			.andExpect(flash().attributeExists("flash"));
		Template saved = this.templates.list(caller(seller)).get(0);
		assertThat(saved.body()).isEqualTo("<p>Hello {{buyerName}},<br>your parcel is late.</p>");
		assertThat(saved.translations()).containsOnlyKeys(Language.ES);

		this.mvc.perform(get("/seller/templates/" + saved.id().value()).with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hola {{buyerName}}, tu paquete llega tarde.</textarea>")));
		this.mvc
			.perform(post("/seller/templates/" + saved.id().value()).param("name", "Delay (new)")
				.param("language", "EN")
				.param("body", "Sorry for the delay.")
				.with(as(seller))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/templates"));
		assertThat(this.templates.find(caller(seller), saved.id()).name()).isEqualTo("Delay (new)");

		this.mvc.perform(post("/seller/templates/" + saved.id().value() + "/delete").with(as(seller)).with(csrf()))
			.andExpect(redirectedUrl("/seller/templates"));
		assertThat(this.templates.list(caller(seller))).isEmpty();
	}

	@Test
	void aTemplateNeedsANameAndABody() throws Exception {
		this.mvc
			.perform(post("/seller/templates").param("name", "")
				.param("language", "EN")
				.param("body", "")
				.with(as(seller()))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeExists("invalid"))
			.andExpect(content().string(containsString("Give the template a name and a message.")));
	}

	@Test
	void anotherSellersTemplateIsNotFound() throws Exception {
		ParleyUser owner = seller();
		Template template = this.templates.save(caller(owner), null, "Mine", Language.EN, "", "<p>Hi</p>", Map.of());
		ParleyUser other = seller();

		this.mvc.perform(get("/seller/templates/" + template.id().value()).with(as(other)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/seller/templates/" + template.id().value()).param("name", "Stolen")
				.param("language", "EN")
				.param("body", "x")
				.with(as(other))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/seller/templates/" + template.id().value() + "/delete").with(as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/seller/templates/" + template.id().value() + "/delete").with(as(owner)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTemplateIsCheckedByTheRulesWhenSaved() throws Exception {
		ParleyUser seller = seller();
		this.mvc
			.perform(post("/seller/templates").param("name", "Contact")
				.param("language", "EN")
				.param("body", "Write to sales@example.com for anything else.")
				.with(as(seller))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/templates"))
			.andExpect(flash().attribute("flashWarn", hasItem(containsString("sales@example.com"))));
		assertThat(this.templates.list(caller(seller))).hasSize(1);

		this.mvc
			.perform(post("/seller/templates").param("name", "Thanks")
				.param("language", "EN")
				.param("body", "Your parcel {{orderId}} is on its way.")
				.with(as(seller))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/templates"))
			.andExpect(flash().attributeCount(1));
	}

	@Test
	void placeholdersTheThreadCannotFillAreShownBeforeSending() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order undelivered = order(buyer, seller, null);
		ThreadId thread = ask(buyer, undelivered, "<p>When will it arrive?</p>");
		Template template = this.templates.save(caller(seller), null, "Delivered", Language.EN, "Order {{orderId}}",
				"<p>Your order was delivered on {{deliveryDate}}.</p>", Map.of());

		this.mvc
			.perform(get("/seller/threads/" + thread.value()).param("template", String.valueOf(template.id().value()))
				.with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("unfilled", List.of("{{deliveryDate}}")))
			.andExpect(content().string(containsString("Your order was delivered on {{deliveryDate}}.")))
			.andExpect(content().string(containsString("so they are still in the text: {{deliveryDate}}")))
			.andExpect(content().string(containsString("Order " + undelivered.id().value())));
		this.mvc
			.perform(get("/seller/threads/" + thread.value() + "/templates/" + template.id().value())
				.accept(MediaType.APPLICATION_JSON)
				.with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unfilled[0]").value("{{deliveryDate}}"))
			.andExpect(jsonPath("$.body").value("Your order was delivered on {{deliveryDate}}."));
	}

	@Test
	void aDeliveredOrderFillsTheDeliveryDate() {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order delivered = order(buyer, seller, Duration.ofDays(3));
		Template template = this.templates.save(caller(seller), null, "Delivered", Language.EN, "",
				"<p>Delivered on {{deliveryDate}} to {{buyerName}}; {{typo}} stays.</p>", Map.of());

		TemplateService.Filled filled = this.templates.fillShowingGaps(caller(seller), template.id(),
				this.accounts.find(buyer.accountId()).orElseThrow(), delivered);

		assertThat(filled.body()).doesNotContain("{{deliveryDate}}")
			.doesNotContain("{{buyerName}}")
			.contains("{{typo}}");
		assertThat(filled.unfilled()).containsExactly("{{typo}}");
	}

}
