package dev.parley.web.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.parley.core.order.Order;
import dev.parley.core.team.Member;
import dev.parley.core.team.Permission;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Assignment of threads to the seller's team (issue 16): by hand from the thread page and
 * the API, as thread events in the history; round-robin of new buyer threads over the
 * members who may reply, also when threads arrive at once; the "Mine" and "Unassigned"
 * filters of the inbox page and API, page 2 included.
 */
class AssignmentIT extends ApiTestSupport {

	static final String MEMBER_PASSWORD = "member password 1234";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aThreadIsAssignedByHandAndEachChangeIsAnEventInItsHistory() {
		Party buyer = buyer();
		Party seller = seller();
		TeamMember anna = member(seller, "Anna", Set.of(Permission.READ_MESSAGES, Permission.REPLY));
		TeamMember reader = member(seller, "Reader", Set.of(Permission.READ_MESSAGES));
		long thread = ask(buyer, seller, "Where is my parcel?");
		String assignment = API + "/threads/" + thread + "/assignment";

		assertThat(get(seller, assignment).body().get("kind").asString()).isEqualTo("NONE");
		Response assigned = put(seller, assignment, Map.of("kind", "MEMBER", "memberId", anna.id()));
		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
		assertThat(assigned.body().get("kind").asString()).isEqualTo("MEMBER");
		assertThat(assigned.body().get("memberName").asString()).isEqualTo(anna.name());
		assertThat(get(anna.party(), assignment).body().get("memberId").asLong()).isEqualTo(anna.id());

		// The event, for the seller's team; the buyer's thread knows nothing of it.
		JsonNode events = get(seller, API + "/threads/" + thread).body().get("events");
		JsonNode event = events.valueStream()
			.filter((e) -> e.get("type").asString().equals("ASSIGNED"))
			.findFirst()
			.orElseThrow();
		assertThat(event.get("assigneeMemberId").asLong()).isEqualTo(anna.id());
		assertThat(event.get("actor").asString()).isEqualTo("SELLER");
		assertThat(event.get("reason").asString()).isEqualTo("MANUAL");
		assertThat(get(buyer, API + "/threads/" + thread).text()).doesNotContain("ASSIGNED");
		assertThat(get(buyer, assignment).status()).isEqualTo(403);

		// Without REPLY: 403; another seller (and their member with every permission):
		// 404; someone outside the team, or a member who may not reply: 400.
		Response refused = put(reader.party(), assignment, Map.of("kind", "OWNER"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body().get("code").asString()).isEqualTo("MISSING_PERMISSION");
		assertThat(get(reader.party(), assignment).status()).isEqualTo(403);
		Party other = seller();
		TeamMember stranger = member(other, "Stranger", Permission.all());
		assertThat(put(other, assignment, Map.of("kind", "OWNER")).status()).isEqualTo(404);
		assertThat(get(stranger.party(), assignment).status()).isEqualTo(404);
		assertThat(put(stranger.party(), assignment, Map.of("kind", "OWNER")).status()).isEqualTo(404);
		for (long notAssignable : List.of(stranger.id(), reader.id(), 999_999_999L)) {
			Response wrong = put(seller, assignment, Map.of("kind", "MEMBER", "memberId", notAssignable));
			assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
			assertThat(wrong.body().get("code").asString()).isEqualTo("ASSIGNEE_NOT_IN_TEAM");
			assertThat(wrong.body().get("detail").asString()).contains("not an active member of your team");
		}
		assertThat(put(seller, assignment, Map.of("kind", "MEMBER")).status()).isEqualTo(400);
		assertThat(get(seller, assignment).body().get("memberId").asLong()).isEqualTo(anna.id());

		// The thread page: the assignee, a form (CSRF) and the history.
		PageSession page = PageSession.signedIn(this::uri, seller.account().email(), PASSWORD);
		Document shown = page.page("/seller/threads/" + thread);
		assertThat(shown.select("#assignment .assignee").text()).isEqualTo(anna.name());
		assertThat(shown.select(".history").text())
			.contains(seller.account().displayName() + " assigned the thread to " + anna.name());
		assertThat(page.postRaw("/seller/threads/" + thread + "/assignment", Map.of("assignee", "owner")).status())
			.isEqualTo(403);
		PageSession.Answer toOwner = page.post("/seller/threads/" + thread + "/assignment", shown,
				Map.of("assignee", "owner"));
		assertThat(toOwner.location()).endsWith("/seller/threads/" + thread + "#assignment");
		shown = page.page("/seller/threads/" + thread);
		assertThat(shown.select("#assignment .assignee").text()).contains(seller.account().displayName());
		assertThat(shown.select("#assignee option[selected]").attr("value")).isEqualTo("owner");

		// By the member, through the API: nobody.
		assertThat(put(anna.party(), assignment, Map.of("kind", "NONE")).body().get("kind").asString())
			.isEqualTo("NONE");
		shown = page.page("/seller/threads/" + thread);
		assertThat(shown.select(".history").text()).contains(anna.name() + " removed the assignment");
		assertThat(get(buyer, API + "/threads/" + thread).text()).doesNotContain("ASSIGNED");

		// Neither the buyer's thread page nor a member who may not reply gets the panel.
		Document buyers = PageSession.signedIn(this::uri, buyer.account().email(), PASSWORD)
			.page("/buyer/threads/" + thread);
		assertThat(buyers.select("#assignment")).isEmpty();
		assertThat(buyers.text()).doesNotContain(anna.name()).doesNotContain("removed the assignment");
		Document readers = PageSession.signedIn(this::uri, reader.email(), MEMBER_PASSWORD)
			.page("/seller/threads/" + thread);
		assertThat(readers.select("#assignment")).isEmpty();

		// Three changes, three events, in the append-only record.
		assertThat(this.jdbc.queryForList(
				"SELECT type FROM thread_event WHERE thread_id = ? AND type IN ('ASSIGNED', 'UNASSIGNED') ORDER BY id",
				String.class, thread))
			.containsExactly("ASSIGNED", "ASSIGNED", "UNASSIGNED");
		assertThatThrownBy(
				() -> this.jdbc.update("UPDATE thread_event SET assignee_member_id = NULL WHERE thread_id = ?", thread))
			.isInstanceOf(Exception.class);
	}

	@Test
	void roundRobinTakesTurnsOverTheMembersWhoMayReply() throws Exception {
		Party seller = seller();
		TeamMember first = member(seller, "First", Set.of(Permission.READ_MESSAGES, Permission.REPLY));
		TeamMember readOnly = member(seller, "ReadOnly", Set.of(Permission.READ_MESSAGES));
		TeamMember second = member(seller, "Second", Set.of(Permission.READ_MESSAGES, Permission.REPLY));
		TeamMember settingsManager = member(seller, "Manager", Set.of(Permission.MANAGE_SETTINGS));

		assertThat(get(seller, API + "/settings/assignment").body().get("roundRobin").asBoolean()).isFalse();
		assertThat(put(first.party(), API + "/settings/assignment", Map.of("roundRobin", true)).status())
			.isEqualTo(403);
		Party early = buyer();
		long before = ask(early, seller, "Before the switch");
		assertThat(assignee(seller, before)).isEqualTo("NONE");
		Response on = put(settingsManager.party(), API + "/settings/assignment", Map.of("roundRobin", true));
		assertThat(on.status()).as(on.toString()).isEqualTo(200);
		assertThat(get(seller, API + "/settings/assignment").body().get("roundRobin").asBoolean()).isTrue();

		List<String> turns = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			turns.add(assignee(seller, ask(buyer(), seller, "Question " + i)));
		}
		assertThat(turns).containsExactly("First", "Second", "First", "Second");
		assertThat(turns).doesNotContain(readOnly.name());
		// A buyer's message in a thread already there does not start a new one.
		assertThat(post(early, API + "/threads/" + before + "/messages", message("Any news?")).status()).isEqualTo(201);
		assertThat(assignee(seller, before)).isEqualTo("NONE");

		// Threads that arrive at once still take turns: each member gets half.
		List<Party> buyers = new ArrayList<>();
		List<Order> orders = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Party buyer = buyer();
			buyers.add(buyer);
			orders.add(order(buyer, seller, Duration.ofDays(2)));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Long>> asked = new ArrayList<>();
		try {
			for (int i = 0; i < 8; i++) {
				Party buyer = buyers.get(i);
				Order order = orders.get(i);
				Callable<Long> question = () -> {
					Response response = post(buyer, API + "/orders/" + order.id() + "/messages",
							message("All at once"));
					assertThat(response.status()).as(response.toString()).isEqualTo(201);
					return response.body().get("threadId").asLong();
				};
				asked.add(pool.submit(question));
			}
			Map<String, Integer> counts = new HashMap<>();
			for (Future<Long> thread : asked) {
				counts.merge(assignee(seller, thread.get()), 1, Integer::sum);
			}
			assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("First", 4, "Second", 4));
		}
		finally {
			pool.shutdownNow();
		}

