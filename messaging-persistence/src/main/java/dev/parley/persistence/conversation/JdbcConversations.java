package dev.parley.persistence.conversation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.chain.CanonicalForm;
import dev.parley.core.chain.HashChain;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.ChainVerification;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.NewMessage;
import dev.parley.core.conversation.Redaction;
import dev.parley.core.conversation.ReportReason;
import dev.parley.core.conversation.Sender;
import dev.parley.core.conversation.ThreadEvent;
import dev.parley.core.conversation.ThreadHead;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.ThreadKey;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.conversation.ThreadChange;
import dev.parley.core.conversation.Visibility;
import dev.parley.core.conversation.Topic;
import dev.parley.core.order.OrderId;
import dev.parley.persistence.database.Sql;
import dev.parley.persistence.inbox.InboxCounters;
import dev.parley.persistence.inbox.InboxCounters.Delta;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threads, messages and events in PostgreSQL with plain JDBC: the send path's hot
 * statements.
 * <p>
 * Every writer locks the thread row first ({@code SELECT … FOR UPDATE}); with that lock
 * it reads the thread's state and both inbox rows, computes the new state here, and
 * writes message, attachments, summary, inbox rows, response record and counters in one
 * statement (data-modifying CTEs). An append is two round trips after the caller's lock,
 * three with attachments.
 * <p>
 * A {@code @Component} rather than a {@code @Repository}: the JPA exception translator
 * that Spring applies to repositories turns {@code IllegalArgumentException} and
 * {@code IllegalStateException} into {@code InvalidDataAccessApiUsageException}, but the
 * port promises those exceptions; {@code JdbcTemplate} already translates SQL errors.
 */
@Component
@Transactional(readOnly = true)
class JdbcConversations implements Conversations {

	static final int SNIPPET_LENGTH = 200;

	private static final String SUMMARY_COLUMNS = """
			t.id, t.buyer_id, t.seller_id, t.order_id, t.subject, t.created_at, t.last_activity_at, t.message_count,
			t.awaiting_since, t.review_requested, t.open_flags,
			coalesce(eb.last_read_seq, 0) AS buyer_read, coalesce(es.last_read_seq, 0) AS seller_read
			FROM thread t
			LEFT JOIN inbox_entry eb ON eb.owner_id = t.buyer_id AND eb.thread_id = t.id
			LEFT JOIN inbox_entry es ON es.owner_id = t.seller_id AND es.thread_id = t.id
			""";

	private static final String MESSAGE_COLUMNS = """
			m.id, m.thread_id, m.seq, m.sender, m.author_id, m.action, m.topic, m.subject, m.html, m.body_text,
			m.sent_at, m.delivery, m.important, m.proactive, m.visible_to, m.hash,
			ARRAY(SELECT (r ->> 'rule') || ':' || (r ->> 'start') || ':' || (r ->> 'end')
			      FROM jsonb_array_elements(m.redactions) WITH ORDINALITY AS x (r, n) ORDER BY n) AS redactions
			""";

	private final JdbcTemplate jdbc;

	JdbcConversations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ThreadSummary> find(ThreadId id) {
		return first(this.jdbc.query("SELECT " + SUMMARY_COLUMNS + " WHERE t.id = ?", JdbcConversations::summary,
				id.value()));
	}

