package dev.parley.web.moderation;

import java.time.Duration;

import dev.parley.core.moderation.StandingLadder;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Trust and safety ({@code parley.moderation.*}).
 *
 * @param warningExpiry how long a warning stays in force (default 90 days)
 * @param suspendAtWarning the number of warnings in force at which a further warning
 * suspends (the ladder, {@link StandingLadder})
 * @param claimTimeout after how long an admin's claim on a case may be taken over
 * @param expirySweepInterval how often expired warnings are ended
 */
@Validated
@ConfigurationProperties("parley.moderation")
public record ModerationProperties(@NotNull Duration warningExpiry, @Min(2) int suspendAtWarning,
		@NotNull Duration claimTimeout, @NotNull Duration expirySweepInterval) {

	public StandingLadder ladder() {
		return new StandingLadder(this.warningExpiry, this.suspendAtWarning);
	}

}
