package dev.parley.core.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import dev.parley.core.account.MessagingStatus;
import org.jspecify.annotations.Nullable;

/**
 * How a decision changes a party's messaging status, buyer or seller alike: the
 * escalation ladder and the life of a warning.
 * <ol>
 * <li>{@code WARN}: status {@code WARNED} until {@code now + warningExpiry}; each warning
 * restarts the period.</li>
 * <li>A {@code WARN} that would be the party's {@code suspendAtWarning}-th warning in
 * force (unexpired, not overturned) escalates: it is recorded as a {@code SUSPEND}.</li>
 * <li>{@code SUSPEND}: status {@code SUSPENDED}; the status before is kept with the
 * decision.</li>
 * <li>{@code REINSTATE} of a suspended party restores the status in force before the
 * suspension (a warning stays until it expires); of a warned party, lifts the
 * warning.</li>
 * <li>{@code OVERTURN} of an appealed decision restores the status before it, when that
 * decision's status is still in force; {@code UPHOLD} and {@code DISMISS} change
 * nothing.</li>
 * <li>A warning expires after {@code warningExpiry}: the status returns to {@code ACTIVE}
 * (a sweep; the party is told).</li>
 * </ol>
 *
 * @param warningExpiry how long a warning stays in force
 * @param suspendAtWarning the number of warnings in force at which a further warning
 * becomes a suspension (at least 2)
 */
public record StandingLadder(Duration warningExpiry, int suspendAtWarning) {

	/** 90 days; the third warning in force suspends. */
	public static final StandingLadder DEFAULT = new StandingLadder(Duration.ofDays(90), 3);

	public StandingLadder {
		Objects.requireNonNull(warningExpiry, "warningExpiry");
		if (warningExpiry.isNegative() || warningExpiry.isZero()) {
			throw new IllegalArgumentException("a warning must last some time");
		}
		if (suspendAtWarning < 2) {
			throw new IllegalArgumentException("at least one warning comes before a suspension");
		}
	}

	/**
	 * What a decision does to a party's standing.
	 * @param kind the admin's decision
	 * @param current the party's status now
	 * @param warningsInForce the party's warnings in force now (unexpired, not
	 * overturned)
	 * @param beforeSuspension for a suspended party, the status before the suspension in
	 * force, else null
	 * @param appealed for {@code OVERTURN}: the decision appealed, else null
	 * @param now the time
	 * @return the change
	 */
	public Step apply(DecisionKind kind, MessagingStatus current, int warningsInForce,
			@Nullable MessagingStatus beforeSuspension, @Nullable AdminDecision appealed, Instant now) {
		Instant warnedUntil = now.plus(this.warningExpiry);
		switch (kind) {
			case WARN:
				if (warningsInForce + 1 >= this.suspendAtWarning) {
					return new Step(DecisionKind.SUSPEND, current, MessagingStatus.SUSPENDED, true, null);
				}
				if (current == MessagingStatus.SUSPENDED) {
					return new Step(kind, current, current, false, null);
				}
				return new Step(kind, current, MessagingStatus.WARNED, false, warnedUntil);
			case SUSPEND:
				return new Step(kind, current, MessagingStatus.SUSPENDED, false, null);
			case REINSTATE:
				if (current == MessagingStatus.SUSPENDED) {
					MessagingStatus restored = (beforeSuspension != null) ? beforeSuspension : MessagingStatus.ACTIVE;
					return new Step(kind, current,
							(restored == MessagingStatus.SUSPENDED) ? MessagingStatus.ACTIVE : restored, false, null);
				}
				return new Step(kind, current, MessagingStatus.ACTIVE, false, null);
			case OVERTURN:
				if (appealed == null) {
					throw new IllegalArgumentException("OVERTURN needs the decision appealed");
				}
				MessagingStatus was = appealed.statusAfter();
				MessagingStatus before = appealed.statusBefore();
				if (was != null && before != null && was == current) {
					if (before == MessagingStatus.WARNED && warningsInForce > 1) {
						return new Step(kind, current, MessagingStatus.WARNED, false, null);
					}
					if (before == MessagingStatus.WARNED && appealed.kind() == DecisionKind.WARN) {
						return new Step(kind, current, MessagingStatus.ACTIVE, false, null);
					}
					return new Step(kind, current, before, false, null);
				}
				return new Step(kind, current, current, false, null);
			default:
				return new Step(kind, current, current, false, null);
		}
	}

	/**
	 * A decision's effect.
	 *
	 * @param kind what is recorded (an escalated {@code WARN} is a {@code SUSPEND})
	 * @param before the status before
	 * @param after the status after
	 * @param escalated whether the ladder escalated a warning
	 * @param warnedUntil a new warning's end, or null when no new warning starts
	 */
	public record Step(DecisionKind kind, MessagingStatus before, MessagingStatus after, boolean escalated,
			@Nullable Instant warnedUntil) {

		public boolean changesStatus() {
			return this.before != this.after || this.warnedUntil != null;
		}

	}

}
