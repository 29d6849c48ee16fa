package dev.parley.persistence.database;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Log positions and the per-caller memory of last commits that read-your-writes rests on.
 */
class ReplicaPositionsTests {

	@Test
	void positionsParseAndCompareAsUnsignedNumbers() {
		assertThat(WalPosition.parse("0/3000060").value()).isEqualTo(0x3000060L);
		assertThat(WalPosition.parse("16/B374D848").value()).isEqualTo((0x16L << 32) | 0xB374D848L);
		assertThat(WalPosition.parse("16/B374D848")).hasToString("16/B374D848");
		assertThat(WalPosition.parse("1/0").reached(WalPosition.parse("0/FFFFFFFF"))).isTrue();
		assertThat(WalPosition.parse("0/FFFFFFFF").reached(WalPosition.parse("1/0"))).isFalse();
		assertThat(WalPosition.parse("FFFFFFFF/0").reached(WalPosition.parse("7FFFFFFF/0"))).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> WalPosition.parse("3000060"));
	}

	@Test
	void aCallerIsHeldToTheirOwnLastCommitAndBackgroundWorkToTheNewest() {
		AtomicReference<String> caller = new AtomicReference<>();
		CommitPositions positions = new CommitPositions(caller::get, 10);

		caller.set("ana");
		assertThat(positions.required()).isEqualTo(WalPosition.ZERO);
		positions.committed(WalPosition.parse("0/100"));
		caller.set("ben");
		positions.committed(WalPosition.parse("0/200"));

		caller.set("ana");
		assertThat(positions.required()).isEqualTo(WalPosition.parse("0/100"));
		caller.set("carla");
		assertThat(positions.required()).isEqualTo(WalPosition.ZERO);
		caller.set(null);
		assertThat(positions.required()).isEqualTo(WalPosition.parse("0/200"));
	}

	@Test
	void aForgottenCallerIsHeldToTheNewestForgottenPositionNeverEarlierThanTheirOwn() {
		AtomicReference<String> caller = new AtomicReference<>();
		CommitPositions positions = new CommitPositions(caller::get, 2);
		caller.set("ana");
		positions.committed(WalPosition.parse("0/300"));
		caller.set("ben");
		positions.committed(WalPosition.parse("0/100"));
		caller.set("carla");
		positions.committed(WalPosition.parse("0/400"));

		caller.set("ana");
		assertThat(positions.required()).isEqualTo(WalPosition.parse("0/300"));
		caller.set("dora");
		assertThat(positions.required()).isEqualTo(WalPosition.parse("0/300"));
	}

	@Test
	void aLaterCommitNeverMovesACallersPositionBack() {
		AtomicReference<String> caller = new AtomicReference<>("ana");
		CommitPositions positions = new CommitPositions(caller::get, 10);
		positions.committed(WalPosition.parse("0/500"));
		positions.committed(WalPosition.parse("0/400"));
		assertThat(positions.required()).isEqualTo(WalPosition.parse("0/500"));
	}

}
