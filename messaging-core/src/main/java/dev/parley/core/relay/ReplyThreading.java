package dev.parley.core.relay;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * Which of a buyer-seller pair's threads an emailed reply belongs to. It never guesses:
 * <ol>
 * <li>the thread of a message the email names in {@code In-Reply-To}/{@code References}
 * (one of ours, of this pair), unless its subject names another order;</li>
 * <li>else the thread of the one order id (NNN-NNNNNNN-NNNNNNN) that the subject, or else
 * the sender's own text, names;</li>
 * <li>else the one thread whose subject is the email's, reply and forward prefixes of any
 * language ("Re:", "AW:", "RV:", "TR:", "WG:", "Fwd:"…) and the {@code [Important]} tag
 * folded;</li>
 * <li>else, when the pair has exactly one thread and the email names no order, that
 * one;</li>
 * <li>otherwise nothing: the email is ambiguous (and the sender is asked to answer the
 * notification of the conversation they mean), names an order the pair has no thread
 * about, or the pair has no thread at all.</li>
 * </ol>
 * An email that names an order (B) is never filed under another order (A): an order id
 * that matches none of the pair's threads, or several order ids, end the routing rather
 * than letting a later step pick a thread.
 */
public final class ReplyThreading {

	private static final Pattern ORDER_ID = Pattern.compile("(?<![0-9])[0-9]{3}-[0-9]{7}-[0-9]{7}(?![0-9])");

	private ReplyThreading() {
	}

	/**
	 * Routes an email.
	 * @param referenced the pair's thread that the email's {@code In-Reply-To} or
	 * {@code References} name, or null
	 * @param threads the pair's threads, most recently active first
	 * @param subject the email's subject, or null
	 * @param text the text the sender wrote (quotes and signatures removed)
	 * @return where it goes, or why nowhere
	 */
	public static Routing route(@Nullable ThreadId referenced, List<PairThread> threads, @Nullable String subject,
			String text) {
		Set<OrderId> inSubject = orderIds(subject);
		if (referenced != null) {
			PairThread thread = threads.stream().filter((t) -> t.id().equals(referenced)).findFirst().orElse(null);
			if (inSubject.isEmpty() || thread != null && thread.order() != null && inSubject.contains(thread.order())) {
				return new Routing(Kind.REFERENCES, referenced, threads);
			}
			return new Routing(Kind.AMBIGUOUS, null, threads);
		}
		Set<OrderId> named = inSubject.isEmpty() ? orderIds(text) : inSubject;
		if (!named.isEmpty()) {
			List<PairThread> ofOrders = threads.stream()
				.filter((thread) -> thread.order() != null && named.contains(thread.order()))
				.toList();
			if (named.size() == 1) {
				return ofOrders.isEmpty()
						? new Routing(Kind.ORDER_WITHOUT_CONVERSATION, null, threads, named.iterator().next())
						: new Routing(Kind.ORDER_ID, ofOrders.get(0).id(), threads);
			}
			return new Routing(Kind.AMBIGUOUS, null, threads);
		}
		if (subject != null && !ReplySubjects.withoutPrefixes(subject).isEmpty()) {
			String wanted = comparable(subject);
			List<PairThread> same = threads.stream()
				.filter((thread) -> comparable(thread.subject()).equals(wanted))
				.toList();
			if (same.size() == 1) {
				return new Routing(Kind.SUBJECT, same.get(0).id(), threads);
			}
			if (same.size() > 1) {
				return new Routing(Kind.AMBIGUOUS, null, threads);
			}
		}
		if (threads.size() == 1) {
			return new Routing(Kind.ONLY_THREAD, threads.get(0).id(), threads);
		}
		return new Routing(threads.isEmpty() ? Kind.NO_CONVERSATION : Kind.AMBIGUOUS, null, threads);
	}

	/** A subject as threads are compared: without prefixes, the tag, case and spacing. */
	private static String comparable(String subject) {
		return ReplySubjects.withoutPrefixes(ReplySubjects.withoutTag(ReplySubjects.withoutPrefixes(subject)))
			.toLowerCase(Locale.ROOT);
	}

	static Set<OrderId> orderIds(@Nullable String text) {
		Set<OrderId> ids = new LinkedHashSet<>();
		if (text != null) {
			Matcher matcher = ORDER_ID.matcher(text);
			while (matcher.find()) {
				ids.add(OrderId.of(matcher.group()));
			}
		}
		return ids;
	}

	/**
	 * One of the pair's threads, as routing sees it.
	 *
	 * @param id the thread
	 * @param order its order, or null for a question about a listing
	 * @param subject its subject
	 * @param lastActivityAt when its last message was stored
	 */
	public record PairThread(ThreadId id, @Nullable OrderId order, String subject, Instant lastActivityAt) {

		public PairThread {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(subject, "subject");
			Objects.requireNonNull(lastActivityAt, "lastActivityAt");
		}

	}

	/**
	 * Where an email goes.
	 *
	 * @param kind which rule decided, or why no thread
	 * @param thread the thread, or null when ambiguous or when there is none
	 * @param candidates the pair's threads, most recently active first (for the bounce)
	 * @param order the one order named when the pair has no thread about it, else null
	 */
	public record Routing(Kind kind, @Nullable ThreadId thread, List<PairThread> candidates, @Nullable OrderId order) {

		public Routing {
			Objects.requireNonNull(kind, "kind");
			candidates = List.copyOf(candidates);
			if ((thread == null) != kind.isRefusal()) {
				throw new IllegalArgumentException(kind + " with thread " + thread);
			}
			if ((order != null) != (kind == Kind.ORDER_WITHOUT_CONVERSATION)) {
				throw new IllegalArgumentException(kind + " with order " + order);
			}
		}

		Routing(Kind kind, @Nullable ThreadId thread, List<PairThread> candidates) {
			this(kind, thread, candidates, null);
		}

		public boolean isRouted() {
			return this.thread != null;
		}

	}

	/** Which rule routed an email, or why it has no thread. */
	public enum Kind {

		REFERENCES, ORDER_ID, SUBJECT, ONLY_THREAD,

		/** Several threads could be meant, or the email names several orders. */
		AMBIGUOUS,

		/** The email names one order, and the pair has no thread about it. */
		ORDER_WITHOUT_CONVERSATION,

		/** The pair has no thread at all. */
		NO_CONVERSATION;

		public boolean isRefusal() {
			return this == AMBIGUOUS || this == ORDER_WITHOUT_CONVERSATION || this == NO_CONVERSATION;
		}

	}

}
