package dev.parley.core.template;

/**
 * Identifies a seller's template.
 *
 * @param value the database id, positive
 */
public record TemplateId(long value) {

	public TemplateId {
		if (value <= 0) {
			throw new IllegalArgumentException("template id must be positive: " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