	@Override
	public Optional<ThreadSummary> find(ThreadKey key) {
		return first(this.jdbc.query(
				"SELECT " + SUMMARY_COLUMNS
						+ " WHERE t.buyer_id = ? AND t.seller_id = ? AND t.order_id IS NOT DISTINCT FROM ?",
				JdbcConversations::summary, key.buyer().value(), key.seller().value(), orderParameter(key)));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public ThreadSummary lockOrCreate(ThreadKey key, String subject, Instant now) {
		Optional<ThreadSummary> existing = lockByKey(key);
		if (existing.isPresent()) {
			return existing.get();
		}
		// Two first contacts at once: the second INSERT waits for the first and then does
		// nothing; both then lock the same row.
		Instant at = CanonicalForm.truncate(now);
		this.jdbc.update(
				"INSERT INTO thread (buyer_id, seller_id, order_id, subject, created_at, last_activity_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT thread_key DO NOTHING",
				key.buyer().value(), key.seller().value(), orderParameter(key), subject, Sql.timestamp(at),
				Sql.timestamp(at));
		return lockByKey(key).orElseThrow(() -> new IllegalStateException("thread " + key + " vanished"));
	}

	private Optional<ThreadSummary> lockByKey(ThreadKey key) {
		return first(this.jdbc.query(
				"SELECT " + SUMMARY_COLUMNS + " WHERE t.buyer_id = ? AND t.seller_id = ? "
						+ "AND t.order_id IS NOT DISTINCT FROM ? FOR UPDATE OF t",
				JdbcConversations::summary, key.buyer().value(), key.seller().value(), orderParameter(key)));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<ThreadSummary> lock(ThreadId id) {
		return first(this.jdbc.query("SELECT " + SUMMARY_COLUMNS + " WHERE t.id = ? FOR UPDATE OF t",
				JdbcConversations::summary, id.value()));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Message append(ThreadId thread, NewMessage message, ThreadChange change) {
		LockedThread state = lockState(thread);
		List<AttachmentInfo> attachments = takeUploads(message);
		if (message.sender() == Sender.SYSTEM && (!message.attachments().isEmpty()
				|| change.visibility() == Visibility.BOTH || change.answered() != null)) {
			throw new IllegalStateException("system notes carry no attachments, are the seller's and answer nothing");
		}
		int seq = state.messageCount + 1;
		Instant sentAt = CanonicalForm.truncate(message.sentAt());
		if (state.messageCount > 0 && sentAt.isBefore(state.lastActivityAt)) {
			// The thread model never dates a message before the thread's last one:
			// sequence
			// order is time order.
			throw new IllegalStateException("message at " + sentAt + " is older than the thread's last message");
		}
		List<String> digests = attachments.stream().map(AttachmentInfo::sha256).toList();
		NewMessage stored = new NewMessage(message.sender(), message.author(), message.action(), message.topic(),
				message.subject(), message.html(), message.text(), message.attachments(), sentAt, message.delivery(),
				message.important(), message.proactive(), message.redactions());
		byte[] hash = HashChain.link(state.lastHash, CanonicalForm.of(thread, seq, stored, digests));

		Sender sender = message.sender();
		boolean visibleToBuyer = change.visibility() == Visibility.BOTH;
		Instant awaitingAfter = (change.awaitingSince() != null) ? CanonicalForm.truncate(change.awaitingSince())
				: null;
		Instant dueAfter = (awaitingAfter != null) ? awaitingAfter.plus(ThreadSummary.RESPONSE_DUE) : null;
		ThreadChange.Answer answer = change.answered();

		List<Object> p = new ArrayList<>();
		StringBuilder sql = new StringBuilder();
		sql.append("WITH m AS (INSERT INTO message (thread_id, seq, sender, author_id, action, topic, subject, html, "
				+ "body_text, sent_at, delivery, important, proactive, redactions, visible_to, prev_hash, hash) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) RETURNING id)");
		add(p, thread.value(), seq, sender.name(), Sql.bigint(authorId(message)), message.action().name(),
				Sql.text((message.topic() != null) ? message.topic().name() : null), message.subject(), message.html(),
				message.text(), Sql.timestamp(sentAt), message.delivery().name(), message.important(),
				message.proactive(), redactionsJson(message.redactions()), change.visibility().name(), state.lastHash,
				hash);

		// The chain head (last_hash) moves in the database (V141), checked against
		// prev_hash.
		sql.append(", t AS (UPDATE thread SET message_count = ?, last_activity_at = ?, "
				+ "awaiting_since = ?, review_requested = review_requested OR ?, "
				+ "created_at = CASE WHEN ? = 1 THEN ? ELSE created_at END WHERE id = ?)");
		add(p, seq, Sql.timestamp(sentAt), Sql.timestamp(awaitingAfter), change.reviewRequested(), seq,
				Sql.timestamp(sentAt), thread.value());

		if (!attachments.isEmpty()) {
			Long[] ids = attachments.stream().map((a) -> a.id().value()).toArray(Long[]::new);
			sql.append(", a AS (INSERT INTO attachment (id, thread_id, owner_id, file_name, content_type, size, "
					+ "sha256, content, uploaded_at) SELECT u.id, ?, u.owner_id, u.file_name, u.content_type, u.size, "
					+ "u.sha256, u.content, u.uploaded_at FROM upload u WHERE u.id = ANY (?))");
			add(p, thread.value(), new SqlParameterValue(Types.ARRAY, ids));
			sql.append(", l AS (INSERT INTO message_attachment (message_id, position, attachment_id) "
					+ "SELECT m.id, x.n, x.id FROM m, unnest(?::bigint[]) WITH ORDINALITY AS x (id, n))");
			add(p, new SqlParameterValue(Types.ARRAY, ids));
			sql.append(", d AS (DELETE FROM upload WHERE id = ANY (?))");
			add(p, new SqlParameterValue(Types.ARRAY, ids));
		}
		if (answer != null) {
			sql.append(", r AS (INSERT INTO response_record (seller_id, thread_id, awaited_since, answered_at, kind) "
					+ "VALUES (?, ?, ?, ?, 'REPLY'))");
			add(p, state.seller, thread.value(), Sql.timestamp(CanonicalForm.truncate(answer.awaitedSince())),
					Sql.timestamp(CanonicalForm.truncate(answer.answeredAt())));
		}

		String searchText = message.subject().equals(state.subject) ? message.text()
				: message.subject() + " " + message.text();
		// A buyer who first sees the thread after messages withheld from them sees it
		// under this message's subject, never under one they were not shown.
		String buyerTitle = (!state.buyerEntry.exists && state.messageCount > 0) ? message.subject() : state.subject;
		List<Delta> deltas = new ArrayList<>();
		if (visibleToBuyer) {
			boolean author = sender == Sender.BUYER;
			boolean unreadAfter = !author;
			deltas.add(Delta.of(state.buyer)
				.withAll(state.buyerEntry.exists ? 0 : 1)
				.withUnread(Delta.change(state.buyerEntry.unread, unreadAfter))
				.withSent(Delta.change(state.buyerEntry.sent, state.buyerEntry.sent || author)));
			upsertEntry(sql, p, "eb", state, buyerTitle, state.buyer, "BUYER", state.seller, state.sellerName, message,
					seq, sentAt, author, !author, null, searchText);
		}
		boolean sellerAuthor = sender == Sender.SELLER;
		boolean sellerUnreadAfter = switch (sender) {
			case SELLER -> false;
			case BUYER -> true;
			case SYSTEM -> state.sellerEntry.unread;
		};
		deltas.add(Delta.of(state.seller)
			.withAll(state.sellerEntry.exists ? 0 : 1)
			.withCompany((!state.sellerEntry.exists && state.businessBuyer) ? 1 : 0)
			.withUnread(Delta.change(state.sellerEntry.unread, sellerUnreadAfter))
			.withSent(Delta.change(state.sellerEntry.sent, state.sellerEntry.sent || sellerAuthor))
			.withNeedsResponse(Delta.change(state.sellerEntry.due, dueAfter != null)));
		upsertEntry(sql, p, "es", state, state.subject, state.seller, "SELLER", state.buyer, state.buyerName, message,
				seq, sentAt, sellerAuthor, sender == Sender.BUYER, dueAfter, searchText);
		deltas.add(Delta.of(InboxCounters.MARKETPLACE).withAll(state.sellerEntry.exists ? 0 : 1));

		List<Object> counterParameters = new ArrayList<>();
		String counters = InboxCounters.upsert(deltas, thread.value(), counterParameters);
		if (counters != null) {
			sql.append(", c AS (").append(counters).append(")");
			p.addAll(counterParameters);
		}
		sql.append(" SELECT id FROM m");

		Long id = this.jdbc.queryForObject(sql.toString(), Long.class, p.toArray());
		return new Message(MessageId.of(id), thread, seq, sender, message.author(), message.action(), message.topic(),
				message.subject(), message.html(), message.text(), attachments, sentAt, message.delivery(),
				message.important(), message.proactive(), message.redactions(), change.visibility(), hash);
	}

	private static void upsertEntry(StringBuilder sql, List<Object> p, String name, LockedThread state, String title,
			long owner, String role, long counterpart, String counterpartName, NewMessage message, int seq,
			Instant sentAt, boolean author, boolean fromOther, @Nullable Instant dueAt, String searchText) {
		sql.append(", ")
			.append(name)
			.append(" AS (INSERT INTO inbox_entry AS e (owner_id, thread_id, owner_role, ")
			.append("counterpart_id, counterpart_name, business_buyer, order_id, subject, snippet, last_sender, ")
			.append("last_activity_at, message_count, last_read_seq, last_other_seq, last_sent_at, due_at, ")
			.append("open_flags, attachment_count, search) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ")
			.append("parley_search_vector(?, ?, ?)) ")
			.append("ON CONFLICT (owner_id, thread_id) DO UPDATE SET snippet = EXCLUDED.snippet, ")
			.append("last_sender = EXCLUDED.last_sender, last_activity_at = EXCLUDED.last_activity_at, ")
			.append("message_count = e.message_count + 1, ")
			.append("last_read_seq = greatest(e.last_read_seq, EXCLUDED.last_read_seq), ")
			.append("last_other_seq = greatest(e.last_other_seq, EXCLUDED.last_other_seq), ")
			.append("last_sent_at = coalesce(EXCLUDED.last_sent_at, e.last_sent_at), due_at = EXCLUDED.due_at, ")
			.append("attachment_count = e.attachment_count + EXCLUDED.attachment_count, ")
			// The new lexemes only, bounded (V110), each naming the row's owner (V170): a
			// reply's cost does not grow with the thread.
			.append("search = parley_search_add(e.search, ?, e.owner_id))");
		String header = ((state.order != null) ? state.order + " " : "") + counterpartName + " " + title;
		add(p, owner, state.id, role, counterpart, counterpartName, state.businessBuyer, Sql.text(state.order), title,
				snippet(message.text()), message.sender().name(), Sql.timestamp(sentAt), author ? seq : 0,
				fromOther ? seq : 0, Sql.timestamp(author ? sentAt : null), Sql.timestamp(dueAt), state.openFlags,
				message.attachments().size(), owner, header, searchText, searchText);
	}

	/**
	 * The text stripped, with each run of ASCII whitespace (the regex class {@code \s})
	 * as one space, cut to {@link #SNIPPET_LENGTH} characters (never inside a surrogate
	 * pair) with an ellipsis. Only as much of the text is read as the snippet needs: a
	 * regular expression over a whole 2 KB body, twice per reply, was 4 % of a reply's
	 * CPU.
	 * @param text the message text
	 * @return its snippet
	 */
	static String snippet(String text) {
		String stripped = text.strip();
		StringBuilder collapsed = new StringBuilder(Math.min(stripped.length(), SNIPPET_LENGTH + 1));
		boolean inSpace = false;
		for (int i = 0; i < stripped.length() && collapsed.length() <= SNIPPET_LENGTH; i++) {
			char c = stripped.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
				if (!inSpace) {
					collapsed.append(' ');
				}
				inSpace = true;
			}
			else {
				collapsed.append(c);
				inSpace = false;
			}
		}
		if (collapsed.length() <= SNIPPET_LENGTH) {
			return collapsed.toString();
		}
		int end = SNIPPET_LENGTH;
		if (Character.isHighSurrogate(collapsed.charAt(end - 1))) {
			end--;
		}
		return collapsed.substring(0, end) + "…";
	}

	/**
	 * The state an append needs, read after the caller's {@code lock}: a statement that
	 * waits for a row lock re-reads only the locked row, so inbox rows joined in the
	 * locking statement could be older than the lock. Reading them in a second statement,
	 * once the lock is held, sees what the previous holder committed.
	 * @param thread the locked thread
	 * @return its state
	 */
	private LockedThread lockState(ThreadId thread) {
		List<LockedThread> rows = this.jdbc.query("""
				SELECT t.id, t.buyer_id, t.seller_id, t.order_id, t.subject, t.message_count, t.last_hash,
				       t.awaiting_since, t.open_flags, t.last_activity_at,
				       b.display_name AS buyer_name, b.business_buyer, s.display_name AS seller_name,
				       eb.owner_id IS NOT NULL AS buyer_exists, coalesce(eb.unread, false) AS buyer_unread,
				       eb.last_sent_at IS NOT NULL AS buyer_sent,
				       es.owner_id IS NOT NULL AS seller_exists, coalesce(es.unread, false) AS seller_unread,
				       es.last_sent_at IS NOT NULL AS seller_sent, es.due_at IS NOT NULL AS seller_due,
				       coalesce(eb.last_read_seq, 0) AS buyer_read, coalesce(es.last_read_seq, 0) AS seller_read
				FROM thread t
				JOIN account b ON b.id = t.buyer_id
				JOIN account s ON s.id = t.seller_id
				LEFT JOIN inbox_entry eb ON eb.owner_id = t.buyer_id AND eb.thread_id = t.id
				LEFT JOIN inbox_entry es ON es.owner_id = t.seller_id AND es.thread_id = t.id
				WHERE t.id = ?
				FOR UPDATE OF t
				""", (rs, n) -> new LockedThread(rs), thread.value());
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("no thread " + thread);
		}
		return rows.get(0);
	}

	private List<AttachmentInfo> takeUploads(NewMessage message) {
		if (message.attachments().isEmpty()) {
			return List.of();
		}
		Long[] ids = message.attachments().stream().map(AttachmentId::value).toArray(Long[]::new);
		Map<Long, AttachmentInfo> found = new LinkedHashMap<>();
		this.jdbc.query(
				"SELECT id, owner_id, file_name, content_type, size, sha256 FROM upload WHERE id = ANY (?) FOR UPDATE",
				(ResultSet rs) -> {
					if (message.author() == null || rs.getLong("owner_id") != message.author().value()) {
						throw new IllegalStateException(
								"attachment " + rs.getLong("id") + " is not an upload of " + message.author());
					}
					found.put(rs.getLong("id"), attachmentInfo(rs));
				}, new SqlParameterValue(Types.ARRAY, ids));
		List<AttachmentInfo> ordered = new ArrayList<>();
		for (AttachmentId id : message.attachments()) {
			AttachmentInfo info = found.get(id.value());
			if (info == null || ordered.contains(info)) {
				throw new IllegalStateException("attachment " + id + " is not an unsent upload of " + message.author());
			}
			ordered.add(info);
		}
		return ordered;
	}

	static AttachmentInfo attachmentInfo(ResultSet rs) throws SQLException {
		return new AttachmentInfo(AttachmentId.of(rs.getLong("id")), rs.getString("file_name"),
				rs.getString("content_type"), rs.getLong("size"), HexFormat.of().formatHex(rs.getBytes("sha256")));
	}

	@Override
	public List<Message> messages(ThreadId thread) {
		List<Message> messages = this.jdbc.query(
				"SELECT " + MESSAGE_COLUMNS + " FROM message m WHERE m.thread_id = ? ORDER BY m.seq",
				(rs, n) -> message(rs, List.of()), thread.value());
		Map<Long, List<AttachmentInfo>> attachments = new LinkedHashMap<>();
		this.jdbc.query(
				"""
						SELECT l.message_id, a.id, a.file_name, a.content_type, a.size, a.sha256
						FROM message m JOIN message_attachment l ON l.message_id = m.id JOIN attachment a ON a.id = l.attachment_id
						WHERE m.thread_id = ? ORDER BY l.message_id, l.position
						""",
				(ResultSet rs) -> {
					attachments.computeIfAbsent(rs.getLong("message_id"), (k) -> new ArrayList<>())
						.add(attachmentInfo(rs));
				}, thread.value());
		if (attachments.isEmpty()) {
			return messages;
		}
		return messages.stream().map((m) -> withAttachments(m, attachments.get(m.id().value()))).toList();
	}

	@Override
	public Optional<Message> message(MessageId id) {
		Optional<Message> message = first(
				this.jdbc.query("SELECT " + MESSAGE_COLUMNS + " FROM message m WHERE m.id = ?",
						(rs, n) -> message(rs, List.of()), id.value()));
		return message.map((m) -> withAttachments(m,
				this.jdbc.query("SELECT a.id, a.file_name, a.content_type, a.size, a.sha256 FROM message_attachment l "
						+ "JOIN attachment a ON a.id = l.attachment_id WHERE l.message_id = ? ORDER BY l.position",
						(rs, n) -> attachmentInfo(rs), id.value())));
	}

	private static Message withAttachments(Message m, @Nullable List<AttachmentInfo> attachments) {
		if (attachments == null || attachments.isEmpty()) {
			return m;
		}
		return new Message(m.id(), m.thread(), m.seq(), m.sender(), m.author(), m.action(), m.topic(), m.subject(),
				m.html(), m.text(), attachments, m.sentAt(), m.delivery(), m.important(), m.proactive(), m.redactions(),
				m.visibility(), m.hash());
	}

	@Override
	public List<ThreadEvent> events(ThreadId thread) {
		return this.jdbc.query("SELECT * FROM thread_event WHERE thread_id = ? ORDER BY id", JdbcConversations::event,
				thread.value());
	}

	@Override
	@Transactional
	public void markRead(ThreadId thread, AccountId reader, Instant at) {
		List<Object[]> rows = this.jdbc.query("""
				SELECT t.buyer_id, t.seller_id, t.message_count, e.last_read_seq, coalesce(e.unread, false) AS unread
				FROM thread t LEFT JOIN inbox_entry e ON e.owner_id = ? AND e.thread_id = t.id
				WHERE t.id = ? FOR UPDATE OF t
				""",
				(rs, n) -> new Object[] { rs.getLong("buyer_id"), rs.getLong("seller_id"), rs.getInt("message_count"),
						Sql.nullableLong(rs, "last_read_seq"), rs.getBoolean("unread") },
				reader.value(), thread.value());
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("no thread " + thread);
		}
		Object[] row = rows.get(0);
		if ((long) row[0] != reader.value() && (long) row[1] != reader.value()) {
			throw new IllegalArgumentException(reader + " is not a party of thread " + thread);
		}
		int upTo = (int) row[2];
		Long read = (Long) row[3];
		if (read == null || read >= upTo) {
			// Nothing visible to the reader yet, or nothing new: no event.
			return;
		}
		List<Object> p = new ArrayList<>();
		StringBuilder sql = new StringBuilder(
				"WITH ev AS (INSERT INTO thread_event (thread_id, type, actor_id, at, read_seq) VALUES (?, 'READ', ?, ?, ?)), "
						+ "e AS (UPDATE inbox_entry SET last_read_seq = ? WHERE owner_id = ? AND thread_id = ?)");
		add(p, thread.value(), reader.value(), Sql.timestamp(CanonicalForm.truncate(at)), upTo, upTo, reader.value(),
				thread.value());
		List<Object> counterParameters = new ArrayList<>();
		String counters = InboxCounters.upsert(
				List.of(Delta.of(reader.value()).withUnread(Delta.change((boolean) row[4], false))), thread.value(),
				counterParameters);
		if (counters != null) {
			sql.append(", c AS (").append(counters).append(")");
			p.addAll(counterParameters);
		}
		execute(sql.append(" SELECT 1").toString(), p);
	}

