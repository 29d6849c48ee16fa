package dev.parley.persistence.team;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.team.Member;
import dev.parley.core.team.MemberId;
import dev.parley.core.team.MemberStatus;
import dev.parley.core.team.Members;
import dev.parley.core.team.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Members of sellers' teams with plain JDBC. An invitation is found by the SHA-256 of its
 * token through the unique index, and accepting it clears the hash in the same statement
 * that activates the member, so a token works once.
 */
@Component
class JdbcMembers implements Members {

	private static final String COLUMNS = "id, seller_id, email, display_name, permissions, status, invited_at";

	private final JdbcClient jdbc;

	JdbcMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Member invite(AccountId seller, String email, String displayName, Set<Permission> permissions,
			byte[] invitationSha256, Instant expiresAt, Instant now) {
		return this.jdbc
			.sql("INSERT INTO seller_member (seller_id, email, display_name, permissions, status, invitation_sha256, "
					+ "invitation_expires_at, invited_at, status_changed_at) "
					+ "VALUES (?, ?, ?, CAST(? AS text[]), 'INVITED', ?, ?, ?, ?) RETURNING " + COLUMNS)
			.params(seller.value(), email.strip(), displayName.strip(), arrayLiteral(permissions), invitationSha256,
					Timestamp.from(expiresAt), Timestamp.from(now), Timestamp.from(now))
			.query(JdbcMembers::map)
			.single();
	}

	@Override
	public Optional<Member> find(MemberId id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM seller_member WHERE id = ?")
			.param(id.value())
			.query(JdbcMembers::map)
			.optional();
	}

	@Override
	public Optional<Member> findInvitation(byte[] invitationSha256, Instant now) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM seller_member WHERE invitation_sha256 = ? AND status = 'INVITED' "
					+ "AND invitation_expires_at > ?")
			.params(invitationSha256, Timestamp.from(now))
			.query(JdbcMembers::map)
			.optional();
	}

	@Override
	public Optional<Member> accept(byte[] invitationSha256, String passwordHash, Instant now) {
		return this.jdbc
			.sql("UPDATE seller_member SET password_hash = ?, status = 'ACTIVE', invitation_sha256 = NULL, "
					+ "invitation_expires_at = NULL, status_changed_at = ? "
					+ "WHERE invitation_sha256 = ? AND status = 'INVITED' AND invitation_expires_at > ? RETURNING "
					+ COLUMNS)
			.params(passwordHash, Timestamp.from(now), invitationSha256, Timestamp.from(now))
			.query(JdbcMembers::map)
			.optional();
	}

	@Override
	public Optional<Credentials> findCredentials(String email) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + ", password_hash FROM seller_member "
					+ "WHERE lower(email) = lower(?) AND status <> 'REMOVED'")
			.param(email.strip())
			.query((rs, row) -> new Credentials(map(rs, row), rs.getString("password_hash")))
			.optional();
	}

	@Override
	public boolean emailTaken(String email) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM seller_member WHERE lower(email) = lower(?) AND status <> 'REMOVED')")
			.param(email.strip())
			.query(Boolean.class)
			.single();
	}

	@Override
	public List<Member> list(AccountId seller) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM seller_member WHERE seller_id = ? ORDER BY id")
			.param(seller.value())
			.query(JdbcMembers::map)
			.list();
	}

	@Override
	public boolean setPermissions(AccountId seller, MemberId member, Set<Permission> permissions) {
		return this.jdbc
			.sql("UPDATE seller_member SET permissions = CAST(? AS text[]) WHERE id = ? AND seller_id = ? "
					+ "AND status <> 'REMOVED'")
			.params(arrayLiteral(permissions), member.value(), seller.value())
			.update() == 1;
	}

	@Override
	public boolean setStatus(AccountId seller, MemberId member, MemberStatus status, Instant now) {
		String forget = (status == MemberStatus.REMOVED) ? ", invitation_sha256 = NULL, invitation_expires_at = NULL"
				: "";
		// An invited member is activated by accepting only; suspending or reactivating
		// applies to members who accepted.
		String from = switch (status) {
			case ACTIVE -> "status = 'SUSPENDED'";
			case SUSPENDED -> "status = 'ACTIVE'";
			case REMOVED -> "status <> 'REMOVED'";
			case INVITED -> "false";
		};
		return this.jdbc
			.sql("UPDATE seller_member SET status = ?, status_changed_at = ?" + forget
					+ " WHERE id = ? AND seller_id = ? AND " + from)
			.params(status.name(), Timestamp.from(now), member.value(), seller.value())
			.update() == 1;
	}

	@Override
	public void recordAuthor(MessageId message, MemberId member) {
		this.jdbc.sql("INSERT INTO message_member (message_id, member_id) VALUES (?, ?)")
			.params(message.value(), member.value())
			.update();
	}

	@Override
	public Map<MessageId, Member> authors(List<MessageId> messages) {
		Map<MessageId, Member> authors = new HashMap<>();
		if (messages.isEmpty()) {
			return authors;
		}
		String ids = "{" + String.join(",", messages.stream().map(MessageId::toString).toList()) + "}";
		this.jdbc
			.sql("SELECT mm.message_id, " + prefixed("m.") + " FROM message_member mm "
					+ "JOIN seller_member m ON m.id = mm.member_id WHERE mm.message_id = ANY (CAST(? AS bigint[]))")
			.param(ids)
			.query((rs) -> {
				authors.put(MessageId.of(rs.getLong("message_id")), map(rs, 0));
			});
		return authors;
	}

	private static String prefixed(String alias) {
		return alias + COLUMNS.replace(", ", ", " + alias);
	}

	private static String arrayLiteral(Set<Permission> permissions) {
		return "{" + String.join(",", permissions.stream().sorted().map(Permission::name).toList()) + "}";
	}

	private static Member map(ResultSet rs, int row) throws SQLException {
		Array array = rs.getArray("permissions");
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		for (Object name : (Object[]) array.getArray()) {
			permissions.add(Permission.valueOf((String) name));
		}
		return new Member(MemberId.of(rs.getLong("id")), AccountId.of(rs.getLong("seller_id")), rs.getString("email"),
				rs.getString("display_name"), permissions, MemberStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("invited_at").toInstant());
	}

}
