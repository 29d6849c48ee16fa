package dev.parley.persistence.integration;

import java.net.URI;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import dev.parley.core.account.AccountId;
import dev.parley.core.integration.WebhookDelivery;
import dev.parley.core.integration.WebhookEndpoint;
import dev.parley.core.integration.WebhookEvent;
import dev.parley.core.integration.Webhooks;
import dev.parley.persistence.database.Sql;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhook endpoints and deliveries in PostgreSQL. A claim leases a batch of due endpoints
 * ({@code FOR UPDATE SKIP LOCKED}, a fresh token, {@code lease_until}) and, in the same
 * transaction, copies each owner's feed events after the endpoint's cursor into its queue
 * and moves the cursor: a crash either queues them and moves the cursor, or neither. A
 * turn's attempts are recorded together when its lease ends; that names the lease token,
 * so a worker that lost its lease changes nothing.
 */
@Component
@Transactional(readOnly = true)
class JdbcWebhooks implements Webhooks {

	private static final String COLUMNS = "id, owner_id, url, description, event_types, secret, "
			+ "CASE WHEN previous_valid_until > now() THEN previous_secret END AS previous_secret, "
			+ "enabled, disabled_reason, consecutive_failures, created_at";

	private static final String DELIVERY_COLUMNS = "id, endpoint_id, event_id, thread_id, type, payload, status, attempts, "
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
				INSERT INTO webhook_delivery (endpoint_id, event_id, thread_id, type, payload, status, created_at)
				SELECT d.endpoint_id, d.event_id, d.thread_id, d.type, d.payload, 'PENDING', ? FROM webhook_delivery d
				JOIN webhook_endpoint e ON e.id = d.endpoint_id
				WHERE e.owner_id = ? AND e.id = ? AND d.id = ?
				RETURNING
				""" + DELIVERY_COLUMNS, JdbcWebhooks::delivery, Sql.timestamp(now), owner.value(), endpoint, delivery)
			.stream()
			.findFirst();
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<Lease> claimDue(Instant now, Instant leaseUntil, int max) {
		UUID token = UUID.randomUUID();
		List<WebhookEndpoint> claimed = this.jdbc.query("""
				UPDATE webhook_endpoint w SET lease_token = ?, lease_until = ?
				FROM (SELECT id FROM webhook_endpoint
				      WHERE enabled AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)
				        AND (EXISTS (SELECT 1 FROM webhook_delivery d
				                     WHERE d.endpoint_id = webhook_endpoint.id AND d.status = 'PENDING')
				             OR EXISTS (SELECT 1 FROM change_feed f WHERE f.party_id = webhook_endpoint.owner_id
				                        AND f.position > webhook_endpoint.feed_position))
				      ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED) due
				WHERE w.id = due.id
				RETURNING
				""" + COLUMNS.replace("id, owner_id", "w.id, owner_id"), JdbcWebhooks::endpoint, token,
				Sql.timestamp(leaseUntil), Sql.timestamp(now), Sql.timestamp(now), max);
		if (claimed.isEmpty()) {
			return List.of();
		}
		Long[] ids = claimed.stream().map(WebhookEndpoint::id).toArray(Long[]::new);
		// Every claimed endpoint's next feed events (at most COLLECT_LIMIT each) queued
		// and
		// its cursor moved past them, in one statement.
		Map<Long, Integer> queued = new HashMap<>();
		this.jdbc.query("""
				WITH events AS (
				    SELECT w.id AS endpoint_id, w.event_types, e.* FROM webhook_endpoint w
				    CROSS JOIN LATERAL (
				        SELECT f.position, f.type, f.thread_id, f.occurred_at, f.data FROM change_feed f
				        WHERE f.party_id = w.owner_id AND f.position > w.feed_position
				        ORDER BY f.position LIMIT ?) e
				    WHERE w.id = ANY (?)),
				queued AS (
				    INSERT INTO webhook_delivery (endpoint_id, event_id, thread_id, type, payload, status, created_at)
				    SELECT e.endpoint_id, 'evt_' || e.position, e.thread_id, e.type,
				           jsonb_build_object('type', e.type, 'timestamp', e.occurred_at, 'data', e.data)::text,
				           'PENDING', ?
				    FROM events e WHERE e.type = ANY (e.event_types)
				    ORDER BY e.endpoint_id, e.position
				    RETURNING endpoint_id),
				moved AS (
				    UPDATE webhook_endpoint w SET feed_position = m.position
				    FROM (SELECT endpoint_id, max(position) AS position FROM events GROUP BY endpoint_id) m
				    WHERE w.id = m.endpoint_id
				    RETURNING 1)
				SELECT endpoint_id, count(*) AS queued FROM queued GROUP BY endpoint_id
				""", (rs) -> {
			queued.put(rs.getLong("endpoint_id"), rs.getInt("queued"));
		}, COLLECT_LIMIT, new SqlParameterValue(Types.ARRAY, ids), Sql.timestamp(now));
		return claimed.stream()
			.map((endpoint) -> new Lease(endpoint, token, queued.getOrDefault(endpoint.id(), 0)))
			.toList();
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
	public int finish(Lease lease, List<Outcome> outcomes, Instant now, Instant retryAt, int disableAfter,
			Supplier<DisabledNotice> notice) {
		List<Long> held = this.jdbc.queryForList(
				"SELECT id FROM webhook_endpoint WHERE id = ? AND lease_token = ? FOR UPDATE", Long.class,
				lease.endpoint().id(), lease.token());
		if (held.isEmpty()) {
			return -1;
		}
		if (!outcomes.isEmpty()) {
			mark(lease.endpoint().id(), outcomes);
		}
		boolean succeeded = outcomes.stream().anyMatch(Outcome::succeeded);
		boolean failed = outcomes.stream().anyMatch((outcome) -> !outcome.succeeded());
		if (!failed) {
			this.jdbc.update("""
					UPDATE webhook_endpoint SET lease_token = NULL, lease_until = NULL,
					    consecutive_failures = CASE WHEN ? THEN 0 ELSE consecutive_failures END,
					    next_attempt_at = greatest(next_attempt_at, ?)
					WHERE id = ?
					""", succeeded, Sql.timestamp(now), lease.endpoint().id());
			return 0;
		}
		Integer run = this.jdbc.queryForObject(
				"""
						WITH run AS (SELECT id, CASE WHEN ? THEN 0 ELSE consecutive_failures END + 1 AS failures
						             FROM webhook_endpoint WHERE id = ?)
						UPDATE webhook_endpoint w SET lease_token = NULL, lease_until = NULL, consecutive_failures = run.failures,
						    next_attempt_at = ?, enabled = run.failures < ?,
						    disabled_reason = CASE WHEN run.failures < ? THEN NULL ELSE ? END
						FROM run WHERE w.id = run.id RETURNING w.consecutive_failures
						""",
				Integer.class, succeeded, lease.endpoint().id(), Sql.timestamp(retryAt), disableAfter, disableAfter,
				"disabled after " + disableAfter + " failed attempts in a row");
		int failures = (run != null) ? run : 0;
		if (failures >= disableAfter) {
			DisabledNotice disabled = notice.get();
			this.jdbc.update("""
					INSERT INTO platform_notice (seller_id, kind, subject, body, created_at)
					VALUES (?, 'WEBHOOK_DISABLED', ?, ?, ?)
					""", lease.endpoint().owner().value(), disabled.subject(), disabled.body(), Sql.timestamp(now));
		}
		return failures;
	}

	/** Every attempt of a turn recorded on its delivery, in one statement. */
	private void mark(long endpoint, List<Outcome> outcomes) {
		int n = outcomes.size();
		Long[] ids = new Long[n];
		String[] statuses = new String[n];
		String[] at = new String[n];
		Integer[] answers = new Integer[n];
		Integer[] latencies = new Integer[n];
		String[] errors = new String[n];
		String[] excerpts = new String[n];
		for (int i = 0; i < n; i++) {
			Outcome outcome = outcomes.get(i);
			Attempt attempt = outcome.attempt();
			ids[i] = outcome.delivery();
			statuses[i] = outcome.succeeded() ? "SUCCEEDED" : "PENDING";
			at[i] = attempt.at().toString();
			answers[i] = attempt.status();
			latencies[i] = attempt.latencyMillis();
			errors[i] = cut(attempt.error());
			excerpts[i] = cut(attempt.responseExcerpt());
		}
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			try (PreparedStatement update = connection.prepareStatement(
					"""
							UPDATE webhook_delivery d SET status = u.status, attempts = d.attempts + 1, last_attempt_at = u.at,
							    last_status = u.answer, last_latency_ms = u.latency, last_error = u.error,
							    response_excerpt = u.excerpt
							FROM unnest(?::bigint[], ?::text[], ?::timestamptz[], ?::integer[], ?::integer[], ?::text[], ?::text[])
							     AS u(id, status, at, answer, latency, error, excerpt)
							WHERE d.id = u.id AND d.endpoint_id = ?
							""")) {
				update.setArray(1, connection.createArrayOf("bigint", ids));
				update.setArray(2, connection.createArrayOf("text", statuses));
				update.setArray(3, connection.createArrayOf("text", at));
				update.setArray(4, connection.createArrayOf("integer", answers));
				update.setArray(5, connection.createArrayOf("integer", latencies));
				update.setArray(6, connection.createArrayOf("text", errors));
				update.setArray(7, connection.createArrayOf("text", excerpts));
				update.setLong(8, endpoint);
				update.executeUpdate();
			}
			return null;
		});
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
				Sql.nullableLong(rs, "thread_id"), rs.getString("type"), rs.getString("payload"),
				"SUCCEEDED".equals(rs.getString("status")), rs.getInt("attempts"), Sql.instant(rs, "created_at"),
				Sql.nullableInstant(rs, "last_attempt_at"), status, latency, rs.getString("last_error"),
				rs.getString("response_excerpt"));
	}

}
