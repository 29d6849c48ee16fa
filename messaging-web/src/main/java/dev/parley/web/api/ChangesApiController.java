package dev.parley.web.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.parley.core.integration.Change;
import dev.parley.core.integration.Changes;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The changes feed for integrators that poll: every event the caller may see, in one
 * order that never changes, keyset-paged by an opaque cursor.
 */
@RestController
@Tag(name = "Changes")
class ChangesApiController {

	private static final String CURSOR_PREFIX = "c1:";

	private static final int SEQUENCE_BATCH = 2000;

	private final Changes changes;

	ChangesApiController(Changes changes) {
		this.changes = changes;
	}

	@GetMapping(ApiSecurityConfiguration.API + "/changes")
	@Operation(operationId = "listChanges", summary = "Events since a cursor",
			description = "Every event the caller may see since the cursor, oldest first: messages (a buyer never "
					+ "sees a message that was not delivered to them), read marks, \"No response needed\" marks, "
					+ "reports, decisions, platform notices and response-clock alerts. Without a cursor the feed "
					+ "starts at the beginning. Keep the returned nextCursor and call again (also when items is "
					+ "empty): no event is skipped or repeated, also while other requests write.")
	ChangePage changes(Caller caller,
			@Parameter(description = "nextCursor of the previous page; omit for the beginning") @RequestParam(
					required = false) @Nullable String cursor,
			@Parameter(description = "page size, 1 to 100 (default 25)",
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100")) @RequestParam(
							required = false) @Nullable Integer limit) {
		int size = Paging.limit(limit);
		long after = (cursor == null || cursor.isBlank()) ? 0 : position(cursor);
		while (this.changes.sequence(SEQUENCE_BATCH) == SEQUENCE_BATCH) {
			// a backlog: move it into the feed before reading
		}
		List<Change> page = this.changes.after(caller.id(), after, size);
		long last = page.isEmpty() ? after : page.get(page.size() - 1).position();
		return new ChangePage(page.stream().map(ChangeJson::of).toList(), cursor(last), page.size() == size);
	}

	static String cursor(long position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((CURSOR_PREFIX + position).getBytes(StandardCharsets.US_ASCII));
	}

	static long position(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
			if (text.startsWith(CURSOR_PREFIX)) {
				long position = Long.parseLong(text.substring(CURSOR_PREFIX.length()));
				if (position >= 0) {
					return position;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the refusal
		}
		throw new BadRequestException("CURSOR_INVALID", "the cursor is not one this feed returned");
	}

	/**
	 * A page of the feed.
	 *
	 * @param items the events, oldest first
	 * @param nextCursor where to continue (the same cursor when nothing new happened)
	 * @param hasMore whether more events are waiting now
	 */
	@Schema(name = "ChangePage")
	record ChangePage(List<ChangeJson> items, String nextCursor, boolean hasMore) {
	}

	/**
	 * One event.
	 *
	 * @param id the event id, the same as the webhook-id of its webhook deliveries
	 * @param type the event type
	 * @param threadId the thread, or null
	 * @param occurredAt when it happened
	 * @param data the event's details
	 */
	@Schema(name = "Change")
	record ChangeJson(@Schema(example = "evt_1042") String id, @Schema(allowableValues = {
			"message.received", "message.sent", "message.withheld", "message.note", "review_request.sent",
			"thread.read", "thread.no_response_needed", "thread.reported", "thread.due_soon", "thread.overdue",
			"flag.decided", "standing.decided", "notice.created" }) String type, @Nullable Long threadId,
			Instant occurredAt,
			@Schema(type = "object", types = "object",
					description = "depends on the type: message fields (threadId, orderId, "
							+ "messageId, seq, sender, action, topic, subject, text, sentAt, delivery, important, proactive), "
							+ "thread event fields (eventId, actor, messageId, readSeq, at), decision fields (decisionId, "
							+ "decision, flagId, reason, decidedAt) or notice fields (noticeId, kind, subject, text)") @JsonRawValue String data){

		static ChangeJson of(Change change) {
			return new ChangeJson(change.eventId(), change.type(), change.threadId(), change.occurredAt(),
					change.data());
		}

	}

}
