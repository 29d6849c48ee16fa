package dev.parley.core.policy.attachment;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * Carries a {@link Refused} through library call-backs and streams that may only throw
 * {@link IOException}; unwrapped by the reader that started them.
 */
final class BudgetException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Refused refused;

	BudgetException(Refused refused) {
		super(refused.getMessage(), null);
		this.refused = refused;
	}

	Refused refused() {
		return this.refused;
	}

	/** The refusal inside an exception chain, if there is one. */
	static @Nullable Refused find(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof BudgetException budget) {
				return budget.refused();
			}
			if (cause instanceof javax.xml.stream.XMLStreamException xml
					&& xml.getNestedException() instanceof BudgetException budget) {
				// StAX keeps the stream's exception as "nested", not always as the cause
				return budget.refused();
			}
		}
		return null;
	}

}
