package dev.parley.web.inbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InboxTrailTests {

	@Test
	void nextCarriesTheCurrentPageAndPreviousGoesBackToIt() {
		InboxController.Trail onFirst = InboxController.Trail.of(null);
		assertThat(onFirst.forward(null)).isEqualTo("0");

		InboxController.Trail onSecond = InboxController.Trail.of("0");
		assertThat(onSecond.previousCursor()).isEmpty();
		assertThat(onSecond.forward("c2")).isEqualTo("0~c2");

		InboxController.Trail onThird = InboxController.Trail.of("0~c2");
		assertThat(onThird.previousCursor()).isEqualTo("c2");
		assertThat(onThird.backward()).isEqualTo("0");
		assertThat(onThird.forward("c3")).isEqualTo("0~c2~c3");
	}

	@Test
	void onlyTheLastTwentyPagesAreKept() {
		StringBuilder back = new StringBuilder("0");
		for (int page = 2; page <= 30; page++) {
			back.append('~').append('c').append(page);
		}
		InboxController.Trail deep = InboxController.Trail.of(back.toString());
		assertThat(deep.cursors()).hasSize(InboxController.Trail.MAX).endsWith("c30");
		assertThat(deep.forward("c31").split("~")).hasSize(InboxController.Trail.MAX).endsWith("c31");
	}

}
