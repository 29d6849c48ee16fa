package dev.parley.persistence.integration;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.parley.core.account.AccountId;
import dev.parley.core.integration.WebhookDelivery;
import dev.parley.core.integration.WebhookEndpoint;
import dev.parley.core.integration.WebhookEvent;
import dev.parley.core.integration.Webhooks;
import dev.parley.persistence.database.Sql;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhook endpoints and deliveries in PostgreSQL. A claim leases one due endpoint
 * ({@code FOR UPDATE SKIP LOCKED}, a fresh token, {@code lease_until}) and, in the same
 * transaction, copies its owner's feed events after its cursor into its queue and moves
 * the cursor: a crash either queues them and moves the cursor, or neither. Marks name the
 * lease token, so a worker that lost its lease changes nothing.
 */
@Component
@Transactional(readOnly = true)
class JdbcWebhooks implements Webhooks {

	private static final String COLUMNS = "id, owner_id, url, description, event_types, secret, "
			+ "CASE WHEN previous_valid_until > now() THEN previous_secret END AS previous_secret, "
			+ "enabled, disabled_reason, consecutive_failures, created_at";

	private static final String DELIVERY_COLUMNS = "id, endpoint_id, event_id, type, payload, status, attempts, "
			+ "created_at, last_attempt_at, last_status, last_latency_ms, last_error, response_excerpt";

	/** How many feed events one claim queues at most. */
	private static final int COLLECT_LIMIT = 1000;

	private static final int MAX_TEXT = 2000;

	private final JdbcTemplate jdbc;

	JdbcWebhooks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public WebhookEndpoint create(AccountId owner, URI url, String description, Set<WebhookEvent> events, String secret,
			Instant now) {
		Long id = this.jdbc.queryForObject("""
				INSERT INTO webhook_endpoint (owner_id, url, description, event_types, secret, feed_position,
				                              next_attempt_at, created_at)
				VALUES (?, ?, ?, string_to_array(?, ','), ?,
				        (SELECT coalesce(max(position), 0) FROM change_feed WHERE party_id = ?), ?, ?)
				RETURNING id
				""", Long.class, owner.value(), url.toString(), description, types(events), secret, owner.value(),
				Sql.timestamp(now), Sql.timestamp(now));
		return find(owner, id).orElseThrow();
	}

