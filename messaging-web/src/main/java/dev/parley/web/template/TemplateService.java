package dev.parley.web.template;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.core.account.Account;
import dev.parley.core.account.Language;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.order.Order;
import dev.parley.core.policy.Decision;
import dev.parley.core.policy.Draft;
import dev.parley.core.policy.DraftContext;
import dev.parley.core.policy.MessagePolicy;
import dev.parley.core.policy.Relationship;
import dev.parley.core.template.Template;
import dev.parley.core.template.Template.Translation;
import dev.parley.core.template.TemplateId;
import dev.parley.core.template.Templates;
import dev.parley.web.page.Explained;
import dev.parley.web.page.Explained.Explanation;
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

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

	private final Templates templates;

	private final MessagePolicy policy;

	private final Explained explained;

	private final Clock clock;

	TemplateService(Templates templates, MessagePolicy policy, Explained explained, Clock clock) {
		this.templates = templates;
		this.policy = policy;
		this.explained = explained;
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
		Filled filled = fillShowingGaps(caller, id, buyer, order);
		return new Translation(filled.subject(), filled.body());
	}

	/**
	 * A template filled for a buyer, with the placeholders that this thread cannot fill
	 * (no order for {@code {{orderId}}} on a pre-sale question, no delivery yet for
	 * {@code {{deliveryDate}}}, a misspelt name) left in the text as they are and named,
	 * so that the seller sees them before sending instead of a sentence with a hole.
	 * @param caller the seller
	 * @param id the template
	 * @param buyer the buyer (name and language)
	 * @param order the order, or null for a pre-sale thread
	 * @return the filled text and the placeholders left unfilled
	 */
	@Transactional(readOnly = true)
	public Filled fillShowingGaps(Caller caller, TemplateId id, Account buyer, @Nullable Order order) {
		Template template = find(caller, id);
		Translation text = template.in(buyer.language());
		Set<String> unfilled = new LinkedHashSet<>();
		String subject = fill(text.subject(), caller, buyer, order, false, unfilled);
		String body = fill(text.body(), caller, buyer, order, true, unfilled);
		return new Filled(subject, body, List.copyOf(unfilled));
	}

	/**
	 * What the rules would say about a template's text sent as a seller's reply, so that
	 * the seller learns of an email address or a link when saving it rather than when
	 * sending it. Placeholders count as the text they are.
	 * @param subject the subject
	 * @param html the body as message HTML
	 * @param language the language it is written in
	 * @return the violations explained, empty when the rules allow it
	 */
	public List<Explanation> check(String subject, String html, Language language) {
		DraftContext context = new DraftContext(Relationship.ORDER, null, null, true, false, MessagingStatus.ACTIVE,
				true, false, language, this.clock);
		Decision decision = this.policy
			.check(new Draft(Role.SELLER, Action.REPLY, null, subject, html, List.of(), context));
		return this.explained.violations(decision.violations());
	}

	static String fill(String text, Caller seller, Account buyer, @Nullable Order order, boolean html,
			Set<String> unfilled) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder(text.length());
		while (matcher.find()) {
			String value = value(matcher.group(1), seller, buyer, order);
			if (value == null) {
				unfilled.add(matcher.group());
				value = matcher.group();
			}
			else if (html) {
				value = escape(value);
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	private static @Nullable String value(String placeholder, Caller seller, Account buyer, @Nullable Order order) {
		return switch (placeholder) {
			case "buyerName" -> buyer.displayName();
			case "sellerName" -> seller.displayName();
			case "orderId" -> (order != null) ? order.id().value() : null;
			case "productTitle" -> (order != null) ? order.firstTitle() : null;
			case "deliveryDate" ->
				(order != null && order.deliveredAt() != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(buyer.language().locale())
					.format(order.deliveredAt().atZone(ZoneOffset.UTC)) : null;
			default -> null;
		};
	}

	private static String escape(String value) {
		return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static void requireSeller(Caller caller) {
		if (!caller.is(Role.SELLER)) {
			throw new NotFoundException("template");
		}
	}

	/**
	 * A template filled for one buyer.
	 *
	 * @param subject the subject
	 * @param body the body
	 * @param unfilled the placeholders left in the text because this thread has no value
	 * for them, e.g. {@code {{deliveryDate}}} before delivery
	 */
	public record Filled(String subject, String body, List<String> unfilled) {

		public Filled {
			unfilled = List.copyOf(unfilled);
		}

	}

}
