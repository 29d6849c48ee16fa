package dev.parley.core.team;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.MessageId;
import org.jspecify.annotations.Nullable;

/**
 * Port: the members of sellers' teams, their invitations, and which member wrote which
 * seller message.
 */
public interface Members {

	/**
	 * Invites a member.
	 * @param seller the seller whose team it is
	 * @param email the member's address
	 * @param displayName the member's name
	 * @param permissions what the member will be allowed to do
	 * @param invitationSha256 the SHA-256 of the one-time invitation token
	 * @param expiresAt when the invitation stops working
	 * @param now when
	 * @return the invited member
	 */
	Member invite(AccountId seller, String email, String displayName, Set<Permission> permissions,
			byte[] invitationSha256, Instant expiresAt, Instant now);

	Optional<Member> find(MemberId id);

	/**
	 * The member invited with this token, while the invitation is unused and unexpired.
	 * @param invitationSha256 the SHA-256 of the presented token
	 * @param now the time to check expiry against
	 * @return the invited member
	 */
	Optional<Member> findInvitation(byte[] invitationSha256, Instant now);

	/**
	 * Accepts an invitation once: sets the password, activates the member and forgets the
	 * token.
	 * @param invitationSha256 the SHA-256 of the presented token
	 * @param passwordHash the chosen password's hash
	 * @param now when
	 * @return the activated member, or empty when the token is unknown, used or expired
	 */
	Optional<Member> accept(byte[] invitationSha256, String passwordHash, Instant now);

	/**
	 * A member's login, for authentication only.
	 * @param email the address, any case
	 * @return the member (any status but removed) and password hash
	 */
	Optional<Credentials> findCredentials(String email);

	/**
	 * Whether an address is already some member's login (removed members aside).
	 * @param email the address, any case
	 * @return whether it is taken
	 */
	boolean emailTaken(String email);

	List<Member> list(AccountId seller);

	/**
	 * Changes a member's permissions.
	 * @param seller the member's seller (another seller's member is "not found")
	 * @param member the member
	 * @param permissions the new permissions
	 * @return whether a member of the seller was changed
	 */
	boolean setPermissions(AccountId seller, MemberId member, Set<Permission> permissions);

	/**
	 * Changes a member's status; removing also forgets an open invitation.
	 * @param seller the member's seller
	 * @param member the member
	 * @param status the new status
	 * @param now when
	 * @return whether a member of the seller was changed
	 */
	boolean setStatus(AccountId seller, MemberId member, MemberStatus status, Instant now);

	/**
	 * Records which member wrote a seller message (append-only).
	 * @param message the message
	 * @param member its author
	 */
	void recordAuthor(MessageId message, MemberId member);

	/**
	 * The members who wrote messages, for display to the team and admins.
	 * @param messages messages
	 * @return for each message a member wrote, that member (owner's messages are absent)
	 */
	Map<MessageId, Member> authors(List<MessageId> messages);

	/**
	 * A member's login credentials.
	 *
	 * @param member the member
	 * @param passwordHash the hash, null until the invitation is accepted
	 */
	record Credentials(Member member, @Nullable String passwordHash) {
	}

}
