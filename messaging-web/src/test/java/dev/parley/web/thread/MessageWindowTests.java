package dev.parley.web.thread;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.parley.core.conversation.MessageId;
import dev.parley.web.page.MessageView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A thread page shows the latest messages of a long thread, all of a short one, and all
 * of them when asked or when it must show an older one.
 */
class MessageWindowTests {

	@Test
	void aShortThreadIsShownWhole() {
		List<MessageView> messages = messages(MessageWindow.LATEST);
		MessageWindow window = MessageWindow.of(messages, false, null);
		assertThat(window.shown()).isEqualTo(messages);
		assertThat(window.earlier()).isZero();
	}

	@Test
	void aLongThreadShowsItsLatestMessagesInOrder() {
		List<MessageView> messages = messages(MessageWindow.LATEST + 150);
		MessageWindow window = MessageWindow.of(messages, false, null);
		assertThat(window.earlier()).isEqualTo(150);
		assertThat(window.shown()).hasSize(MessageWindow.LATEST).first().extracting(MessageView::seq).isEqualTo(151);
		assertThat(window.shown().get(MessageWindow.LATEST - 1)).isSameAs(messages.get(messages.size() - 1));
	}

	@Test
	void askingForAllOrForAnOlderMessageShowsTheWholeThread() {
		List<MessageView> messages = messages(MessageWindow.LATEST + 10);
		assertThat(MessageWindow.of(messages, true, null).shown()).isEqualTo(messages);
		MessageWindow older = MessageWindow.of(messages, false, MessageId.of(3));
		assertThat(older.shown()).isEqualTo(messages);
		assertThat(older.earlier()).isZero();
		// a message inside the window, or none of this thread, changes nothing
		assertThat(MessageWindow.of(messages, false, MessageId.of(60)).earlier()).isEqualTo(10);
		assertThat(MessageWindow.of(messages, false, MessageId.of(999)).earlier()).isEqualTo(10);
	}

	private static List<MessageView> messages(int count) {
		return IntStream.rangeClosed(1, count).mapToObj((seq) -> {
			MessageView view = mock(MessageView.class);
			when(view.seq()).thenReturn(seq);
			when(view.id()).thenReturn(MessageId.of(seq));
			return view;
		}).toList();
	}

}
