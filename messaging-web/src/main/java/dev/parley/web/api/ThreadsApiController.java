package dev.parley.web.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.ReportReason;
import dev.parley.core.conversation.ThreadEvent;
import dev.parley.core.conversation.ThreadId;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.conversation.ThreadReader;
import dev.parley.web.conversation.ThreadView;
import dev.parley.web.inbox.InboxService;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;
import dev.parley.web.platform.NotFoundException;
import dev.parley.web.team.NoteService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Threads: the inbox, one thread, replies, read marks, "No response needed" and reports.
 */
@RestController
@RequestMapping(ApiSecurityConfiguration.API + "/threads")
@Tag(name = "Threads")
class ThreadsApiController {

	private final InboxService inbox;

	private final ThreadReader reader;

	private final MessagingService messaging;

	private final IdempotentSends sends;

	private final NoteService notes;

	private final Clock clock;

	ThreadsApiController(InboxService inbox, ThreadReader reader, MessagingService messaging, IdempotentSends sends,
			NoteService notes, Clock clock) {
		this.inbox = inbox;
		this.reader = reader;
		this.messaging = messaging;
		this.sends = sends;
		this.notes = notes;
		this.clock = clock;
	}

	@GetMapping("/{threadId}/notes")
	@Operation(operationId = "listThreadNotes", summary = "Internal notes of a thread",
			description = "The notes the seller's team keeps on the thread, oldest first: for the seller (a member needs READ_MESSAGES) and admins; a buyer gets 404. Notes never reach the buyer.")
	List<NoteJson> notes(Caller caller, @PathVariable String threadId) {
		return this.notes.notes(caller, Ids.thread(threadId)).stream().map(NoteJson::of).toList();
	}

	@PostMapping("/{threadId}/notes")
	@Operation(operationId = "addThreadNote", summary = "Add an internal note",
			description = "Appends a note for the seller's team (append-only, in the thread's chain of notes). Sellers only; a buyer gets 404.")
	@ResponseStatus(HttpStatus.CREATED)
	NoteJson addNote(Caller caller, @PathVariable String threadId, @Valid @RequestBody NoteRequest request) {
		return NoteJson.of(new NoteService.Note(this.notes.add(caller, Ids.thread(threadId), request.text()),
				caller.memberName()));
	}

	/**
	 * A new internal note.
	 *
	 * @param text the note's text
	 */
	record NoteRequest(@NotBlank @Size(max = 10000) String text) {
	}

	/**
	 * An internal note.
	 *
	 * @param noteId the id
	 * @param seq its place in the thread's chain of notes
	 * @param text the text
	 * @param writtenBy the member's name, or null for the account's owner
	 * @param createdAt when
	 * @param hash its link in the notes' chain, hex
	 */
	record NoteJson(long noteId, int seq, String text, @Nullable String writtenBy, Instant createdAt, String hash) {

		static NoteJson of(NoteService.Note note) {
			return new NoteJson(note.note().id(), note.note().seq(), note.note().text(), note.memberName(),
					note.note().createdAt(), java.util.HexFormat.of().formatHex(note.note().hash()));
		}

	}

	@GetMapping
	@Operation(operationId = "listThreads", summary = "Inbox",
			description = "The caller's threads for a filter (all, unread, sent, needs-response, company, flagged), with search and a date range on last activity, in a sort order (needs-response: due-soonest (default), newest, oldest; other filters: newest (default), oldest); keyset-paged (a cursor belongs to its filter, sort and assignment filter); sellers may narrow it to the threads assigned to them or to nobody (assigned=me|none); counts per filter, and the matches of the search and range counted up to 1,000.")
	InboxJson list(Caller caller, @RequestParam(required = false) @Nullable String filter,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable Integer limit,
			@Parameter(
					description = "due-soonest (needs-response only), newest or oldest; default: due-soonest for needs-response, newest otherwise") @RequestParam(
							required = false) @Nullable String sort,
			@Parameter(
					description = "sellers: me (assigned to the caller), none (unassigned) or all (default); repeat it with the cursor (a cursor belongs to its assignment filter)") @RequestParam(
							required = false) @Nullable String assigned) {
		return InboxJson.of(this.inbox.page(caller, filter, sort, q, from, to, cursor, Paging.limit(limit),
				java.time.ZoneOffset.UTC, assigned), this.clock.instant());
	}