	@Override
	@Transactional
	public boolean markUnread(ThreadId thread, AccountId reader, Instant at) {
		List<Object[]> rows = this.jdbc.query("""
				SELECT t.buyer_id, t.seller_id, e.last_other_seq, coalesce(e.unread, false) AS unread
				FROM thread t LEFT JOIN inbox_entry e ON e.owner_id = ? AND e.thread_id = t.id
				WHERE t.id = ? FOR UPDATE OF t
				""",
				(rs, n) -> new Object[] { rs.getLong("buyer_id"), rs.getLong("seller_id"),
						Sql.nullableLong(rs, "last_other_seq"), rs.getBoolean("unread") },
				reader.value(), thread.value());
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("no thread " + thread);
		}
		Object[] row = rows.get(0);
		if ((long) row[0] != reader.value() && (long) row[1] != reader.value()) {
			throw new IllegalArgumentException(reader + " is not a party of thread " + thread);
		}
		Long otherSeq = (Long) row[2];
		if (otherSeq == null || otherSeq == 0 || (boolean) row[3]) {
			// Nothing from the other party to read again, or unread already: no event.
			return false;
		}
		// The other party's last message becomes unread again; opening the thread reads
		// it.
		int mark = (int) (otherSeq - 1);
		List<Object> p = new ArrayList<>();
		StringBuilder sql = new StringBuilder(
				"WITH ev AS (INSERT INTO thread_event (thread_id, type, actor_id, at, read_seq) VALUES (?, 'UNREAD', ?, ?, ?)), "
						+ "e AS (UPDATE inbox_entry SET last_read_seq = ? WHERE owner_id = ? AND thread_id = ?)");
		add(p, thread.value(), reader.value(), Sql.timestamp(CanonicalForm.truncate(at)), mark, mark, reader.value(),
				thread.value());
		List<Object> counterParameters = new ArrayList<>();
		String counters = InboxCounters.upsert(List.of(Delta.of(reader.value()).withUnread(1)), thread.value(),
				counterParameters);
		sql.append(", c AS (").append(counters).append(")");
		p.addAll(counterParameters);
		execute(sql.append(" SELECT 1").toString(), p);
		return true;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean markNoResponseNeeded(ThreadId thread, AccountId seller, Instant at) {
		List<Object[]> rows = this.jdbc.query(
				"SELECT t.seller_id, t.awaiting_since FROM thread t WHERE t.id = ? FOR UPDATE OF t",
				(rs, n) -> new Object[] { rs.getLong("seller_id"), Sql.nullableInstant(rs, "awaiting_since") },
				thread.value());
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("no thread " + thread);
		}
		if ((long) rows.get(0)[0] != seller.value()) {
			throw new IllegalArgumentException(seller + " is not the seller of thread " + thread);
		}
		Instant awaiting = (Instant) rows.get(0)[1];
		if (awaiting == null) {
			return false;
		}
		Instant answeredAt = CanonicalForm.truncate(at);
		if (answeredAt.isBefore(awaiting)) {
			answeredAt = awaiting;
		}
		List<Object> p = new ArrayList<>();
		StringBuilder sql = new StringBuilder(
				"""
						WITH ev AS (INSERT INTO thread_event (thread_id, type, actor_id, at) VALUES (?, 'NO_RESPONSE_NEEDED', ?, ?)),
						r AS (INSERT INTO response_record (seller_id, thread_id, awaited_since, answered_at, kind)
						      VALUES (?, ?, ?, ?, 'NO_RESPONSE_NEEDED')),
						t AS (UPDATE thread SET awaiting_since = NULL WHERE id = ?),
						e AS (UPDATE inbox_entry SET due_at = NULL WHERE owner_id = ? AND thread_id = ?)
						""");
		add(p, thread.value(), seller.value(), Sql.timestamp(answeredAt), seller.value(), thread.value(),
				Sql.timestamp(awaiting), Sql.timestamp(answeredAt), thread.value(), seller.value(), thread.value());
		List<Object> counterParameters = new ArrayList<>();
		String counters = InboxCounters.upsert(List.of(Delta.of(seller.value()).withNeedsResponse(-1)), thread.value(),
				counterParameters);
		sql.append(", c AS (").append(counters).append(") SELECT 1");
		p.addAll(counterParameters);
		execute(sql.toString(), p);
		return true;
	}

	@Override
	@Transactional
	public ThreadEvent report(ThreadId thread, AccountId reporter, MessageId message, ReportReason reason,
			@Nullable String note, Instant at) {
		List<ThreadEvent> events = this.jdbc.query("""
				INSERT INTO thread_event (thread_id, type, actor_id, message_id, at, reason, note)
				SELECT t.id, 'REPORT', ?, m.id, ?, ?, ?
				FROM thread t JOIN message m ON m.thread_id = t.id
				WHERE t.id = ? AND m.id = ? AND ? IN (t.buyer_id, t.seller_id) AND m.author_id IS DISTINCT FROM ?
				RETURNING *
				""", JdbcConversations::event, reporter.value(), Sql.timestamp(CanonicalForm.truncate(at)),
				reason.name(), Sql.text(note), thread.value(), message.value(), reporter.value(), reporter.value());
		if (events.isEmpty()) {
			throw new IllegalArgumentException(reporter + " cannot report message " + message + " of thread " + thread
					+ ": not the other party's");
		}
		return events.get(0);
	}

	@Override
	public ChainVerification verifyChain(ThreadId thread, @Nullable ThreadHead anchor) {
		return ChainReads.verify(this.jdbc, thread, messages(thread), anchor);
	}

	private static Object orderParameter(ThreadKey key) {
		return Sql.text((key.order() != null) ? key.order().value() : null);
	}

	private static @Nullable Long authorId(NewMessage message) {
		return (message.author() != null) ? message.author().value() : null;
	}

	static String redactionsJson(List<Redaction> redactions) {
		StringBuilder json = new StringBuilder("[");
		for (Redaction redaction : redactions) {
			json.append((json.length() > 1) ? "," : "")
				.append("{\"rule\":\"")
				.append(Sql.json(redaction.rule()))
				.append("\",\"start\":")
				.append(redaction.start())
				.append(",\"end\":")
				.append(redaction.end())
				.append('}');
		}
		return json.append(']').toString();
	}

	/** Runs a statement of data-modifying CTEs whose final SELECT is of no interest. */
	private void execute(String sql, List<Object> parameters) {
		this.jdbc.query(sql, (ResultSet rs) -> null, parameters.toArray());
	}

	private static void add(List<Object> parameters, Object... values) {
		parameters.addAll(List.of(values));
	}

	private static <T> Optional<T> first(List<T> rows) {
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
	}

	static ThreadSummary summary(ResultSet rs, int row) throws SQLException {
		String order = rs.getString("order_id");
		return new ThreadSummary(ThreadId.of(rs.getLong("id")),
				new ThreadKey(AccountId.of(rs.getLong("buyer_id")), AccountId.of(rs.getLong("seller_id")),
						(order != null) ? OrderId.of(order) : null),
				rs.getString("subject"), Sql.instant(rs, "created_at"), Sql.instant(rs, "last_activity_at"),
				rs.getInt("message_count"), Sql.nullableInstant(rs, "awaiting_since"), rs.getInt("buyer_read"),
				rs.getInt("seller_read"), rs.getBoolean("review_requested"), rs.getInt("open_flags"));
	}

	static Message message(ResultSet rs, List<AttachmentInfo> attachments) throws SQLException {
		Long author = Sql.nullableLong(rs, "author_id");
		String topic = rs.getString("topic");
		return new Message(MessageId.of(rs.getLong("id")), ThreadId.of(rs.getLong("thread_id")), rs.getInt("seq"),
				Sender.valueOf(rs.getString("sender")), (author != null) ? AccountId.of(author) : null,
				Action.valueOf(rs.getString("action")), (topic != null) ? Topic.valueOf(topic) : null,
				rs.getString("subject"), rs.getString("html"), rs.getString("body_text"), attachments,
				Sql.instant(rs, "sent_at"), Delivery.valueOf(rs.getString("delivery")), rs.getBoolean("important"),
				rs.getBoolean("proactive"), redactions(rs.getArray("redactions")),
				Visibility.valueOf(rs.getString("visible_to")), rs.getBytes("hash"));
	}

	private static List<Redaction> redactions(Array array) throws SQLException {
		String[] values = (String[]) array.getArray();
		List<Redaction> redactions = new ArrayList<>(values.length);
		for (String value : values) {
			int end = value.lastIndexOf(':');
			int start = value.lastIndexOf(':', end - 1);
			redactions.add(new Redaction(value.substring(0, start), Integer.parseInt(value.substring(start + 1, end)),
					Integer.parseInt(value.substring(end + 1))));
		}
		return redactions;
	}

	static ThreadEvent event(ResultSet rs, int row) throws SQLException {
		Long actor = Sql.nullableLong(rs, "actor_id");
		Long message = Sql.nullableLong(rs, "message_id");
		return new ThreadEvent(rs.getLong("id"), ThreadId.of(rs.getLong("thread_id")),
				ThreadEvent.Type.valueOf(rs.getString("type")), (actor != null) ? AccountId.of(actor) : null,
				(message != null) ? MessageId.of(message) : null, Sql.instant(rs, "at"), rs.getInt("read_seq"),
				rs.getString("reason"), rs.getString("note"), Sql.nullableLong(rs, "actor_member_id"),
				Sql.nullableLong(rs, "assignee_member_id"));
	}

	/** A thread's state read under its lock, with both inbox rows. */
	private static final class LockedThread {

		final long id;

		final long buyer;

		final long seller;

		final @Nullable String order;

		final String subject;

		final int messageCount;

		final byte[] lastHash;

		final @Nullable Instant awaitingSince;

		final Instant lastActivityAt;

		final int openFlags;

		final String buyerName;

		final boolean businessBuyer;

		final String sellerName;

		final EntryState buyerEntry;

		final EntryState sellerEntry;

		LockedThread(ResultSet rs) throws SQLException {
			this.id = rs.getLong("id");
			this.buyer = rs.getLong("buyer_id");
			this.seller = rs.getLong("seller_id");
			this.order = rs.getString("order_id");
			this.subject = rs.getString("subject");
			this.messageCount = rs.getInt("message_count");
			this.lastHash = rs.getBytes("last_hash");
			this.awaitingSince = Sql.nullableInstant(rs, "awaiting_since");
			this.openFlags = rs.getInt("open_flags");
			this.lastActivityAt = Sql.instant(rs, "last_activity_at");
			this.buyerName = rs.getString("buyer_name");
			this.businessBuyer = rs.getBoolean("business_buyer");
			this.sellerName = rs.getString("seller_name");
			this.buyerEntry = new EntryState(rs.getBoolean("buyer_exists"), rs.getBoolean("buyer_unread"),
					rs.getBoolean("buyer_sent"), false);
			this.sellerEntry = new EntryState(rs.getBoolean("seller_exists"), rs.getBoolean("seller_unread"),
					rs.getBoolean("seller_sent"), rs.getBoolean("seller_due"));
		}

	}

	/** What the counters know of one inbox row. */
	private record EntryState(boolean exists, boolean unread, boolean sent, boolean due) {
	}

}
