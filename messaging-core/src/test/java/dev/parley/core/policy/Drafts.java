package dev.parley.core.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.parley.core.account.Language;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.Topic;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test-data builder for drafts, and the assertions the rule tests share. Spans in test
 * tables are written inline: {@code "Mail ⟦me@example.com⟧ today"} expects the rule to
 * report exactly the marked text (the markers are removed before checking).
 */
final class Drafts {

	static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

	static final RulesEngine ENGINE = new RulesEngine(PolicySettings.defaults());

	private Role role = Role.SELLER;

	private Action action = Action.REPLY;

	private @Nullable Topic topic;

	private String subject = "About your order";

	private String html = "Hello";

	private final List<DraftAttachment> attachments = new ArrayList<>();

	private Relationship relationship = Relationship.ORDER;

	private @Nullable Instant deliveredAt = NOW.minus(Duration.ofDays(3));

	private boolean awaiting = true;

	private MessagingStatus status = MessagingStatus.ACTIVE;

	private boolean reviewSent;

	private Language language = Language.EN;

	private Drafts() {
	}

	/** A seller replying to an awaiting buyer message on a delivered order. */
	static Drafts seller() {
		return new Drafts();
	}

	/** A buyer asking about an order. */
	static Drafts buyer() {
		Drafts drafts = new Drafts();
		drafts.role = Role.BUYER;
		drafts.action = Action.BUYER_QUESTION;
		drafts.topic = Topic.OTHER;
		drafts.awaiting = false;
		return drafts;
	}

	/** A seller writing proactively with an action, nothing awaiting. */
	static Drafts proactive(Action action) {
		Drafts drafts = new Drafts();
		drafts.action = action;
		drafts.awaiting = false;
		return drafts;
	}

	static Drafts of(Role role) {
		return (role == Role.BUYER) ? buyer() : seller();
	}

	Drafts role(Role role) {
		this.role = role;
		return this;
	}

	Drafts action(Action action) {
		this.action = action;
		return this;
	}

	Drafts subject(String subject) {
		this.subject = subject;
		return this;
	}

	Drafts html(String html) {
		this.html = html;
		return this;
	}

	Drafts attach(String name, byte[] content) {
		this.attachments.add(new DraftAttachment(name, content));
		return this;
	}

	/**
	 * Attaches a file as the send sees it after an upload: its reading, not its bytes.
	 */
	Drafts attachRead(String name, long size, AttachmentReading reading) {
		this.attachments.add(DraftAttachment.read(name, size, reading));
		return this;
	}

	Drafts relationship(Relationship relationship) {
		this.relationship = relationship;
		return this;
	}

	Drafts deliveredDaysAgo(@Nullable Integer days) {
		this.deliveredAt = (days != null) ? NOW.minus(Duration.ofDays(days)) : null;
		return this;
	}

	Drafts deliveredAt(@Nullable Instant deliveredAt) {
		this.deliveredAt = deliveredAt;
		return this;
	}

	Drafts awaiting(boolean awaiting) {
		this.awaiting = awaiting;
		return this;
	}

	Drafts status(MessagingStatus status) {
		this.status = status;
		return this;
	}

	Drafts reviewSent(boolean reviewSent) {
		this.reviewSent = reviewSent;
		return this;
	}

	Drafts language(Language language) {
		this.language = language;
		return this;
	}

	Draft build() {
		DraftContext context = new DraftContext(this.relationship, null, this.deliveredAt, this.awaiting, false,
				this.status, true, this.reviewSent, this.language, Clock.fixed(NOW, ZoneOffset.UTC));
		return new Draft(this.role, this.action, (this.role == Role.BUYER) ? this.topic : null, this.subject, this.html,
				this.attachments, context);
	}

	Decision check() {
		return ENGINE.check(build());
	}

	Decision check(RulesEngine engine) {
		return engine.check(build());
	}

	/** The input without span markers. */
	static String unmarked(String marked) {
		return marked.replace("⟦", "").replace("⟧", "");
	}

	/** The marked excerpts, in order. */
	static List<String> marked(String marked) {
		List<String> excerpts = new ArrayList<>();
		int from = marked.indexOf('⟦');
		while (from >= 0) {
			int to = marked.indexOf('⟧', from);
			excerpts.add(org.jsoup.parser.Parser
				.unescapeEntities(unmarked(marked.substring(from + 1, to)).replaceAll("<[^>]*>", ""), false));
			from = marked.indexOf('⟦', to);
		}
		return excerpts;
	}

	/**
	 * Asserts that a rule reports exactly the marked spans of a body, and nothing else.
	 */
	static void assertCaught(Decision decision, RuleId rule, String markedBody) {
		List<Violation> hits = decision.violations().stream().filter((v) -> v.rule() == rule).toList();
		List<String> expected = marked(markedBody);
		assertThat(hits).as("%s hits in %s (text: %s)", rule, markedBody, decision.text()).hasSize(expected.size());
		int searchFrom = 0;
		for (int i = 0; i < expected.size(); i++) {
			String excerpt = expected.get(i);
			int start = decision.text().indexOf(excerpt, searchFrom);
			assertThat(start).as("expected excerpt %s in text %s", excerpt, decision.text()).isNotNegative();
			Violation hit = hits.get(i);
			assertThat(hit.rule()).isEqualTo(rule);
			assertThat(decision.text().substring(hit.start(), hit.end())).as("span of %s", rule).isEqualTo(excerpt);
			assertThat(hit.start()).isEqualTo(start);
			assertThat(hit.end()).isEqualTo(start + excerpt.length());
			searchFrom = start + excerpt.length();
		}
	}

	static void assertNotCaught(Decision decision, RuleId rule) {
		assertThat(decision.violations()).as("text: %s", decision.text())
			.noneMatch((violation) -> violation.rule() == rule);
	}

}