	@Override
	public List<WebhookEndpoint> list(AccountId owner) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE owner_id = ? ORDER BY id",
				JdbcWebhooks::endpoint, owner.value());
	}

	@Override
	public Optional<WebhookEndpoint> find(AccountId owner, long id) {
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE owner_id = ? AND id = ?", JdbcWebhooks::endpoint,
					owner.value(), id)
			.stream()
			.findFirst();
	}

	@Override
	@Transactional
	public Optional<WebhookEndpoint> update(AccountId owner, long id, URI url, String description,
			Set<WebhookEvent> events, boolean enabled, Instant now) {
		int updated = this.jdbc.update("""
				UPDATE webhook_endpoint SET url = ?, description = ?, event_types = string_to_array(?, ','),
				    consecutive_failures = CASE WHEN ? AND NOT enabled THEN 0 ELSE consecutive_failures END,
				    next_attempt_at = CASE WHEN ? AND NOT enabled THEN ? ELSE next_attempt_at END,
				    disabled_reason = CASE WHEN ? THEN NULL ELSE coalesce(disabled_reason, 'by its owner') END,
				    enabled = ?
				WHERE owner_id = ? AND id = ?
				""", url.toString(), description, types(events), enabled, enabled, Sql.timestamp(now), enabled, enabled,
				owner.value(), id);
		return (updated == 1) ? find(owner, id) : Optional.empty();
	}

	@Override
	@Transactional
	public boolean delete(AccountId owner, long id) {
		// The log goes with the endpoint (no foreign key in this schema cascades).
		this.jdbc.update("""
				DELETE FROM webhook_delivery
				WHERE endpoint_id = (SELECT id FROM webhook_endpoint WHERE owner_id = ? AND id = ?)
				""", owner.value(), id);
		return this.jdbc.update("DELETE FROM webhook_endpoint WHERE owner_id = ? AND id = ?", owner.value(), id) == 1;
	}

	@Override
	@Transactional
	public Optional<WebhookEndpoint> rotateSecret(AccountId owner, long id, String secret, Instant previousValidUntil) {
		int updated = this.jdbc.update("""
				UPDATE webhook_endpoint SET previous_secret = secret, previous_valid_until = ?, secret = ?
				WHERE owner_id = ? AND id = ?
				""", Sql.timestamp(previousValidUntil), secret, owner.value(), id);
		return (updated == 1) ? find(owner, id) : Optional.empty();
	}

	@Override
	public List<WebhookDelivery> deliveries(AccountId owner, long endpoint, @Nullable Long before, int limit) {
		return this.jdbc.query("SELECT " + DELIVERY_COLUMNS + """
				 FROM webhook_delivery d
				WHERE d.endpoint_id = (SELECT id FROM webhook_endpoint WHERE owner_id = ? AND id = ?) AND d.id < ?
				ORDER BY d.id DESC LIMIT ?
				""", JdbcWebhooks::delivery, owner.value(), endpoint, (before != null) ? before : Long.MAX_VALUE,
				limit);
	}

	@Override
	@Transactional
	public Optional<WebhookDelivery> redeliver(AccountId owner, long endpoint, long delivery, Instant now) {
		return this.jdbc.query("""
				INSERT INTO webhook_delivery (endpoint_id, event_id, type, payload, status, created_at)
				SELECT d.endpoint_id, d.event_id, d.type, d.payload, 'PENDING', ? FROM webhook_delivery d
				JOIN webhook_endpoint e ON e.id = d.endpoint_id
				WHERE e.owner_id = ? AND e.id = ? AND d.id = ?
				RETURNING
				""" + DELIVERY_COLUMNS, JdbcWebhooks::delivery, Sql.timestamp(now), owner.value(), endpoint, delivery)
			.stream()
			.findFirst();
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Lease> claimDue(Instant now, Instant leaseUntil) {
		UUID token = UUID.randomUUID();
		Optional<WebhookEndpoint> claimed = this.jdbc
			.query("""
					UPDATE webhook_endpoint w SET lease_token = ?, lease_until = ?
					FROM (SELECT id FROM webhook_endpoint
					      WHERE enabled AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)
					        AND (EXISTS (SELECT 1 FROM webhook_delivery d
					                     WHERE d.endpoint_id = webhook_endpoint.id AND d.status = 'PENDING')
					             OR EXISTS (SELECT 1 FROM change_feed f WHERE f.party_id = webhook_endpoint.owner_id
					                        AND f.position > webhook_endpoint.feed_position))
					      ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) due
					WHERE w.id = due.id
					RETURNING
					""" + COLUMNS.replace("id, owner_id", "w.id, owner_id"), JdbcWebhooks::endpoint, token,
					Sql.timestamp(leaseUntil), Sql.timestamp(now), Sql.timestamp(now))
			.stream()
			.findFirst();
		if (claimed.isEmpty()) {
			return Optional.empty();
		}
		WebhookEndpoint endpoint = claimed.get();
		Integer queued = this.jdbc.queryForObject("""
				WITH events AS (
				    SELECT f.position, f.type, f.occurred_at, f.data FROM change_feed f, webhook_endpoint w
				    WHERE w.id = ? AND f.party_id = w.owner_id AND f.position > w.feed_position
				    ORDER BY f.position LIMIT ?),
				queued AS (
				    INSERT INTO webhook_delivery (endpoint_id, event_id, type, payload, status, created_at)
				    SELECT ?, 'evt_' || e.position, e.type,
				           jsonb_build_object('type', e.type, 'timestamp', e.occurred_at, 'data', e.data)::text,
				           'PENDING', ?
				    FROM events e, webhook_endpoint w WHERE w.id = ? AND e.type = ANY (w.event_types)
				    ORDER BY e.position
				    RETURNING 1),
				moved AS (
				    UPDATE webhook_endpoint SET feed_position = (SELECT max(position) FROM events)
				    WHERE id = ? AND EXISTS (SELECT 1 FROM events)
				    RETURNING 1)
				SELECT count(*) FROM queued
				""", Integer.class, endpoint.id(), COLLECT_LIMIT, endpoint.id(), Sql.timestamp(now), endpoint.id(),
				endpoint.id());
		return Optional.of(new Lease(endpoint, token, (queued != null) ? queued : 0));
	}

	@Override
	public List<WebhookDelivery> pending(Lease lease, int limit) {
		return this.jdbc.query(
				"SELECT " + DELIVERY_COLUMNS
						+ " FROM webhook_delivery WHERE endpoint_id = ? AND status = 'PENDING' ORDER BY id LIMIT ?",
				JdbcWebhooks::delivery, lease.endpoint().id(), limit);
	}

	@Override
	@Transactional
	public boolean succeeded(Lease lease, long delivery, Attempt attempt) {
		if (!holds(lease)) {
			return false;
		}
		mark(delivery, "SUCCEEDED", attempt);
		this.jdbc.update("UPDATE webhook_endpoint SET consecutive_failures = 0 WHERE id = ?", lease.endpoint().id());
		return true;
	}

	@Override
	@Transactional
	public int failed(Lease lease, long delivery, Attempt attempt, Instant retryAt, int disableAfter,
			DisabledNotice notice) {
		if (!holds(lease)) {
			return -1;
		}
		mark(delivery, "PENDING", attempt);
		Integer run = this.jdbc.queryForObject("""
				UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1, next_attempt_at = ?,
				    enabled = consecutive_failures + 1 < ?,
				    disabled_reason = CASE WHEN consecutive_failures + 1 < ? THEN NULL ELSE ? END
				WHERE id = ? RETURNING consecutive_failures
				""", Integer.class, Sql.timestamp(retryAt), disableAfter, disableAfter,
				"disabled after " + disableAfter + " failed attempts in a row", lease.endpoint().id());
		int failures = (run != null) ? run : 0;
		if (failures >= disableAfter) {
			this.jdbc.update("""
					INSERT INTO platform_notice (seller_id, kind, subject, body, created_at)
					VALUES (?, 'WEBHOOK_DISABLED', ?, ?, ?)
					""", lease.endpoint().owner().value(), notice.subject(), notice.body(),
					Sql.timestamp(attempt.at()));
		}
		return failures;
	}

	@Override
	@Transactional
	public void release(Lease lease, Instant nextAt) {
		this.jdbc.update("""
				UPDATE webhook_endpoint SET lease_token = NULL, lease_until = NULL,
				    next_attempt_at = greatest(next_attempt_at, ?)
				WHERE id = ? AND lease_token = ?
				""", Sql.timestamp(nextAt), lease.endpoint().id(), lease.token());
	}

	private boolean holds(Lease lease) {
		List<Long> held = this.jdbc.queryForList(
				"SELECT id FROM webhook_endpoint WHERE id = ? AND lease_token = ? FOR UPDATE", Long.class,
				lease.endpoint().id(), lease.token());
		return !held.isEmpty();
	}

	private void mark(long delivery, String status, Attempt attempt) {
		this.jdbc.update("""
				UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, last_attempt_at = ?, last_status = ?,
				    last_latency_ms = ?, last_error = ?, response_excerpt = ?
				WHERE id = ?
				""", status, Sql.timestamp(attempt.at()), new SqlParameterValue(Types.INTEGER, attempt.status()),
				attempt.latencyMillis(), Sql.text(cut(attempt.error())), Sql.text(cut(attempt.responseExcerpt())),
				delivery);
	}

	private static @Nullable String cut(@Nullable String text) {
		return (text != null && text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text;
	}

	private static String types(Set<WebhookEvent> events) {
		return String.join(",", events.stream().map(WebhookEvent::wireName).sorted().toList());
	}

	private static WebhookEndpoint endpoint(ResultSet rs, int n) throws SQLException {
		Array array = rs.getArray("event_types");
		Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
		Arrays.stream((String[]) array.getArray())
			.forEach((name) -> WebhookEvent.ofWireName(name).ifPresent(events::add));
		return new WebhookEndpoint(rs.getLong("id"), AccountId.of(rs.getLong("owner_id")),
				URI.create(rs.getString("url")), rs.getString("description"), events, rs.getString("secret"),
				rs.getString("previous_secret"), rs.getBoolean("enabled"), rs.getString("disabled_reason"),
				rs.getInt("consecutive_failures"), Sql.instant(rs, "created_at"));
	}

	private static WebhookDelivery delivery(ResultSet rs, int n) throws SQLException {
		Integer status = rs.getInt("last_status");
		if (rs.wasNull()) {
			status = null;
		}
		Integer latency = rs.getInt("last_latency_ms");
		if (rs.wasNull()) {
			latency = null;
		}
		return new WebhookDelivery(rs.getLong("id"), rs.getLong("endpoint_id"), rs.getString("event_id"),
				rs.getString("type"), rs.getString("payload"), "SUCCEEDED".equals(rs.getString("status")),
				rs.getInt("attempts"), Sql.instant(rs, "created_at"), Sql.nullableInstant(rs, "last_attempt_at"),
				status, latency, rs.getString("last_error"), rs.getString("response_excerpt"));
	}

}
