package dev.parley.web.api;

import java.time.Instant;

import dev.parley.core.team.AssignmentSettings;
import dev.parley.core.team.MemberId;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;
import dev.parley.web.team.AssignmentService;
import dev.parley.web.team.AssignmentService.Kind;
import dev.parley.web.team.AssignmentService.Target;
import dev.parley.web.team.AssignmentService.View;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assignment of a seller's threads to the team, and the round-robin switch.
 */
@RestController
@Tag(name = "Assignment")
class AssignmentApiController {

	private final AssignmentService assignments;

	AssignmentApiController(AssignmentService assignments) {
		this.assignments = assignments;
	}

	@GetMapping(ApiSecurityConfiguration.API + "/threads/{threadId}/assignment")
	@Operation(operationId = "getThreadAssignment", summary = "Who in the team answers a thread",
			description = "Sellers (REPLY permission): the thread's assignee (OWNER, MEMBER or NONE). Another seller's thread is 404.")
	AssignmentJson get(Caller caller, @PathVariable String threadId) {
		return AssignmentJson.of(this.assignments.view(caller, Ids.thread(threadId)));
	}

	@PutMapping(ApiSecurityConfiguration.API + "/threads/{threadId}/assignment")
	@Operation(operationId = "assignThread", summary = "Assign a thread",
			description = "Sellers (REPLY permission): assign the thread to the owner (kind OWNER), to an active member who may reply (kind MEMBER with memberId), or to nobody (kind NONE). Each change is a thread event (ASSIGNED, UNASSIGNED). Someone outside the team is 400 ASSIGNEE_NOT_IN_TEAM.")
	AssignmentJson put(Caller caller, @PathVariable String threadId, @RequestBody AssignRequest request) {
		if (request.kind() == null) {
			throw new BadRequestException("FIELD_REQUIRED", "kind is required: OWNER, MEMBER or NONE");
		}
		if (request.kind() == Kind.MEMBER && request.memberId() == null) {
			throw new BadRequestException("FIELD_REQUIRED", "memberId is required for kind MEMBER");
		}
		if (request.kind() != Kind.MEMBER && request.memberId() != null) {
			throw new BadRequestException("FIELD_UNEXPECTED", "memberId belongs to kind MEMBER only");
		}
		MemberId member = (request.memberId() != null && request.memberId() > 0) ? MemberId.of(request.memberId())
				: null;
		if (request.kind() == Kind.MEMBER && member == null) {
			throw new BadRequestException(AssignmentService.NOT_IN_TEAM, "memberId is not a member of your team");
		}
		return AssignmentJson
			.of(this.assignments.assign(caller, Ids.thread(threadId), new Target(request.kind(), member)));
	}

	@GetMapping(ApiSecurityConfiguration.API + "/settings/assignment")
	@Operation(operationId = "getAssignmentSettings", summary = "Round-robin assignment",
			description = "Sellers (MANAGE_SETTINGS permission): whether new buyer threads are assigned in turn to the active members who may reply (the owner is not in the rotation).")
	SettingsJson settings(Caller caller) {
		return SettingsJson.of(this.assignments.settings(caller));
	}

	@PutMapping(ApiSecurityConfiguration.API + "/settings/assignment")
	@Operation(operationId = "updateAssignmentSettings", summary = "Switch round-robin assignment",
			description = "Sellers (MANAGE_SETTINGS permission): roundRobin true or false.")
	SettingsJson saveSettings(Caller caller, @RequestBody SettingsJson request) {
		if (request.roundRobin() == null) {
			throw new BadRequestException("FIELD_REQUIRED", "roundRobin is required");
		}
		return SettingsJson.of(this.assignments.saveSettings(caller, request.roundRobin()));
	}

	/**
	 * An assignment asked for.
	 *
	 * @param kind OWNER, MEMBER or NONE
	 * @param memberId for MEMBER: the member's id
	 */
	record AssignRequest(@Nullable Kind kind, @Nullable Long memberId) {
	}

	/**
	 * A thread's assignment.
	 *
	 * @param threadId the thread
	 * @param kind OWNER, MEMBER or NONE
	 * @param memberId the member for MEMBER, else null
	 * @param memberName the member's name for MEMBER, else null
	 * @param since when it was assigned, null for NONE
	 */
	record AssignmentJson(long threadId, Kind kind, @Nullable Long memberId, @Nullable String memberName,
			@Nullable Instant since) {

		static AssignmentJson of(View view) {
			if (view.assignment() == null) {
				return new AssignmentJson(view.thread().value(), Kind.NONE, null, null, null);
			}
			MemberId member = view.assignment().member();
			return new AssignmentJson(view.thread().value(), (member != null) ? Kind.MEMBER : Kind.OWNER,
					(member != null) ? member.value() : null, view.memberName(), view.assignment().since());
		}

	}

	/**
	 * Round-robin assignment.
	 *
	 * @param roundRobin whether new buyer threads are assigned in turn
	 */
	record SettingsJson(@Nullable Boolean roundRobin) {

		static SettingsJson of(AssignmentSettings settings) {
			return new SettingsJson(settings.roundRobin());
		}

	}

}
