package dev.parley.core.team;

import java.time.Duration;
import java.time.Instant;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PresenceTests {

	static final AccountId SELLER = AccountId.of(7);

	static final AccountId OTHER_SELLER = AccountId.of(8);

	static final ThreadId THREAD = ThreadId.of(100);

	static final MemberId ANA = MemberId.of(1);

	static final MemberId BEN = MemberId.of(2);

	static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

	final Presence presence = new Presence();

	@Test
	void aViewerIsShownToTheOthersButNotToThemselves() {
		assertThat(this.presence.record(ping(ANA, "Ana", PresenceState.VIEWING), T0)).isTrue();

		assertThat(this.presence.others(SELLER, THREAD, BEN, T0)).singleElement().satisfies((viewer) -> {
			assertThat(viewer.member()).isEqualTo(ANA);
			assertThat(viewer.name()).isEqualTo("Ana");
			assertThat(viewer.state()).isEqualTo(PresenceState.VIEWING);
		});
		assertThat(this.presence.others(SELLER, THREAD, ANA, T0)).isEmpty();
		// The owner (no member) is somebody else too.
		assertThat(this.presence.others(SELLER, THREAD, null, T0)).hasSize(1);
	}

	@Test
	void theOwnerIsOneViewerAndExcludesOnlyThemselves() {
		this.presence.record(new Presence.Pinged(SELLER, THREAD, null, null, PresenceState.REPLYING), T0);
		this.presence.record(ping(ANA, "Ana", PresenceState.VIEWING), T0);

		assertThat(this.presence.others(SELLER, THREAD, null, T0)).extracting(Presence.Viewer::member)
			.containsExactly(ANA);
		assertThat(this.presence.others(SELLER, THREAD, ANA, T0)).singleElement()
			.satisfies((owner) -> assertThat(owner.state()).isEqualTo(PresenceState.REPLYING));
	}

	@Test
	void aViewerWithoutAPingForTheExpiryIsGone() {
		this.presence.record(ping(ANA, "Ana", PresenceState.VIEWING), T0);
		Instant justBefore = T0.plus(Presence.EXPIRY).minusMillis(1);

		assertThat(this.presence.others(SELLER, THREAD, BEN, justBefore)).hasSize(1);
		assertThat(this.presence.others(SELLER, THREAD, BEN, T0.plus(Presence.EXPIRY))).isEmpty();
		assertThat(this.presence.find(SELLER, THREAD, ANA, T0.plus(Presence.EXPIRY))).isEmpty();
		assertThat(this.presence.expire(justBefore)).isEmpty();
		assertThat(this.presence.expire(T0.plus(Presence.EXPIRY)))
			.containsExactly(new Presence.ThreadKey(SELLER, THREAD));
		assertThat(this.presence.expire(T0.plus(Presence.EXPIRY))).isEmpty();
	}

	@Test
	void aPingKeepsTheViewerPresent() {
		this.presence.record(ping(ANA, "Ana", PresenceState.VIEWING), T0);
		Instant refresh = T0.plus(Duration.ofSeconds(15));

		assertThat(this.presence.record(ping(ANA, "Ana", PresenceState.VIEWING), refresh))
			.as("the same state again changes nothing the others see")
			.isFalse();
		assertThat(this.presence.others(SELLER, THREAD, BEN, T0.plus(Presence.EXPIRY))).hasSize(1);
		assertThat(this.presence.expire(T0.plus(Presence.EXPIRY))).isEmpty();
	}

	@Test
	void replyingReplacesViewingAndBack() {
		this.presence.record(ping(ANA, "Ana", PresenceState.VIEWING), T0);

		assertThat(this.presence.record(ping(ANA, "Ana", PresenceState.REPLYING), T0.plusSeconds(2))).isTrue();
		assertThat(this.presence.others(SELLER, THREAD, BEN, T0.plusSeconds(2))).singleElement()
			.satisfies((viewer) -> assertThat(viewer.state()).isEqualTo(PresenceState.REPLYING));
		assertThat(this.presence.record(ping(ANA, "Ana", PresenceState.VIEWING), T0.plusSeconds(30))).isTrue();
		assertThat(this.presence.others(SELLER, THREAD, BEN, T0.plusSeconds(30))).singleElement()
			.satisfies((viewer) -> assertThat(viewer.state()).isEqualTo(PresenceState.VIEWING));
	}

	@Test
	void goneRemovesTheViewerAtOnce() {
		this.presence.record(ping(ANA, "Ana", PresenceState.REPLYING), T0);

		assertThat(this.presence.record(ping(ANA, "Ana", PresenceState.GONE), T0.plusSeconds(1))).isTrue();
		assertThat(this.presence.others(SELLER, THREAD, BEN, T0.plusSeconds(1))).isEmpty();
		assertThat(this.presence.record(ping(ANA, "Ana", PresenceState.GONE), T0.plusSeconds(2))).isFalse();
	}

	@Test
	void threadsAndSellersAreApart() {
		this.presence.record(ping(ANA, "Ana", PresenceState.VIEWING), T0);

		assertThat(this.presence.others(SELLER, ThreadId.of(101), BEN, T0)).isEmpty();
		assertThat(this.presence.others(OTHER_SELLER, THREAD, BEN, T0)).isEmpty();
	}

	@Test
	void othersAreSortedByName() {
		this.presence.record(ping(BEN, "Zoe", PresenceState.VIEWING), T0);
		this.presence.record(ping(ANA, "Ana", PresenceState.REPLYING), T0);

		assertThat(this.presence.others(SELLER, THREAD, MemberId.of(3), T0)).extracting(Presence.Viewer::name)
			.containsExactly("Ana", "Zoe");
	}

	static Presence.Pinged ping(MemberId member, String name, PresenceState state) {
		return new Presence.Pinged(SELLER, THREAD, member, name, state);
	}

}
