package dev.parley.web.team;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.team.Assignment;
import dev.parley.core.team.AssignmentSettings;
import dev.parley.core.team.Assignments;
import dev.parley.core.team.Member;
import dev.parley.core.team.MemberId;
import dev.parley.core.team.Members;
import dev.parley.core.team.Permission;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who in the seller's team answers a thread. Assigning needs {@link Permission#REPLY} and
 * takes the thread's lock, like every other writer of a thread; the assignee is the owner
 * or an active member who may reply. Every change is a thread event. Round-robin settings
 * need {@link Permission#MANAGE_SETTINGS} (checked by path).
 */
@Service
public class AssignmentService {

	/** The problem code of an assignee who is not an active member who may reply. */
	public static final String NOT_IN_TEAM = "ASSIGNEE_NOT_IN_TEAM";

	private final Conversations conversations;

	private final Assignments assignments;

	private final Members members;

	private final Clock clock;

	AssignmentService(Conversations conversations, Assignments assignments, Members members, Clock clock) {
		this.conversations = conversations;
		this.assignments = assignments;
		this.members = members;
		this.clock = clock;
	}

	/**
	 * A thread's assignment and whom it could go to.
	 * @param caller the thread's seller (owner or member who may reply)
	 * @param threadId the thread
	 * @return the current assignment and the candidates
	 */
	@Transactional(readOnly = true)
	public View view(Caller caller, ThreadId threadId) {
		ThreadSummary thread = ownThread(caller, this.conversations.find(threadId));
		caller.require(Permission.REPLY);
		return viewOf(caller, thread.id());
	}

	/**
	 * Assigns a thread, or takes its assignment back.
	 * @param caller the thread's seller (owner or member who may reply)
	 * @param threadId the thread
	 * @param target whom to
	 * @return the assignment now
	 * @throws BadRequestException when the member is not an active member of the team who
	 * may reply
	 */
	@Transactional
	public View assign(Caller caller, ThreadId threadId, Target target) {
		ThreadSummary thread = ownThread(caller, this.conversations.lock(threadId));
		caller.require(Permission.REPLY);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Optional<Assignment> current = this.assignments.current(thread.id());
		if (target.kind() == Kind.NONE) {
			if (current.isPresent()) {
				this.assignments.unassign(thread.id(), caller.id(), caller.member(), now);
			}
			return viewOf(caller, thread.id());
		}
		MemberId member = null;
		if (target.kind() == Kind.MEMBER) {
			member = target.member();
			Member found = (member != null) ? this.members.find(member).orElse(null) : null;
			if (found == null || !found.seller().equals(caller.id()) || !found.isActive()
					|| !found.may(Permission.REPLY)) {
				throw new BadRequestException(NOT_IN_TEAM, "member " + ((member != null) ? member.value() : "(none)")
						+ " is not an active member of your team who may reply; assign one of them or OWNER");
			}
		}
		boolean unchanged = current.isPresent() && Objects.equals(current.get().member(), member);
		if (!unchanged) {
			this.assignments.assign(thread.id(), caller.id(), caller.id(), caller.member(), member == null, member,
					Assignments.MANUAL, now);
		}
		return viewOf(caller, thread.id());
	}

	@Transactional(readOnly = true)
	public AssignmentSettings settings(Caller caller) {
		requireSeller(caller);
		caller.require(Permission.MANAGE_SETTINGS);
		return this.assignments.settings(caller.id());
	}

	@Transactional
	public AssignmentSettings saveSettings(Caller caller, boolean roundRobin) {
		requireSeller(caller);
		caller.require(Permission.MANAGE_SETTINGS);
		return this.assignments.saveSettings(caller.id(), roundRobin,
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	/**
	 * The names of a seller's members, for the history of a thread.
	 * @param caller the viewer
	 * @param seller the thread's seller
	 * @return each member's name by id
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> memberNames(Caller caller, AccountId seller) {
		if (caller.is(Role.BUYER)) {
			return Map.of();
		}
		Map<Long, String> names = new HashMap<>();
		this.members.list(seller).forEach((m) -> names.put(m.id().value(), m.displayName()));
		return names;
	}

	private View viewOf(Caller caller, ThreadId thread) {
		List<Member> team = this.members.list(caller.id());
		Optional<Assignment> current = this.assignments.current(thread);
		String name = current.filter((a) -> a.member() != null)
			.flatMap((a) -> team.stream().filter((m) -> m.id().equals(a.member())).findFirst())
			.map(Member::displayName)
			.orElse(null);
		List<Member> candidates = team.stream().filter((m) -> m.isActive() && m.may(Permission.REPLY)).toList();
		return new View(thread, current.orElse(null), name, candidates, caller.member());
	}

	private static ThreadSummary ownThread(Caller caller, Optional<ThreadSummary> thread) {
		return thread.filter((summary) -> caller.is(Role.SELLER) && summary.key().seller().equals(caller.id()))
			.orElseThrow(() -> new NotFoundException("thread"));
	}

	private static void requireSeller(Caller caller) {
		if (!caller.is(Role.SELLER)) {
			throw new NotFoundException("assignment settings");
		}
	}

	/** Whom a thread is assigned to. */
	public enum Kind {

		/** The seller account's owner. */
		OWNER,

		/** A member of the team. */
		MEMBER,

		/** Nobody. */
		NONE

	}

	/**
	 * An assignment asked for.
	 *
	 * @param kind whom to
	 * @param member for {@link Kind#MEMBER}: the member
	 */
	public record Target(Kind kind, @Nullable MemberId member) {

		public Target {
			Objects.requireNonNull(kind, "kind");
		}

		/**
		 * The form's value: {@code owner}, {@code none} or a member's id.
		 * @param value the value
		 * @return the target
		 * @throws BadRequestException for anything else
		 */
		public static Target ofParameter(@Nullable String value) {
			if (value == null || value.isBlank() || value.equals("none")) {
				return new Target(Kind.NONE, null);
			}
			if (value.equals("owner")) {
				return new Target(Kind.OWNER, null);
			}
			try {
				return new Target(Kind.MEMBER, MemberId.of(Long.parseLong(value)));
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequestException(NOT_IN_TEAM, "'" + value + "' is not a member of your team");
			}
		}

	}

	/**
	 * A thread's assignment as shown.
	 *
	 * @param thread the thread
	 * @param assignment the current one, or null when nobody is assigned
	 * @param memberName the assigned member's name, or null (owner, nobody)
	 * @param candidates the active members who may reply
	 * @param viewer the viewing member, or null for the owner
	 */
	public record View(ThreadId thread, @Nullable Assignment assignment, @Nullable String memberName,
			List<Member> candidates, @Nullable MemberId viewer) {

		/**
		 * The form's value of the current assignment.
		 * @return {@code owner}, {@code none} or the member's id
		 */
		public String value() {
			if (this.assignment == null) {
				return "none";
			}
			return this.assignment.isOwner() ? "owner" : Long.toString(this.assignment.member().value());
		}

	}

}
