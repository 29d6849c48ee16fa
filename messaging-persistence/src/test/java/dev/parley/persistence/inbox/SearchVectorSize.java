package dev.parley.persistence.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.parley.core.account.Account;
import dev.parley.core.conversation.ThreadId;
import dev.parley.persistence.Fixtures;
import dev.parley.persistence.PersistenceTestApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code scripts/search-vector-size}: grows one thread to 200 messages through the real
 * append ({@code JdbcConversations}) in a scratch database and prints, after 10, 25, 50,
 * 100 and 200 messages, the size of its two inbox rows (row and TOAST), their search
 * vectors, and the WAL one more reply writes; next to it, the vector the old formula
 * ({@code search || to_tsvector(body)}, positions kept) would have reached on the same
 * text. Drops the database at the end.
 */
public final class SearchVectorSize {

	private static final List<String> BUYER = List.of("Hello, could you tell me when my order will arrive?",
			"The box arrived with a dent in one corner.", "Is this available in a darker colour?",
			"The tabletop has a small scratch near the edge.", "My tracking number has not updated for days.");

	private static final List<String> SELLER = List.of(
			"Your parcel left our warehouse yesterday and should arrive within three days.",
			"We will send a replacement part free of charge.", "The darker walnut finish is back in stock next week.",
			"We checked with the carrier and they confirmed the new delivery date.");

	private static final Set<Integer> REPORTED = Set.of(10, 25, 50, 100, 200);

	private SearchVectorSize() {
	}

	public static void main(String[] args) throws Exception {
		InboxBenchmark.inScratchDatabase("parley_vectors_", SearchVectorSize::run);
	}

	private static void run(String url, String user, String password) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PersistenceTestApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.bannerMode(org.springframework.boot.Banner.Mode.OFF)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
					"--spring.datasource.password=" + password,
					// The scratch database is logged into as its owner, as the generator
					// does.
					"--parley.database.allow-privileged-login=true", "--logging.level.root=WARN")) {
			Fixtures fx = context.getBean(Fixtures.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			jdbc.execute("CREATE TABLE old_vector (v tsvector NOT NULL)");
			jdbc.execute("INSERT INTO old_vector VALUES ('')");
			Account seller = fx.seller("Casa Artesana");
			Account buyer = fx.buyer("Ben Carter");
			Instant t = Instant.parse("2026-01-05T09:00:00Z");
			ThreadId thread = fx.thread(buyer, seller, null, "Walnut side table", t);
			System.out
				.printf("search index: %s%n",
						Boolean.TRUE.equals(jdbc
							.queryForObject("SELECT to_regclass('inbox_search_rum_idx') IS NOT NULL", Boolean.class))
									? "rum (inbox_search_rum_idx)" : "GIN (inbox_search_idx)");
			System.out.printf("%n%9s %13s %14s %13s %12s %15s %13s%n", "messages", "2 rows bytes", "vector bytes",
					"lexemes", "WAL/reply", "old vector", "old WAL/rpl");
			for (int n = 1; n <= 200; n++) {
				// Sentences repeat as in real conversations; a few words are new each
				// time
				// (numbers, dates), so the vocabulary keeps growing slowly.
				String text = ((n % 2 == 1) ? BUYER.get(n % BUYER.size()) : SELLER.get(n % SELLER.size()))
						+ " Reference " + (1000 + n) + ", parcel " + (n * 7919 % 100_000) + ".";
				Instant at = t.plus(Duration.ofMinutes(n));
				long before = wal(jdbc);
				if (n % 2 == 1) {
					fx.buyerWrites(thread, buyer, text, at);
				}
				else {
					fx.sellerWrites(thread, seller, text, at);
				}
				long reply = wal(jdbc) - before;
				long oldBefore = wal(jdbc);
				jdbc.update("UPDATE old_vector SET v = v || to_tsvector('parley_search', ?)", text);
				long oldReply = wal(jdbc) - oldBefore;
				if (REPORTED.contains(n)) {
					Long rows = jdbc.queryForObject(
							"SELECT sum(pg_column_size(e.*)) FROM inbox_entry e WHERE thread_id = ?", Long.class,
							thread.value());
					Long vector = jdbc.queryForObject(
							"SELECT max(pg_column_size(search)) FROM inbox_entry WHERE thread_id = ?", Long.class,
							thread.value());
					Integer lexemes = jdbc.queryForObject(
							"SELECT max(length(search)) FROM inbox_entry WHERE thread_id = ?", Integer.class,
							thread.value());
					Long old = jdbc.queryForObject("SELECT pg_column_size(v) FROM old_vector", Long.class);
					System.out.printf("%9d %13d %14d %13d %12d %15d %13d%n", n, rows, vector, lexemes, reply, old,
							oldReply);
				}
			}
			Long total = jdbc.queryForObject("SELECT pg_total_relation_size('inbox_entry')", Long.class);
			System.out.printf(
					"%ninbox_entry with its TOAST and indexes: %,d bytes for 2 rows of a 200-message thread "
							+ "(vector cap: %s lexemes)%n",
					total, jdbc.queryForObject("SELECT parley_search_cap()", Integer.class));
		}
	}

	private static long wal(JdbcTemplate jdbc) {
		Long lsn = jdbc.queryForObject("SELECT pg_current_wal_insert_lsn() - '0/0'::pg_lsn", Long.class);
		return (lsn != null) ? lsn : 0;
	}

}
