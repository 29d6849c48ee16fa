package dev.parley.persistence.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.parley.core.account.Account;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.inbox.Inbox;
import dev.parley.core.inbox.InboxFilter;
import dev.parley.core.inbox.InboxItem;
import dev.parley.core.inbox.InboxPage;
import dev.parley.core.inbox.InboxQuery;
import dev.parley.persistence.Fixtures;
import dev.parley.persistence.PersistenceTestApplication;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index (V110, {@code afterMigrate__search_rum.sql}): bounded vectors, the rum
 * index when the server has the extension and the GIN plan otherwise, both answering
 * alike.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
class SearchIndexTests {

	static final Instant T = Instant.parse("2026-05-01T08:00:00Z");

	@Autowired
	Fixtures fx;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void detect() {
		adapter().rum = null;
	}

	@Test
	void theBootstrapChoosesTheIndexTheServerOffers() {
		boolean available = Boolean.TRUE.equals(this.jdbc
			.queryForObject("SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum')", Boolean.class));
		boolean rumIndex = exists("inbox_search_rum_idx");
		boolean ginIndex = exists("inbox_search_idx");
		// The test databases are migrated as a superuser: the extension is created when
		// offered.
		assertThat(rumIndex).isEqualTo(available);
		assertThat(ginIndex).isEqualTo(!available);
		adapter().rum = null;
		assertThat(ids(search(this.fx.seller("Nobody"), "anything", null, 25))).isEmpty();
		assertThat(adapter().rum).isEqualTo(available);
	}

	@ParameterizedTest(name = "rum {0}")
	@ValueSource(booleans = { true, false })
	void bothPathsFindPageAndOrderAlike(boolean rum) {
		adapter().rum = rum && exists("inbox_search_rum_idx");
		Account shop = this.fx.seller("Lamp Shop " + rum);
		Account other = this.fx.seller("Other Shop " + rum);
		List<ThreadId> lamps = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			Account buyer = this.fx.buyer("Buyer " + i);
			// Threads 4 to 7 share one time: the page order is by time, then thread.
			Instant at = T.plus(Duration.ofMinutes((i >= 4 && i <= 7) ? 4 : i));
			ThreadId thread = this.fx.thread(buyer, shop, null, "Question " + i, at);
			boolean lamp = i % 4 != 1;
			this.fx.buyerWrites(thread, buyer, lamp ? "Is the brass lamp dimmable?" : "Where is my parcel?", at);
			if (lamp) {
				lamps.add(thread);
			}
			ThreadId elsewhere = this.fx.thread(buyer, other, null, "Lamp elsewhere", at);
			this.fx.buyerWrites(elsewhere, buyer, "Another brass lamp", at);
		}
		List<ThreadId> expected = lamps.stream()
			.sorted((a, b) -> Long.compare(b.value(), a.value()))
			.sorted((a, b) -> timeOf(b).compareTo(timeOf(a)))
			.toList();