	@GetMapping("/{threadId}")
	@Operation(operationId = "getThread", summary = "Get a thread",
			description = "The thread with the messages and events the caller may see, the order context and the due time.")
	ThreadJson one(Caller caller, @PathVariable String threadId) {
		ThreadView view = this.reader.read(caller, Ids.thread(threadId));
		return ThreadJson.of(view, this.notes.authors(caller, view.messages()), this.clock.instant());
	}

	@PostMapping("/{threadId}/messages")
	@Operation(operationId = "replyToThread", summary = "Reply in a thread",
			description = "A message in an existing thread (a seller's action defaults to REPLY). Honours Idempotency-Key.")
	@ApiResponse(responseCode = "201", description = "The stored message",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = SendJson.Response.class)),
			headers = @Header(name = "Idempotent-Replayed",
					description = "true when this is the stored answer to an earlier request with the same Idempotency-Key",
					schema = @Schema(type = "string", allowableValues = "true")))
	ResponseEntity<?> reply(Caller caller, @PathVariable String threadId,
			@Parameter(description = IdempotentSends.HEADER_DESCRIPTION) @RequestHeader(name = IdempotentSends.HEADER,
					required = false) @Nullable String key,
			@Valid @RequestBody SendJson.Request request) {
		ThreadId id = Ids.thread(threadId);
		return this.sends.send(caller, key, List.of("POST /threads/" + threadId + "/messages", request),
				() -> this.messaging.reply(caller, id, request.toCompose()));
	}

	@PostMapping("/{threadId}/read")
	@Operation(operationId = "markThreadRead", summary = "Mark a thread read",
			description = "Records a read mark for the caller up to the newest message they may see.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void read(Caller caller, @PathVariable String threadId) {
		this.messaging.markRead(caller, Ids.thread(threadId));
	}

	@PostMapping("/{threadId}/unread")
	@Operation(operationId = "markThreadUnread", summary = "Mark a thread unread",
			description = "Sets the caller's read mark back before the other party's last message: the thread counts as unread until it is read again. changed is false when it was unread already or the other party has not written.")
	UnreadJson unread(Caller caller, @PathVariable String threadId) {
		return new UnreadJson(this.messaging.markUnread(caller, Ids.thread(threadId)));
	}

	/**
	 * The result of "mark unread".
	 *
	 * @param changed whether the thread became unread
	 */
	record UnreadJson(boolean changed) {
	}

	@PostMapping("/{threadId}/no-response-needed")
	@Operation(operationId = "markNoResponseNeeded", summary = "Mark \"No response needed\"",
			description = "Sellers: answers every awaiting buyer message of the thread without a reply.")
	NoResponseJson noResponseNeeded(Caller caller, @PathVariable String threadId) {
		return new NoResponseJson(this.messaging.noResponseNeeded(caller, Ids.thread(threadId)));
	}

	@PostMapping("/{threadId}/reports")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "reportMessage", summary = "Report a message",
			description = "Reports a message of the other party for admin review.")
	ResponseEntity<ReportJson> report(Caller caller, @PathVariable String threadId,
			@Valid @RequestBody ReportRequest request) {
		ThreadEvent event = this.messaging.report(caller, Ids.thread(threadId),
				MessageId.of(positive(request.messageId())), request.reason(), request.note());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ReportJson(event.id(), event.thread().value(), request.messageId(), request.reason().name()));
	}

	private static long positive(Long id) {
		if (id == null || id <= 0) {
			throw new NotFoundException("message");
		}
		return id;
	}

	/**
	 * A report.
	 *
	 * @param messageId the reported message (of the other party)
	 * @param reason SPAM, HARASSMENT, OFF_PLATFORM, REVIEW_MANIPULATION or OTHER
	 * @param note optional free text
	 */
	record ReportRequest(@NotNull Long messageId, @NotNull ReportReason reason,
			@Size(max = 2000) @Nullable String note) {
	}

	/**
	 * A stored report.
	 *
	 * @param eventId the report event
	 * @param threadId the thread
	 * @param messageId the reported message
	 * @param reason the reason
	 */
	record ReportJson(long eventId, long threadId, long messageId, String reason) {
	}

	/**
	 * The result of a "No response needed" mark.
	 *
	 * @param answered whether buyer messages were awaiting an answer (and now are
	 * answered)
	 */
	record NoResponseJson(boolean answered) {
	}

}
