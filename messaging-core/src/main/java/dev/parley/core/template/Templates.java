package dev.parley.core.template;

import java.util.List;
import java.util.Optional;

import dev.parley.core.account.AccountId;

/**
 * Port: a seller's templates. Every method takes the seller, so that no seller ever
 * reaches another seller's template (another seller's id is "not found").
 */
public interface Templates {

	List<Template> list(AccountId seller);

	Optional<Template> find(TemplateId id, AccountId seller);

	/**
	 * Creates a template (id null) or replaces the seller's template with that id.
	 * @param template the template
	 * @return the stored template, or empty when the id is not one of the seller's
	 */
	Optional<Template> save(Template template);

	boolean delete(TemplateId id, AccountId seller);

}