		for (int limit : new int[] { 2, 3, 25 }) {
			assertThat(allPages(shop, "lamp", limit)).as("limit " + limit).containsExactlyElementsOf(expected);
		}
		// Phrases match as all their words; an owner sees only their rows.
		assertThat(allPages(shop, "\"brass lamp\"", 3)).containsExactlyElementsOf(expected);
		assertThat(allPages(shop, "lamp -brass", 3)).isEmpty();
		assertThat(allPages(shop, "parcel OR nothing", 2)).hasSize(11 - lamps.size());
		assertThat(allPages(shop, "!!!", 2)).isEmpty();
		assertThat(allPages(shop, "owner " + shop.id().value(), 2)).isEmpty();
		assertThat(allPages(other, "elsewhere", 4)).hasSize(11);
		// Negations alone match rows without the word: the viewer's, never another
		// owner's.
		List<ThreadId> withoutParcel = allPages(shop, "-parcel", 4);
		assertThat(withoutParcel).containsExactlyInAnyOrderElementsOf(lamps);
		assertThat(allPages(other, "-parcel", 4)).hasSize(11);
		// An address keeps its @ inside the lexeme; the owner's is read from the right.
		Account writer = this.fx.buyer("Mail buyer " + rum);
		ThreadId mail = this.fx.thread(writer, shop, null, "Mail", T.plus(Duration.ofHours(1)));
		this.fx.buyerWrites(mail, writer, "write to jane@example.com", T.plus(Duration.ofHours(1)));
		assertThat(allPages(shop, "jane@example.com", 2)).containsExactly(mail);
		assertThat(allPages(other, "jane@example.com", 2)).isEmpty();
	}

	/**
	 * With rum the planner's estimate of the matches still decides between the index and
	 * a walk of the inbox, newest first: the ordered rum scan reads every match before
	 * the first row, so a term in a third of the threads took 44 ms through it against 5
	 * ms walking, at 1,000,000 messages (stop 25). Before, rum always took the index.
	 * Both ways find the same threads in the same order.
	 */
	@Test
	void withRumTheEstimateStillChoosesBetweenTheIndexAndAWalk() {
		Assumptions.assumeTrue(exists("inbox_search_rum_idx"), "the server offers no rum");
		adapter().rum = true;
		Account shop = this.fx.seller("Candle Shop");
		List<ThreadId> rare = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			Account buyer = this.fx.buyer("Candle buyer " + i);
			Instant at = T.plus(Duration.ofMinutes(i));
			ThreadId thread = this.fx.thread(buyer, shop, null, "Candle " + i, at);
			this.fx.buyerWrites(thread, buyer,
					(i % 20 == 7) ? "Does the candle smell of quince?" : "Does the candle come in blue?", at);
			if (i % 20 == 7) {
				rare.add(thread);
			}
		}
		try {
			adapter().searchByIndex = false;
			assertThat(adapter().sql(query(shop, "candle"), new ArrayList<>())).as("walk").doesNotContain("<=|");
			List<ThreadId> walked = allPages(shop, "candle", 7);
			List<ThreadId> walkedRare = allPages(shop, "quince", 2);
			adapter().searchByIndex = true;
			assertThat(adapter().sql(query(shop, "candle"), new ArrayList<>())).as("index").contains("<=|");
			assertThat(allPages(shop, "candle", 7)).hasSize(60).containsExactlyElementsOf(walked);
			assertThat(allPages(shop, "quince", 2)).containsExactlyInAnyOrderElementsOf(rare)
				.containsExactlyElementsOf(walkedRare);
		}
		finally {
			adapter().searchByIndex = null;
		}
	}

	/**
	 * Where the search index reads every match (the result count, the GIN page), the
	 * owner is a guard the planner may not index: ANDed with the primary key's bitmap of
	 * the viewer's rows, a count of 101 matches read all 10,001 rows of a seller at
	 * 100,000 messages. Where rum returns the matches in the page's order, the owner
	 * stays an index condition: the planner's estimate of the viewer's matches is what
	 * makes it take that ordered scan rather than sort every match. Sequential scans are
	 * off, so an owner it could index would be taken.
	 */
	@Test
	void anIndexSearchReadsTheMatchesNotTheViewersWholeInbox() {
		Account shop = this.fx.seller("Preserves Shop");
		for (int i = 0; i < 40; i++) {
			Account buyer = this.fx.buyer("Jam buyer " + i);
			Instant at = T.plus(Duration.ofMinutes(i));
			ThreadId thread = this.fx.thread(buyer, shop, null, "Jam " + i, at);
			this.fx.buyerWrites(thread, buyer, (i % 10 == 3) ? "Is the quince jam vegan?" : "Is the jam vegan?", at);
		}
		boolean rum = exists("inbox_search_rum_idx");
		try {
			adapter().searchByIndex = true;
			List<Object> countParameters = new ArrayList<>();
			String count = explain(adapter().countSql(query(shop, "quince"), countParameters), countParameters);
			assertThat(count).contains(rum ? "inbox_search_rum_idx" : "inbox_search_idx")
				.doesNotContain("BitmapAnd")
				.doesNotContain("inbox_entry_pkey")
				.doesNotContain("inbox_all_idx");
			assertThat(ids(search(shop, "quince", null, 25))).hasSize(4);
			assertThat(this.inbox.page(query(shop, "quince")).results().count()).isEqualTo(4);
		}
		finally {
			adapter().searchByIndex = null;
		}
	}

	private String explain(String sql, List<Object> parameters) {
		return this.jdbc.execute((Connection connection) -> {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (Statement off = connection.createStatement()) {
				off.execute("SET LOCAL enable_seqscan = off");
				try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
					for (int i = 0; i < parameters.size(); i++) {
						explain.setObject(i + 1, parameters.get(i));
					}
					StringBuilder plan = new StringBuilder();
					try (ResultSet rows = explain.executeQuery()) {
						while (rows.next()) {
							plan.append(rows.getString(1)).append('\n');
						}
					}
					return plan.toString();
				}
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
		});
	}

	@Test
	void aVectorHoldsEachLexemeOnceAndAtMostTheCap() {
		Account seller = this.fx.seller("Vector Shop");
		Account buyer = this.fx.buyer("Vera Vector");
		ThreadId thread = this.fx.thread(buyer, seller, null, "Long thread", T);
		this.fx.buyerWrites(thread, buyer, "A question about the walnut table.", T);
		Integer first = lexemes(thread, seller);
		for (int i = 1; i <= 40; i++) {
			this.fx.buyerWrites(thread, buyer, "Again: the same question about the walnut table.",
					T.plus(Duration.ofMinutes(i)));
		}
		// One new word ("same"; "again" too), however many messages repeat them.
		assertThat(lexemes(thread, seller)).isEqualTo(first + 2);

		String many = IntStream.range(0, 1_500).mapToObj((i) -> "word" + i).collect(Collectors.joining(" "));
		Integer capped = this.jdbc.queryForObject(
				"SELECT length(parley_search_add(parley_search_vector(1, 'header', ?), ?, 1))", Integer.class, many,
				"more words");
		assertThat(capped).isEqualTo(this.jdbc.queryForObject("SELECT parley_search_cap()", Integer.class));
		Boolean unchanged = this.jdbc.queryForObject(
				"SELECT v = parley_search_add(v, 'walnut again', 1) FROM (SELECT parley_search_vector(1, 'h', 'walnut again') v) x",
				Boolean.class);
		assertThat(unchanged).isTrue();
	}

	private Integer lexemes(ThreadId thread, Account owner) {
		return this.jdbc.queryForObject("SELECT length(search) FROM inbox_entry WHERE thread_id = ? AND owner_id = ?",
				Integer.class, thread.value(), owner.id().value());
	}

	private Instant timeOf(ThreadId thread) {
		return this.jdbc.queryForObject("SELECT last_activity_at FROM thread WHERE id = ?", Instant.class,
				thread.value());
	}

	private boolean exists(String index) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, index));
	}

	private List<ThreadId> allPages(Account viewer, String search, int limit) {
		List<ThreadId> seen = new ArrayList<>();
		String cursor = null;
		do {
			InboxPage page = search(viewer, search, cursor, limit);
			seen.addAll(ids(page));
			cursor = page.nextCursor();
		}
		while (cursor != null);
		assertThat(new HashSet<>(seen)).as("no repeats").hasSize(seen.size());
		return seen;
	}

	private InboxPage search(Account viewer, String search, @Nullable String cursor, int limit) {
		return this.inbox
			.page(new InboxQuery(viewer.id(), Role.SELLER, InboxFilter.ALL, search, null, null, cursor, limit));
	}

	private static InboxQuery query(Account viewer, String search) {
		return new InboxQuery(viewer.id(), Role.SELLER, InboxFilter.ALL, search, null, null, null, 25);
	}

	private static List<ThreadId> ids(InboxPage page) {
		return page.items().stream().map(InboxItem::thread).toList();
	}

	private JdbcInbox adapter() {
		return (JdbcInbox) AopProxyUtils.getSingletonTarget(this.inbox);
	}

}
