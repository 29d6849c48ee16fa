package dev.parley.web.relay;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * When the relay's two sides run. Outbound: {@code parley.relay.outbound.enabled} when
 * set, else when there is an SMTP server to send to ({@code spring.mail.host}, or the
 * development sink). Inbound: {@code parley.relay.inbound.enabled} when set, else as
 * outbound, because the emails that go out invite replies.
 */
final class RelayConditions {

	private RelayConditions() {
	}

	static boolean outboundEnabled(Environment environment) {
		Boolean explicit = environment.getProperty("parley.relay.outbound.enabled", Boolean.class);
		if (explicit != null) {
			return explicit;
		}
		return StringUtils.hasText(environment.getProperty("spring.mail.host")) || devSinkEnabled(environment);
	}

	static boolean inboundEnabled(Environment environment) {
		Boolean explicit = environment.getProperty("parley.relay.inbound.enabled", Boolean.class);
		return (explicit != null) ? explicit : outboundEnabled(environment);
	}

	static boolean devSinkEnabled(Environment environment) {
		return environment.getProperty("parley.relay.dev-sink.enabled", Boolean.class, false);
	}

	static final class Outbound extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return outboundEnabled(context.getEnvironment()) ? ConditionOutcome.match("outbound relay enabled")
					: ConditionOutcome.noMatch("outbound relay disabled (no spring.mail.host, no dev sink)");
		}

	}

	static final class Inbound extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return inboundEnabled(context.getEnvironment()) ? ConditionOutcome.match("inbound relay enabled")
					: ConditionOutcome.noMatch("inbound relay disabled");
		}

	}

	static final class DevSink extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return devSinkEnabled(context.getEnvironment()) ? ConditionOutcome.match("dev mail sink enabled")
					: ConditionOutcome.noMatch("dev mail sink disabled");
		}

	}

}
