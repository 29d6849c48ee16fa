package dev.parley.core.moderation;

import java.util.Arrays;
import java.util.List;

import dev.parley.core.account.MessagingStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status a decision leaves: {@code REINSTATE} restores the status in force before the
 * suspension.
 */
class DecisionKindTests {

	@ParameterizedTest(name = "{1} after {2} from {0} -> {3}")
	@CsvSource(delimiter = '|', textBlock = """
			SUSPENDED | REINSTATE | WARN SUSPEND                  | WARNED
			SUSPENDED | REINSTATE | SUSPEND                       | ACTIVE
			SUSPENDED | REINSTATE | WARN REINSTATE SUSPEND        | ACTIVE
			SUSPENDED | REINSTATE | WARN SUSPEND SUSPEND          | WARNED
			SUSPENDED | REINSTATE | SUSPEND REINSTATE WARN SUSPEND| WARNED
			SUSPENDED | REINSTATE | WARN SUSPEND DISMISS          | WARNED
			SUSPENDED | REINSTATE |                               | ACTIVE
			WARNED    | REINSTATE | WARN                          | ACTIVE
			ACTIVE    | WARN      |                               | WARNED
			WARNED    | SUSPEND   | WARN                          | SUSPENDED
			WARNED    | DISMISS   | WARN                          | WARNED
			""")
	void statusAfter(MessagingStatus current, DecisionKind kind, String earlier, MessagingStatus expected) {
		List<DecisionKind> history = (earlier == null) ? List.of()
				: Arrays.stream(earlier.trim().split("\\s+")).map(DecisionKind::valueOf).toList();
		assertThat(kind.statusAfter(current, history)).isEqualTo(expected);
	}

}
