package dev.parley.persistence.template;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "template")
class TemplateJpaEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "seller_id", nullable = false, updatable = false)
	private long sellerId;

	@Column(nullable = false)
	private String name = "";

	@Column(nullable = false)
	private String language = "en";

	@Column(nullable = false)
	private String subject = "";

	@Column(nullable = false)
	private String body = "";

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.EPOCH;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "template_translation", joinColumns = @JoinColumn(name = "template_id"))
	@MapKeyColumn(name = "language")
	private Map<String, TranslationEmbeddable> translations = new HashMap<>();

	protected TemplateJpaEntity() {
	}

	TemplateJpaEntity(long sellerId) {
		this.sellerId = sellerId;
	}

	void update(String name, String language, String subject, String body,
			Map<String, TranslationEmbeddable> translations, Instant updatedAt) {
		this.name = name;
		this.language = language;
		this.subject = subject;
		this.body = body;
		this.translations.clear();
		this.translations.putAll(translations);
		this.updatedAt = updatedAt;
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getSellerId() {
		return this.sellerId;
	}

	String getName() {
		return this.name;
	}

	String getLanguage() {
		return this.language;
	}

	String getSubject() {
		return this.subject;
	}

	String getBody() {
		return this.body;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	Map<String, TranslationEmbeddable> getTranslations() {
		return this.translations;
	}

	@Embeddable
	static class TranslationEmbeddable {

		@Column(nullable = false)
		private String subject = "";

		@Column(nullable = false)
		private String body = "";

		protected TranslationEmbeddable() {
		}

		TranslationEmbeddable(String subject, String body) {
			this.subject = subject;
			this.body = body;
		}

		String getSubject() {
			return this.subject;
		}

		String getBody() {
			return this.body;
		}

	}

}
