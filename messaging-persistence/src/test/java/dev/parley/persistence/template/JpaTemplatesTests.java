package dev.parley.persistence.template;

import java.time.Instant;
import java.util.Map;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Language;
import dev.parley.core.template.Template;
import dev.parley.core.template.TemplateId;
import dev.parley.core.template.Templates;
import dev.parley.persistence.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = dev.parley.persistence.PersistenceTestApplication.class)
@Transactional
class JpaTemplatesTests {

	@Autowired
	Templates templates;

	@Autowired
	Accounts accounts;

	@Test
	void savesTemplatesWithTranslationsAndListsThemByName() {
		Account seller = TestAccounts.seller(this.accounts);
		Template saved = this.templates
			.save(new Template(null, seller.id(), "Shipping delay", Language.EN, "About order {{orderId}}",
					"Hello {{buyerName}}, your parcel is delayed.",
					Map.of(Language.ES, new Template.Translation("Sobre el pedido {{orderId}}", "Hola {{buyerName}}.")),
					Instant.parse("2026-01-01T00:00:00Z")))
			.orElseThrow();
		this.templates.save(new Template(null, seller.id(), "Address check", Language.EN, "", "Is the address right?",
				Map.of(), Instant.parse("2026-01-01T00:00:00Z")));

		assertThat(saved.id()).isNotNull();
		assertThat(this.templates.list(seller.id())).extracting(Template::name)
			.containsExactly("Address check", "Shipping delay");
		Template found = this.templates.find(saved.id(), seller.id()).orElseThrow();
		assertThat(found.in(Language.ES).body()).isEqualTo("Hola {{buyerName}}.");
		assertThat(found.in(Language.DE).body()).isEqualTo("Hello {{buyerName}}, your parcel is delayed.");
	}

	@Test
	void anotherSellersTemplateIsNotFoundAndCannotBeChangedOrDeleted() {
		Account owner = TestAccounts.seller(this.accounts);
		Account other = TestAccounts.seller(this.accounts);
		Template saved = this.templates
			.save(new Template(null, owner.id(), "Mine", Language.EN, "s", "body", Map.of(), Instant.EPOCH))
			.orElseThrow();
		TemplateId id = saved.id();

		assertThat(this.templates.find(id, other.id())).isEmpty();
		assertThat(this.templates
			.save(new Template(id, other.id(), "Stolen", Language.EN, "s", "changed", Map.of(), Instant.EPOCH)))
			.isEmpty();
		assertThat(this.templates.delete(id, other.id())).isFalse();
		assertThat(this.templates.find(id, owner.id()))
			.hasValueSatisfying((t) -> assertThat(t.body()).isEqualTo("body"));
	}

	@Test
	void editsReplaceTranslationsAndDeleteRemovesTheTemplate() {
		Account seller = TestAccounts.seller(this.accounts);
		Template saved = this.templates
			.save(new Template(null, seller.id(), "T", Language.EN, "s", "b",
					Map.of(Language.FR, new Template.Translation("s", "b fr")), Instant.EPOCH))
			.orElseThrow();

		Template edited = this.templates
			.save(new Template(saved.id(), seller.id(), "T2", Language.EN, "s2", "b2",
					Map.of(Language.DE, new Template.Translation("s", "b de")), Instant.EPOCH.plusSeconds(1)))
			.orElseThrow();

		assertThat(edited.translations()).containsOnlyKeys(Language.DE);
		assertThat(this.templates.delete(saved.id(), seller.id())).isTrue();
		assertThat(this.templates.find(saved.id(), seller.id())).isEmpty();
	}

}
