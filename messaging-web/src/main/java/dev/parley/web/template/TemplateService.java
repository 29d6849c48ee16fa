package dev.parley.web.template;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import dev.parley.core.account.Account;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.order.Order;
import dev.parley.core.template.Template;
import dev.parley.core.template.Template.Translation;
import dev.parley.core.template.TemplateId;
import dev.parley.core.template.Templates;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A seller's templates: list, create, change, delete (another seller's template is "not
 * found"), and fill one for a buyer: the buyer's language where a translation exists, the
 * placeholders replaced by the buyer's and the order's values. Filled text is what the
 * seller then sends, through the same rules as anything typed.
 */
@Service
public class TemplateService {

	private final Templates templates;

	private final Clock clock;

	TemplateService(Templates templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Template> list(Caller caller) {
		requireSeller(caller);
		return this.templates.list(caller.id());
	}

	@Transactional(readOnly = true)
	public Template find(Caller caller, TemplateId id) {
		requireSeller(caller);
		return this.templates.find(id, caller.id()).orElseThrow(() -> new NotFoundException("template"));
	}

	/**
	 * Creates a template or replaces one of the caller's.
	 * @param caller a seller
	 * @param id the template to replace, or null to create one
	 * @param name its name
	 * @param language the language of the main text
	 * @param subject the subject
	 * @param body the body
	 * @param translations other languages' texts
	 * @return the stored template
	 * @throws NotFoundException when the id is not one of the caller's templates
	 */
	@Transactional
	public Template save(Caller caller, @Nullable TemplateId id, String name, Language language, String subject,
			String body, Map<Language, Translation> translations) {
		requireSeller(caller);
		Template template;
		try {
			template = new Template(id, caller.id(), name.strip(), language, subject.strip(), body, translations,
					this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("TEMPLATE_INVALID", ex.getMessage());
		}
		return this.templates.save(template).orElseThrow(() -> new NotFoundException("template"));
	}

	@Transactional
	public void delete(Caller caller, TemplateId id) {
		requireSeller(caller);
		if (!this.templates.delete(id, caller.id())) {
			throw new NotFoundException("template");
		}
	}

	/**
	 * A template filled for a buyer.
	 * @param caller the seller
	 * @param id the template
	 * @param buyer the buyer (name and language)
	 * @param order the order, or null for a pre-sale thread
	 * @return the subject and body with the placeholders filled
	 */
	@Transactional(readOnly = true)
	public Translation fill(Caller caller, TemplateId id, Account buyer, @Nullable Order order) {
		Template template = find(caller, id);
		Translation text = template.in(buyer.language());
		return new Translation(fill(text.subject(), caller, buyer, order, false),
				fill(text.body(), caller, buyer, order, true));
	}

	static String fill(String text, Caller seller, Account buyer, @Nullable Order order, boolean html) {
		String delivery = (order != null && order.deliveredAt() != null)
				? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(buyer.language().locale())
					.format(order.deliveredAt().atZone(ZoneOffset.UTC))
				: "";
		return text.replace("{{buyerName}}", value(buyer.displayName(), html))
			.replace("{{orderId}}", (order != null) ? order.id().value() : "")
			.replace("{{productTitle}}", (order != null) ? value(order.firstTitle(), html) : "")
			.replace("{{sellerName}}", value(seller.displayName(), html))
			.replace("{{deliveryDate}}", value(delivery, html));
	}

	private static String value(String value, boolean html) {
		return html ? value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") : value;
	}

	private static void requireSeller(Caller caller) {
		if (!caller.is(Role.SELLER)) {
			throw new NotFoundException("template");
		}
	}

}
