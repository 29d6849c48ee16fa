package dev.parley.web.team;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.parley.core.account.Role;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.team.InternalNote;
import dev.parley.core.team.InternalNotes;
import dev.parley.core.team.Member;
import dev.parley.core.team.MemberId;
import dev.parley.core.team.Members;
import dev.parley.core.team.Permission;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.InputText;
import dev.parley.web.platform.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internal notes on threads and who in the team wrote what. Only the thread's seller (its
 * owner and members who may read messages) and admins see either; for anybody else the
 * thread does not exist. Notes are never part of a message, so no buyer channel (pages,
 * API, email, the changes feed and webhooks) can carry them.
 */
@Service
public class NoteService {

	private final Conversations conversations;

	private final InternalNotes notes;

	private final Members members;

	private final Clock clock;

	NoteService(Conversations conversations, InternalNotes notes, Members members, Clock clock) {
		this.conversations = conversations;
		this.notes = notes;
		this.members = members;
		this.clock = clock;
	}

	/**
	 * Adds a note, under the thread's lock (the notes' chain is per thread).
	 * @param caller the thread's seller (owner or member who may read messages)
	 * @param threadId the thread
	 * @param text the note
	 * @return the stored note
	 */
	@Transactional
	public InternalNote add(Caller caller, ThreadId threadId, String text) {
		ThreadSummary thread = this.conversations.lock(threadId)
			.filter((summary) -> caller.is(Role.SELLER) && summary.key().seller().equals(caller.id()))
			.orElseThrow(() -> new NotFoundException("thread"));
		caller.require(Permission.READ_MESSAGES);
		String note = text.strip();
		if (note.isEmpty() || note.length() > InternalNote.MAX_LENGTH || InputText.problem(note) != null) {
			throw new BadRequestException("NOTE_INVALID",
					"a note has 1 to " + InternalNote.MAX_LENGTH + " characters of text");
		}
		return this.notes.append(thread.id(), caller.id(), caller.member(), note, now());
	}

	/**
	 * A thread's notes with their writers' names.
	 * @param caller the thread's seller or an admin
	 * @param threadId the thread
	 * @return the notes, oldest first
	 */
	@Transactional(readOnly = true)
	public List<Note> notes(Caller caller, ThreadId threadId) {
		ThreadSummary thread = this.conversations.find(threadId)
			.filter((summary) -> caller.is(Role.ADMIN)
					|| (caller.is(Role.SELLER) && summary.key().seller().equals(caller.id())))
			.orElseThrow(() -> new NotFoundException("thread"));
		caller.require(Permission.READ_MESSAGES);
		Map<MemberId, Member> team = new HashMap<>();
		this.members.list(thread.key().seller()).forEach((member) -> team.put(member.id(), member));
		return this.notes.list(thread.id())
			.stream()
			.map((note) -> new Note(note,
					(note.member() != null && team.containsKey(note.member())) ? team.get(note.member()).displayName()
							: null))
			.toList();
	}

	/**
	 * Which member wrote which of these messages, for the seller's team and admins only.
	 * @param caller the viewer
	 * @param messages the messages shown
	 * @return each member-written message's writer's name; empty for buyers
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> authors(Caller caller, List<Message> messages) {
		if (caller.is(Role.BUYER)) {
			return Map.of();
		}
		Map<Long, String> names = new HashMap<>();
		this.members.authors(messages.stream().map(Message::id).toList())
			.forEach((id, member) -> names.put(id.value(), member.displayName()));
		return names;
	}

	/**
	 * Which member wrote a message.
	 * @param caller the viewer (buyers never learn it)
	 * @param message the message
	 * @return the member's name, or null for the owner, buyers and system notes
	 */
	public @Nullable String author(Caller caller, MessageId message) {
		if (caller.is(Role.BUYER)) {
			return null;
		}
		Member member = this.members.authors(List.of(message)).get(message);
		return (member != null) ? member.displayName() : null;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * A note as shown.
	 *
	 * @param note the stored note
	 * @param memberName its writer's name, or null for the account's owner
	 */
	public record Note(InternalNote note, @Nullable String memberName) {
	}

}
