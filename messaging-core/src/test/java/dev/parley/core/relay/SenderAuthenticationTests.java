package dev.parley.core.relay;

import java.util.List;

import dev.parley.core.relay.SenderAuthentication.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SenderAuthenticationTests {

	static final String MTA = "mx.parley.example";

	@Test
	void dmarcPassFromTheTrustedMtaAuthenticates() {
		Verdict verdict = check("mx.parley.example; dkim=pass header.d=home.example header.s=s1;\r\n"
				+ "\tspf=pass (sender SPF authorized) smtp.mailfrom=ben@home.example; dmarc=pass (p=reject) header.from=home.example");
		assertThat(verdict.authenticated()).isTrue();
		assertThat(verdict.bounceSafe()).isTrue();
	}

	@Test
	void alignedSpfOrDkimPassAuthenticatesWithoutDmarc() {
		assertThat(check(MTA + "; spf=pass smtp.mailfrom=bounces.home.example").authenticated()).isTrue();
		assertThat(check(MTA + "; dkim=pass header.d=home.example").authenticated()).isTrue();
		assertThat(check(MTA + " 1; dkim=pass header.i=@mail.home.example").authenticated()).isTrue();
	}

	@Test
	void failuresOrUnalignedPassesDoNot() {
		assertThat(check(MTA + "; dmarc=fail header.from=home.example").authenticated()).isFalse();
		assertThat(check(MTA + "; spf=pass smtp.mailfrom=spammer.example; dkim=pass header.d=spammer.example")
			.authenticated()).isFalse();
		assertThat(check(MTA + "; dmarc=pass header.from=other.example").authenticated()).isFalse();
		assertThat(check(MTA + "; dkim=pass header.d=nothome.example").authenticated()).isFalse();
	}

	@Test
	void onlyTheTopmostHeaderOfTheTrustedAuthservIdCounts() {
		Verdict forgedBelow = SenderAuthentication.check(
				List.of(MTA + "; dmarc=fail header.from=home.example", MTA + "; dmarc=pass header.from=home.example"),
				MTA, "ben@home.example", "ben@home.example");
		assertThat(forgedBelow.authenticated()).isFalse();
		Verdict otherId = SenderAuthentication.check(List.of("evil.example; dmarc=pass header.from=home.example"), MTA,
				"ben@home.example", "ben@home.example");
		assertThat(otherId.authenticated()).isFalse();
		assertThat(otherId.bounceSafe()).isFalse();
		assertThat(SenderAuthentication.check(List.of(), MTA, "ben@home.example", "ben@home.example").authenticated())
			.isFalse();
	}

	@Test
	void aBounceIsSafeOnlyWhenTheEnvelopeSenderIsVouchedFor() {
		assertThat(
				check(MTA + "; spf=fail smtp.mailfrom=home.example; dmarc=fail header.from=home.example").bounceSafe())
			.isFalse();
		assertThat(check(MTA + "; spf=pass smtp.mailfrom=ben@home.example; dmarc=fail header.from=home.example")
			.bounceSafe()).isTrue();
		assertThat(
				check(MTA + "; spf=softfail smtp.mailfrom=home.example; dkim=pass header.d=home.example").bounceSafe())
			.isTrue();
	}

	@Test
	void aMissingFromIsNotAuthenticated() {
		Verdict verdict = SenderAuthentication.check(List.of(MTA + "; spf=pass smtp.mailfrom=home.example"), MTA, null,
				"ben@home.example");
		assertThat(verdict.authenticated()).isFalse();
		assertThat(verdict.bounceSafe()).isTrue();
	}

	private static Verdict check(String header) {
		return SenderAuthentication.check(List.of(header), MTA, "ben@home.example", "ben@home.example");
	}

}
