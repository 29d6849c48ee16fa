package dev.parley.core.relay;

import java.time.Instant;
import java.util.List;

import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.OrderId;
import dev.parley.core.relay.ReplyThreading.Kind;
import dev.parley.core.relay.ReplyThreading.PairThread;
import dev.parley.core.relay.ReplyThreading.Routing;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyThreadingTests {

	static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

	static final OrderId A = OrderId.of("111-1111111-1111111");

	static final OrderId B = OrderId.of("222-2222222-2222222");

	static final PairThread ORDER_A = new PairThread(ThreadId.of(1), A, "Where is my parcel?", T);

	static final PairThread ORDER_B = new PairThread(ThreadId.of(2), B, "Wrong colour", T.minusSeconds(60));

	static final PairThread LISTING = new PairThread(ThreadId.of(3), null, "[Important] Does it fit A4?",
			T.minusSeconds(120));

	static final List<PairThread> ALL = List.of(ORDER_A, ORDER_B, LISTING);

	@Test
	void aReferencedThreadWins() {
		assertRouted(ReplyThreading.route(ORDER_B.id(), ALL, "Re: Where is my parcel?", "Thanks"), Kind.REFERENCES,
				ORDER_B);
		assertRouted(ReplyThreading.route(ORDER_A.id(), ALL, "Re: about " + A, "Thanks"), Kind.REFERENCES, ORDER_A);
	}

	@Test
	void aReferencedThreadWhoseSubjectNamesAnotherOrderIsAmbiguous() {
		assertAmbiguous(ReplyThreading.route(ORDER_A.id(), ALL, "Order " + B + " too", "Thanks"));
		assertAmbiguous(ReplyThreading.route(LISTING.id(), ALL, "Re: " + A, "Thanks"));
	}

	@Test
	void anOrderIdInTheSubjectThenInTheTextPicksItsThread() {
		assertRouted(ReplyThreading.route(null, ALL, "Question about " + B, "Hello"), Kind.ORDER_ID, ORDER_B);
		assertRouted(ReplyThreading.route(null, ALL, "Question", "About order " + B + ", please."), Kind.ORDER_ID,
				ORDER_B);
		// The subject decides when both name one.
		assertRouted(ReplyThreading.route(null, ALL, "Order " + A, "not " + B), Kind.ORDER_ID, ORDER_A);
	}

	@Test
	void anEmailAboutOrderBNeverLandsInOrderAsThread() {
		// B has no thread with this pair: not the only thread, not the subject match.
		List<PairThread> onlyA = List.of(ORDER_A);
		for (Routing routing : List.of(ReplyThreading.route(null, onlyA, "Re: Where is my parcel? (" + B + ")", "Hi"),
				ReplyThreading.route(null, onlyA, "Hello", "My order " + B + " is late"))) {
			assertThat(routing.kind()).isEqualTo(Kind.ORDER_WITHOUT_CONVERSATION);
			assertThat(routing.thread()).isNull();
			assertThat(routing.order()).isEqualTo(B);
			assertThat(routing.candidates()).containsExactly(ORDER_A);
		}
		// Two orders named: no guess.
		assertAmbiguous(ReplyThreading.route(null, ALL, A + " and " + B, "Hi"));
	}

	@Test
	void aSubjectMatchingOneThreadWithLocalizedPrefixesFoldedPicksIt() {
		for (String subject : List.of("Re: Where is my parcel?", "AW: WG: where is my parcel?",
				"RE : Where is my parcel?", "Fwd: Re: Where is my parcel?", "TR: Where is my parcel?",
				"RV: Where is my parcel?", "Where  is my parcel?")) {
			assertRouted(ReplyThreading.route(null, ALL, subject, "Hi"), Kind.SUBJECT, ORDER_A);
		}
		assertRouted(ReplyThreading.route(null, ALL, "Re: [Important] Does it fit A4?", "Hi"), Kind.SUBJECT, LISTING);
		assertRouted(ReplyThreading.route(null, ALL, "Re: Does it fit A4?", "Hi"), Kind.SUBJECT, LISTING);
	}

	@Test
	void twoThreadsWithTheSubjectAreAmbiguous() {
		PairThread twin = new PairThread(ThreadId.of(4), null, "Where is my parcel?", T.minusSeconds(300));
		assertAmbiguous(ReplyThreading.route(null, List.of(ORDER_A, twin), "Re: Where is my parcel?", "Hi"));
	}

	@Test
	void thePairsOnlyThreadTakesAnEmailThatNamesNothing() {
		assertRouted(ReplyThreading.route(null, List.of(ORDER_B), "Hello", "Is it shipped?"), Kind.ONLY_THREAD,
				ORDER_B);
		assertRouted(ReplyThreading.route(null, List.of(ORDER_B), null, "Is it shipped?"), Kind.ONLY_THREAD, ORDER_B);
	}

	@Test
	void severalThreadsAndNoClueIsAmbiguousListingThemAll() {
		Routing routing = ReplyThreading.route(null, ALL, "Hello", "Is it shipped?");
		assertAmbiguous(routing);
		assertThat(routing.candidates()).containsExactly(ORDER_A, ORDER_B, LISTING);
	}

	@Test
	void noThreadAtAllIsNoConversation() {
		assertThat(ReplyThreading.route(null, List.of(), "Hello", "Hi").kind()).isEqualTo(Kind.NO_CONVERSATION);
		assertThat(ReplyThreading.route(null, List.of(), "Order " + A, "Hi").kind())
			.isEqualTo(Kind.ORDER_WITHOUT_CONVERSATION);
	}

	@Test
	void orderIdsAreWholeTokens() {
		assertThat(ReplyThreading.orderIds("x 1111-1111111-1111111 y")).isEmpty();
		assertThat(ReplyThreading.orderIds("#" + A + ".")).containsExactly(A);
	}

	private static void assertRouted(Routing routing, Kind kind, PairThread thread) {
		assertThat(routing.kind()).isEqualTo(kind);
		assertThat(routing.thread()).isEqualTo(thread.id());
	}

	private static void assertAmbiguous(Routing routing) {
		assertThat(routing.kind()).isEqualTo(Kind.AMBIGUOUS);
		assertThat(routing.thread()).isNull();
		assertThat(routing.isRouted()).isFalse();
	}

}
