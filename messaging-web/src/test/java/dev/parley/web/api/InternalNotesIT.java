package dev.parley.web.api;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.Order;
import dev.parley.core.team.InternalNotes;
import dev.parley.core.team.Member;
import dev.parley.core.team.Permission;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Internal notes reach the seller's team and admins and no buyer channel: not the buyer's
 * thread (API and page), inbox, notes endpoint, email (the outbox), or changes feed; and
 * they are append-only, in a chain of their own.
 */
class InternalNotesIT extends ApiTestSupport {

	@Autowired
	InternalNotes notes;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void notesNeverReachTheBuyer() throws Exception {
		Party buyer = buyer();
		Party seller = seller();
		Party admin = admin();
		Order order = order(buyer, seller, Duration.ofDays(2));
		long thread = post(buyer, API + "/orders/" + order.id() + "/messages", message("Is it in stock?")).body()
			.get("threadId")
			.asLong();
		String secret = "Internal-Marmot-" + System.nanoTime();
		Party member = member(seller, Set.of(Permission.READ_MESSAGES));
		Response added = post(member, API + "/threads/" + thread + "/notes",
				Map.of("text", "Buyer sounds upset " + secret));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		assertThat(added.body().get("seq").asInt()).isEqualTo(1);
		Response byOwner = post(seller, API + "/threads/" + thread + "/notes", Map.of("text", "Owner " + secret));
		assertThat(byOwner.status()).isEqualTo(201);
		// The seller answers after the notes, so that the buyer's channels have news.
		assertThat(post(seller, API + "/threads/" + thread + "/messages", message("Yes, in stock.")).status())
			.isEqualTo(201);

		JsonNode sellerNotes = get(seller, API + "/threads/" + thread + "/notes").body();
		assertThat(sellerNotes.size()).isEqualTo(2);
		assertThat(sellerNotes.get(0).get("writtenBy").asString()).startsWith("Noter");
		assertThat(sellerNotes.get(1).get("writtenBy").isNull()).isTrue();
		assertThat(get(admin, API + "/threads/" + thread + "/notes").text()).contains(secret);

		// The buyer's API: thread, notes, inbox, changes feed.
		assertThat(get(buyer, API + "/threads/" + thread).text()).contains("Yes, in stock.").doesNotContain(secret);
		Response buyerNotes = get(buyer, API + "/threads/" + thread + "/notes");
		assertThat(buyerNotes.status()).isEqualTo(404);
		assertThat(buyerNotes.text()).doesNotContain(secret);
		assertThat(post(buyer, API + "/threads/" + thread + "/notes", Map.of("text", "me too")).status())
			.isEqualTo(404);
		assertThat(get(buyer, API + "/threads?limit=100").text()).doesNotContain(secret);
		Response feed = get(buyer, API + "/changes?limit=100");
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.text()).doesNotContain(secret).doesNotContainIgnoringCase("note");
		// Another seller's member does not see them either.
		Party stranger = member(seller(), Permission.all());
		assertThat(get(stranger, API + "/threads/" + thread + "/notes").status()).isEqualTo(404);

		// Email: nothing queued carries the note, neither a notification nor a prepared
		// email.
		Integer emails = this.jdbc.queryForObject("""
				SELECT count(*) FROM outbox_email o LEFT JOIN message m ON m.id = o.message_id
				WHERE m.body_text LIKE ? OR m.html LIKE ? OR position(? IN convert_from(o.prepared, 'UTF8')) > 0
				""", Integer.class, "%" + secret + "%", "%" + secret + "%", secret);
		assertThat(emails).isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM message WHERE body_text LIKE ?", Integer.class,
				"%" + secret + "%"))
			.isZero();

		// The record: append-only, its own chain intact.
		assertThat(this.notes.firstBrokenLink(ThreadId.of(thread))).isEmpty();
		assertThatThrownBy(
				() -> this.jdbc.update("UPDATE thread_note SET body_text = 'changed' WHERE thread_id = ?", thread))
			.isInstanceOf(Exception.class);
		assertThatThrownBy(() -> this.jdbc.update("DELETE FROM thread_note WHERE thread_id = ?", thread))
			.isInstanceOf(Exception.class);
		assertThat(this.notes.list(ThreadId.of(thread))).hasSize(2);
	}

	Party member(Party seller, Set<Permission> permissions) {
		String token = "note-" + System.nanoTime();
		byte[] hash = sha256(token);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		this.members.invite(seller.account().id(), "noter-" + System.nanoTime() + "@example.test",
				"Noter " + System.nanoTime(), permissions, hash, now.plus(Duration.ofDays(1)), now);
		Member member = this.members.accept(hash, this.passwordEncoder.encode("whatever password 1"), now)
			.orElseThrow();
		return new Party(seller.account(), this.tokens.issue(seller.account(), member.id(), "test").secret());
	}

}
