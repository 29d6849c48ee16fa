package dev.parley.persistence.relay;

import java.time.Instant;

import dev.parley.core.account.Account;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.Order;
import dev.parley.core.relay.ReplyThreading.PairThread;
import dev.parley.core.relay.InboundReceipts;
import dev.parley.core.relay.RelayLookups;
import dev.parley.persistence.Fixtures;
import dev.parley.persistence.PersistenceTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = PersistenceTestApplication.class)
class RelayLookupsTests {

	static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

	@Autowired
	Fixtures fx;

	@Autowired
	RelayLookups lookups;

	@Autowired
	InboundReceipts receipts;

	@Test
	void aPairsThreadsAreListedMostRecentlyActiveFirstWithTheirOrderAndSubject() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		Account other = this.fx.buyer("Ana");
		assertThat(this.lookups.threads(buyer.id(), seller.id())).isEmpty();
		Order order = this.fx.order(buyer, seller, T);
		ThreadId older = this.fx.thread(buyer, seller, order, "Order", T);
		ThreadId newer = this.fx.thread(buyer, seller, null, "Listing", T);
		this.fx.buyerWrites(older, buyer, "First", T);
		this.fx.buyerWrites(newer, buyer, "Second", T.plusSeconds(60));
		assertThat(this.lookups.threads(buyer.id(), seller.id())).extracting(PairThread::id)
			.containsExactly(newer, older);
		this.fx.buyerWrites(older, buyer, "Third", T.plusSeconds(120));
		assertThat(this.lookups.threads(buyer.id(), seller.id())).extracting(PairThread::id)
			.containsExactly(older, newer);
		assertThat(this.lookups.threads(buyer.id(), seller.id()).get(0).order()).isEqualTo(order.id());
		assertThat(this.lookups.threads(buyer.id(), seller.id()).get(1).order()).isNull();
		assertThat(this.lookups.threads(buyer.id(), seller.id())).extracting(PairThread::subject)
			.containsExactly("Order", "Listing");
		assertThat(this.lookups.threads(other.id(), seller.id())).isEmpty();
	}

	@Test
	void anInboundEmailIsTakenOncePerSender() {
		Account buyer = this.fx.buyer("Ben");
		Account other = this.fx.buyer("Ana");
		assertThat(this.fx.inTx(() -> this.receipts.record(buyer.id(), "<abc@mail.example>", T))).isTrue();
		assertThat(this.fx.inTx(() -> this.receipts.record(buyer.id(), "<abc@mail.example>", T))).isFalse();
		assertThat(this.fx.inTx(() -> this.receipts.record(other.id(), "<abc@mail.example>", T))).isTrue();
	}

}
