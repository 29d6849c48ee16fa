package dev.parley.persistence.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.token.ApiToken;
import dev.parley.core.team.MemberId;
import dev.parley.core.token.ApiTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * API tokens with plain JDBC: a token is looked up by the SHA-256 of what the client
 * presents, through the unique index on it.
 */
@Repository
class JdbcApiTokens implements ApiTokens {

	private static final String COLUMNS = "id, account_id, name, prefix, created_at, expires_at, revoked_at, last_used_at, member_id";

	private final JdbcClient jdbc;

	JdbcApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public ApiToken create(AccountId account, @Nullable MemberId member, String name, byte[] sha256, String prefix,
			Instant createdAt, Instant expiresAt) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO api_token (account_id, member_id, name, token_sha256, prefix, created_at, expires_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(account.value(), (member != null) ? member.value() : null, name.strip(), sha256, prefix,
					Timestamp.from(createdAt), Timestamp.from(expiresAt))
			.update(keys, "id");
		Number id = keys.getKey();
		return new ApiToken(id.longValue(), account, name.strip(), prefix, createdAt, expiresAt, null, null, member);
	}

	@Override
	public List<ApiToken> list(AccountId account, @Nullable MemberId member) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM api_token WHERE account_id = ? AND member_id IS NOT DISTINCT FROM CAST(? AS bigint) "
					+ "ORDER BY created_at DESC, id DESC")
			.params(account.value(), (member != null) ? member.value() : null)
			.query(JdbcApiTokens::map)
			.list();
	}

	@Override
	public List<Long> revokeAll(MemberId member, Instant at) {
		return this.jdbc
			.sql("UPDATE api_token SET revoked_at = ? WHERE member_id = ? AND revoked_at IS NULL RETURNING id")
			.params(Timestamp.from(at), member.value())
			.query(Long.class)
			.list();
	}

	@Override
	public boolean revoke(long id, AccountId account, @Nullable MemberId member, Instant at) {
		return this.jdbc
			.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND account_id = ? "
					+ "AND member_id IS NOT DISTINCT FROM CAST(? AS bigint) AND revoked_at IS NULL")
			.params(Timestamp.from(at), id, account.value(), (member != null) ? member.value() : null)
			.update() == 1;
	}

	@Override
	public Optional<ApiToken> findActive(byte[] sha256, Instant now) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM api_token WHERE token_sha256 = ? AND revoked_at IS NULL AND expires_at > ?")
			.params(sha256, Timestamp.from(now))
			.query(JdbcApiTokens::map)
			.optional();
	}

	@Override
	public List<ApiToken> list(AccountId account) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM api_token WHERE account_id = ? ORDER BY created_at DESC, id DESC")
			.param(account.value())
			.query(JdbcApiTokens::map)
			.list();
	}

	@Override
	public boolean revoke(long id, AccountId account, Instant at) {
		return this.jdbc
			.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(at), id, account.value())
			.update() == 1;
	}

	@Override
	public void touch(long id, Instant at) {
		this.jdbc
			.sql("UPDATE api_token SET last_used_at = ? WHERE id = ? "
					+ "AND (last_used_at IS NULL OR last_used_at < CAST(? AS timestamptz) - interval '1 minute')")
			.params(Timestamp.from(at), id, Timestamp.from(at))
			.update();
	}

	private static ApiToken map(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getLong("id"), AccountId.of(rs.getLong("account_id")), rs.getString("name"),
				rs.getString("prefix"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("revoked_at")),
				instant(rs.getTimestamp("last_used_at")), memberId(rs));
	}

	private static @Nullable MemberId memberId(ResultSet rs) throws SQLException {
		long member = rs.getLong("member_id");
		return rs.wasNull() ? null : MemberId.of(member);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
