package dev.parley.persistence.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.Language;
import dev.parley.core.template.Template;
import dev.parley.core.template.TemplateId;
import dev.parley.core.template.Templates;
import dev.parley.persistence.template.TemplateJpaEntity.TranslationEmbeddable;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Templates through Spring Data JPA; every lookup is scoped to the seller.
 */
@Repository
@Transactional(readOnly = true)
class JpaTemplates implements Templates {

	private final TemplateJpaRepository templates;

	JpaTemplates(TemplateJpaRepository templates) {
		this.templates = templates;
	}

	@Override
	public List<Template> list(AccountId seller) {
		return this.templates.findBySeller(seller.value()).stream().map(JpaTemplates::toTemplate).toList();
	}

	@Override
	public Optional<Template> find(TemplateId id, AccountId seller) {
		return this.templates.findBySeller(id.value(), seller.value()).map(JpaTemplates::toTemplate);
	}

	@Override
	@Transactional
	public Optional<Template> save(Template template) {
		Optional<TemplateJpaEntity> entity = (template.id() != null)
				? this.templates.findBySeller(template.id().value(), template.seller().value())
				: Optional.of(new TemplateJpaEntity(template.seller().value()));
		return entity.map((stored) -> {
			Map<String, TranslationEmbeddable> translations = new LinkedHashMap<>();
			template.translations()
				.forEach((language, translation) -> translations.put(language.code(),
						new TranslationEmbeddable(translation.subject(), translation.body())));
			stored.update(template.name().strip(), template.language().code(), template.subject().strip(),
					template.body(), translations, template.updatedAt());
			return toTemplate(this.templates.saveAndFlush(stored));
		});
	}

	@Override
	@Transactional
	public boolean delete(TemplateId id, AccountId seller) {
		Optional<TemplateJpaEntity> entity = this.templates.findBySeller(id.value(), seller.value());
		entity.ifPresent((found) -> {
			this.templates.delete(found);
			this.templates.flush();
		});
		return entity.isPresent();
	}

	private static Template toTemplate(TemplateJpaEntity entity) {
		Long id = entity.getId();
		Map<Language, Template.Translation> translations = new LinkedHashMap<>();
		entity.getTranslations()
			.forEach((language, translation) -> translations.put(Language.of(language),
					new Template.Translation(translation.getSubject(), translation.getBody())));
		return new Template((id != null) ? new TemplateId(id) : null, AccountId.of(entity.getSellerId()),
				entity.getName(), Language.of(entity.getLanguage()), entity.getSubject(), entity.getBody(),
				translations, entity.getUpdatedAt());
	}

}