		// Each of them an event of the system, by round-robin.
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM thread_event e JOIN thread t ON t.id = e.thread_id
				WHERE t.seller_id = ? AND e.type = 'ASSIGNED' AND e.actor_id IS NULL AND e.reason = 'ROUND_ROBIN'
				""", Integer.class, seller.id())).isEqualTo(12);

		put(seller, API + "/settings/assignment", Map.of("roundRobin", false));
		assertThat(assignee(seller, ask(buyer(), seller, "After the switch"))).isEqualTo("NONE");
	}

	@Test
	void mineAndUnassignedFilterTheInboxAcrossPages() {
		Party buyer = buyer();
		Party seller = seller();
		TeamMember anna = member(seller, "Anna", Set.of(Permission.READ_MESSAGES, Permission.REPLY));
		List<Long> annas = new ArrayList<>();
		List<Long> owners = new ArrayList<>();
		List<Long> unassigned = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			long thread = ask(buyer, seller, "Thread " + i);
			if (i % 10 == 1) {
				put(seller, API + "/threads/" + thread + "/assignment",
						Map.of("kind", "MEMBER", "memberId", anna.id()));
				annas.add(thread);
			}
			else if (i == 4) {
				put(seller, API + "/threads/" + thread + "/assignment", Map.of("kind", "OWNER"));
				owners.add(thread);
			}
			else {
				unassigned.add(thread);
			}
		}

		// The API, two to a page: the filter stays with the cursor.
		assertThat(threads(anna.party(), "me", 2)).containsExactlyInAnyOrderElementsOf(annas);
		assertThat(threads(seller, "me", 2)).containsExactlyElementsOf(owners);
		assertThat(threads(anna.party(), "none", 4)).containsExactlyInAnyOrderElementsOf(unassigned);
		JsonNode first = get(anna.party(), API + "/threads?assigned=me&limit=2").body();
		assertThat(first.get("results").get("count").asInt()).isEqualTo(3);
		String cursor = first.get("nextCursor").asString();
		Response elsewhere = get(anna.party(), API + "/threads?assigned=none&limit=2&cursor=" + cursor);
		assertThat(elsewhere.status()).isEqualTo(400);
		assertThat(elsewhere.body().get("code").asString()).isEqualTo("CURSOR_INVALID");
		assertThat(get(seller, API + "/threads?assigned=me&limit=2&cursor=" + cursor).status()).isEqualTo(400);
		assertThat(get(seller, API + "/threads?assigned=someone").body().get("code").asString())
			.isEqualTo("ASSIGNED_UNKNOWN");
		assertThat(get(buyer, API + "/threads?assigned=me").status()).isEqualTo(400);

		// The page: "Unassigned" has 27 threads, 25 on page 1; the next link keeps the
		// filter.
		PageSession page = PageSession.signedIn(this::uri, anna.email(), MEMBER_PASSWORD);
		Document unassignedPage = page.page("/seller/inbox?assigned=none");
		assertThat(unassignedPage.select("[data-assigned=none]").attr("aria-current")).isEqualTo("page");
		List<Long> shown = new ArrayList<>(rows(unassignedPage));
		assertThat(shown).hasSize(25);
		Element next = unassignedPage.select("a[rel=next]").first();
		assertThat(next).isNotNull();
		assertThat(next.attr("href")).contains("assigned=none");
		Document second = page.page(next.attr("href"));
		shown.addAll(rows(second));
		assertThat(shown).containsExactlyInAnyOrderElementsOf(unassigned);
		assertThat(second.select("a[rel=next]")).isEmpty();
		Document mine = page.page("/seller/inbox?assigned=me");
		assertThat(rows(mine)).containsExactlyInAnyOrderElementsOf(annas);
		assertThat(mine.select("[data-assigned=me]").attr("aria-current")).isEqualTo("page");
		assertThat(rows(page.page("/seller/inbox"))).hasSize(25);
	}

	List<Long> threads(Party party, String assigned, int limit) {
		List<Long> threads = new ArrayList<>();
		Set<String> cursors = new HashSet<>();
		String cursor = null;
		do {
			Response response = get(party, API + "/threads?assigned=" + assigned + "&limit=" + limit
					+ ((cursor != null) ? "&cursor=" + cursor : ""));
			assertThat(response.status()).as(response.toString()).isEqualTo(200);
			JsonNode body = response.body();
			body.get("items").valueStream().forEach((item) -> threads.add(item.get("threadId").asLong()));
			cursor = body.get("nextCursor").isNull() ? null : body.get("nextCursor").asString();
			assertThat(cursor == null || cursors.add(cursor)).isTrue();
		}
		while (cursor != null);
		return threads;
	}

	static List<Long> rows(Document page) {
		return page.select("li.thread-row").stream().map((row) -> Long.parseLong(row.attr("data-thread"))).toList();
	}

	String assignee(Party seller, long thread) {
		JsonNode body = get(seller, API + "/threads/" + thread + "/assignment").body();
		return body.get("kind").asString().equals("MEMBER") ? body.get("memberName").asString().split(" ")[0]
				: body.get("kind").asString();
	}

	long ask(Party buyer, Party seller, String text) {
		Order order = order(buyer, seller, Duration.ofDays(2));
		Response asked = post(buyer, API + "/orders/" + order.id() + "/messages", message(text));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
		return asked.body().get("threadId").asLong();
	}

	TeamMember member(Party seller, String name, Set<Permission> permissions) {
		String email = "assign-" + System.nanoTime() + "@example.test";
		String fullName = name + " " + System.nanoTime();
		Member member = teamMember(seller, email, fullName, permissions, MEMBER_PASSWORD, Instant.now());
		return new TeamMember(member, email, fullName,
				new Party(seller.account(), this.tokens.issue(seller.account(), member.id(), "test").secret()));
	}

	record TeamMember(Member member, String email, String name, Party party) {

		long id() {
			return this.member.id().value();
		}

	}

}
