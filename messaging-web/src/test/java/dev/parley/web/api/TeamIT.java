package dev.parley.web.api;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.parley.core.order.Order;
import dev.parley.core.team.Member;
import dev.parley.core.team.MemberStatus;
import dev.parley.core.team.Permission;
import dev.parley.web.platform.Caller;
import dev.parley.web.team.TeamService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seller teams over real HTTP (issue 16): invite → accept → sign in, every permission on
 * pages and API (403 on the seller's own objects, 404 on another seller's), removal and
 * suspension cutting sessions and tokens off at the next request, and who wrote a message
 * shown to the seller and admins but never to the buyer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamIT extends ApiTestSupport {

	static final String MEMBER_PASSWORD = "member password 123";

	@Autowired
	TeamService team;

	@Autowired
	JdbcTemplate jdbc;

	Party buyer;

	Party seller;

	Party otherSeller;

	Party admin;

	Order order;

	long thread;

	long otherThread;

	@BeforeAll
	void threadsOfTwoSellers() {
		this.buyer = buyer();
		this.seller = seller();
		this.otherSeller = seller();
		this.admin = admin();
		this.order = order(this.buyer, this.seller, Duration.ofDays(2));
		this.thread = post(this.buyer, API + "/orders/" + this.order.id() + "/messages", message("Where is my parcel?"))
			.body()
			.get("threadId")
			.asLong();
		Order other = order(this.buyer, this.otherSeller, Duration.ofDays(2));
		this.otherThread = post(this.buyer, API + "/orders/" + other.id() + "/messages", message("And this one?"))
			.body()
			.get("threadId")
			.asLong();
	}

	@Test
	void anInvitedMemberAcceptsOnceAndSignsInToTheSellersWorkspace() throws Exception {
		String email = "dana-" + System.nanoTime() + "@example.test";
		Member invited = this.team.invite(Caller.of(this.seller.account()), email, "Dana Invited",
				Set.of(Permission.READ_MESSAGES, Permission.REPLY));
		assertThat(invited.status()).isEqualTo(MemberStatus.INVITED);
		String token = invitationToken(email);

		Session session = new Session();
		Document page = session.page("/team/invitation?token=" + token);
		assertThat(page.text()).contains("Dana Invited").contains(email);
		Session.Answer accepted = session.post("/team/invitation", page,
				Map.of("token", token, "password", MEMBER_PASSWORD, "confirm", MEMBER_PASSWORD));
		assertThat(accepted.status()).isEqualTo(302);
		assertThat(accepted.location()).endsWith("/login?joined");
		// One time only.
		Session other = new Session();
		assertThat(other.get("/team/invitation?token=" + token).status()).isEqualTo(404);
		Session.Answer again = other.post("/team/invitation", other.page("/login"),
				Map.of("token", token, "password", MEMBER_PASSWORD, "confirm", MEMBER_PASSWORD));
		assertThat(again.status()).isEqualTo(404);
		assertThat(this.members.find(invited.id()).orElseThrow().status()).isEqualTo(MemberStatus.ACTIVE);

		Session member = signedIn(email, MEMBER_PASSWORD);
		Session.Answer inbox = member.get("/seller/inbox");
		assertThat(inbox.status()).isEqualTo(200);
		assertThat(inbox.body()).contains("Dana Invited").contains(this.seller.account().displayName());
		assertThat(member.get("/seller/threads/" + this.thread).body()).contains("Where is my parcel?");
		assertThat(member.get("/seller/threads/" + this.otherThread).status()).isEqualTo(404);
		// A wrong password or an unknown link gets nowhere.
		assertThat(new Session().login(email, "wrong password 123").location()).endsWith("/login?error");
		assertThat(new Session().get("/team/invitation?token=nonsense").status()).isEqualTo(404);
	}

	@Test
	void anExpiredInvitationDoesNotWork() throws Exception {
		String token = "expired-" + System.nanoTime();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		this.members.invite(this.seller.account().id(), "late-" + System.nanoTime() + "@example.test", "Late",
				Set.of(Permission.READ_MESSAGES), sha256(token), now.minusSeconds(1), now.minus(Duration.ofDays(4)));
		assertThat(new Session().get("/team/invitation?token=" + token).status()).isEqualTo(404);
		assertThat(this.team.invitation(token)).isEmpty();
	}

	@Test
	void eachPermissionIsEnforcedOnPagesWith403OnOwnThreadsAnd404OnOthers() throws Exception {
		TeamMember reader = member(Set.of(Permission.READ_MESSAGES));
		Session session = signedIn(reader.email(), MEMBER_PASSWORD);
		Map<String, Integer> pages = new LinkedHashMap<>();
		pages.put("/seller/settings", 403);
		pages.put("/seller/webhooks", 403);
		pages.put("/seller/tokens", 403);
		pages.put("/seller/team", 403);
		pages.put("/seller/templates/new", 403);
		pages.put("/seller/inbox", 200);
		pages.put("/seller/performance", 200);
		pages.put("/seller/threads/" + this.thread, 200);
		pages.put("/seller/threads/" + this.otherThread, 404);
		pages.forEach((path, expected) -> assertThat(session.get(path).status()).as(path).isEqualTo(expected));
		Document threadPage = session.page("/seller/threads/" + this.thread);
		assertThat(session
			.post("/seller/threads/" + this.thread + "/messages", threadPage, Map.of("action", "REPLY", "body", "Hi"))
			.status()).as("reply without REPLY").isEqualTo(403);
		assertThat(session
			.post("/seller/threads/" + this.otherThread + "/messages", threadPage,
					Map.of("action", "REPLY", "body", "Hi"))
			.status()).as("reply on another seller's thread").isEqualTo(404);
		assertThat(session.post("/seller/orders/" + this.order.id() + "/review-request", threadPage, Map.of()).status())
			.as("review request without PROACTIVE")
			.isEqualTo(403);
		assertThat(session.post("/seller/settings", threadPage, Map.of("notificationEmail", "x@example.test")).status())
			.isEqualTo(403);
		assertThat(session.post("/seller/templates", threadPage, Map.of("name", "T", "body", "Hello")).status())
			.isEqualTo(403);

		TeamMember blind = member(Set.of(Permission.MANAGE_TEMPLATES));
		Session blindSession = signedIn(blind.email(), MEMBER_PASSWORD);
		assertThat(blindSession.get("/seller/threads/" + this.thread).status()).isEqualTo(403);
		assertThat(blindSession.get("/seller/threads/" + this.otherThread).status()).isEqualTo(404);
		assertThat(blindSession.get("/seller/inbox").status()).isEqualTo(403);
		assertThat(blindSession.get("/seller/templates/new").status()).isEqualTo(200);

		TeamMember manager = member(
				Set.of(Permission.MANAGE_MEMBERS, Permission.MANAGE_SETTINGS, Permission.MANAGE_API_TOKENS));
		Session managerSession = signedIn(manager.email(), MEMBER_PASSWORD);
		assertThat(managerSession.get("/seller/team").body()).contains(reader.name());
		assertThat(managerSession.get("/seller/settings").status()).isEqualTo(200);
		assertThat(managerSession.get("/seller/tokens").status()).isEqualTo(200);

		// Webhooks are an integration, like tokens: the token permission governs them,
		// not settings.
		Session integrator = signedIn(member(Set.of(Permission.MANAGE_API_TOKENS)).email(), MEMBER_PASSWORD);
		assertThat(integrator.get("/seller/webhooks").status()).isEqualTo(200);
		assertThat(integrator.get("/seller/settings").status()).isEqualTo(403);
		Session settingsOnly = signedIn(member(Set.of(Permission.MANAGE_SETTINGS)).email(), MEMBER_PASSWORD);
		assertThat(settingsOnly.get("/seller/webhooks").status()).isEqualTo(403);
		assertThat(settingsOnly.get("/seller/settings").status()).isEqualTo(200);
	}

	@Test
	void eachPermissionIsEnforcedOnTheApiAndThroughTheThreadModel() {
		TeamMember reader = member(Set.of(Permission.READ_MESSAGES));
		assertThat(get(reader.party(), API + "/threads/" + this.thread).status()).isEqualTo(200);
		assertThat(get(reader.party(), API + "/threads/" + this.otherThread).status()).isEqualTo(404);
		Response refused = post(reader.party(), API + "/threads/" + this.thread + "/messages", message("Hello"));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		assertThat(refused.body().get("code").asString()).isEqualTo("MISSING_PERMISSION");
		assertThat(post(reader.party(), API + "/threads/" + this.otherThread + "/messages", message("Hello")).status())
			.isEqualTo(404);
		assertThat(post(reader.party(), API + "/orders/" + this.order.id() + "/review-request", null).status())
			.isEqualTo(403);
		assertThat(put(reader.party(), API + "/settings/messaging", Map.of("buyerMessagesEnabled", false)).status())
			.isEqualTo(403);
		assertThat(get(reader.party(), API + "/auth/tokens").status()).isEqualTo(403);
		assertThat(get(reader.party(), API + "/metrics/response-time").status()).isEqualTo(200);

		TeamMember replier = member(Set.of(Permission.READ_MESSAGES, Permission.REPLY));
		// On an order where nothing awaits an answer, every seller action is proactive.
		Order quiet = order(this.buyer, this.seller, Duration.ofDays(2));
		JsonNode actions = get(replier.party(), API + "/orders/" + quiet.id() + "/messaging-actions").body();
		Map<String, JsonNode> byAction = actions.get("actions")
			.valueStream()
			.collect(Collectors.toMap((a) -> a.get("action").asString(), (a) -> a));
		JsonNode warranty = byAction.get("WARRANTY");
		assertThat(warranty.get("available").asBoolean()).isFalse();
		assertThat(warranty.toString()).contains("MEMBER_PERMISSION");
		JsonNode ownerActions = get(this.seller, API + "/orders/" + quiet.id() + "/messaging-actions").body();
		assertThat(ownerActions.toString()).doesNotContain("MEMBER_PERMISSION");
		Response proactive = post(replier.party(), API + "/orders/" + quiet.id() + "/messages",
				message("WARRANTY", "The warranty card is in the box."));
		assertThat(proactive.status()).as(proactive.toString()).isEqualTo(422);
		assertThat(proactive.text()).contains("MEMBER_PERMISSION");

		Response reply = post(replier.party(), API + "/threads/" + this.thread + "/messages",
				message("It ships tomorrow."));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		long messageId = reply.body().get("messageId").asLong();
		assertThat(writtenBy(this.seller, messageId)).isEqualTo(replier.name());
		assertThat(writtenBy(this.admin, messageId)).isEqualTo(replier.name());
		Response buyerView = get(this.buyer, API + "/threads/" + this.thread);
		assertThat(buyerView.text()).contains("It ships tomorrow.").doesNotContain(replier.name());
		assertThat(writtenBy(this.buyer, messageId)).isNull();
		assertThat(this.jdbc.queryForObject("SELECT member_id FROM message_member WHERE message_id = ?", Long.class,
				messageId))
			.isEqualTo(replier.member().id().value());

		TeamMember tokens = member(Set.of(Permission.MANAGE_API_TOKENS));
		Response issued = post(null, API + "/auth/tokens",
				Map.of("email", tokens.email(), "password", MEMBER_PASSWORD, "name", "member tool"));
		assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
		Response listed = get(new Party(this.seller.account(), issued.body().get("token").asString()),
				API + "/auth/tokens");
		assertThat(listed.status()).isEqualTo(200);
		// A member lists their own tokens, never the owner's.
		assertThat(listed.text()).contains("member tool").doesNotContain(this.seller.token().substring(0, 10));
		assertThat(
				post(null, API + "/auth/tokens", Map.of("email", reader.email(), "password", MEMBER_PASSWORD)).status())
			.as("a member without MANAGE_API_TOKENS gets no token")
			.isEqualTo(403);
	}

	@Test
	void removingOrSuspendingAMemberEndsTheirSessionsAndTokensAtOnce() throws Exception {
		TeamMember member = member(Permission.all());
		Session session = signedIn(member.email(), MEMBER_PASSWORD);
		assertThat(session.get("/seller/inbox").status()).isEqualTo(200);
		assertThat(get(member.party(), API + "/threads").status()).isEqualTo(200);

		this.team.setStatus(Caller.of(this.seller.account()), member.member().id(), MemberStatus.SUSPENDED);
		Session.Answer signedOut = session.get("/seller/inbox");
		assertThat(signedOut.status()).isEqualTo(302);
		assertThat(signedOut.location()).endsWith("/login?revoked");
		assertThat(get(member.party(), API + "/threads").status()).isEqualTo(401);
		assertThat(new Session().login(member.email(), MEMBER_PASSWORD).location()).endsWith("/login?error");

		this.team.setStatus(Caller.of(this.seller.account()), member.member().id(), MemberStatus.ACTIVE);
		assertThat(get(member.party(), API + "/threads").status()).isEqualTo(200);
		Session again = signedIn(member.email(), MEMBER_PASSWORD);
		assertThat(again.get("/seller/inbox").status()).isEqualTo(200);

		this.team.setStatus(Caller.of(this.seller.account()), member.member().id(), MemberStatus.REMOVED);
		assertThat(again.get("/seller/inbox").location()).endsWith("/login?revoked");
		assertThat(get(member.party(), API + "/threads").status()).isEqualTo(401);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM api_token WHERE member_id = ? AND revoked_at IS NULL",
				Integer.class, member.member().id().value()))
			.isZero();
		assertThat(new Session().login(member.email(), MEMBER_PASSWORD).location()).endsWith("/login?error");
	}

	@Test
	void permissionChangesApplyAtTheNextRequest() throws Exception {
		TeamMember member = member(Set.of(Permission.READ_MESSAGES));
		Session session = signedIn(member.email(), MEMBER_PASSWORD);
		assertThat(session.get("/seller/settings").status()).isEqualTo(403);
		assertThat(put(member.party(), API + "/settings/messaging", Map.of("buyerMessagesEnabled", true)).status())
			.isEqualTo(403);
		this.team.setPermissions(Caller.of(this.seller.account()), member.member().id(),
				Set.of(Permission.READ_MESSAGES, Permission.MANAGE_SETTINGS));
		assertThat(session.get("/seller/settings").status()).isEqualTo(200);
		assertThat(get(member.party(), API + "/settings/messaging").status()).isEqualTo(200);
	}

	@Test
	void anotherSellersMembersAreNotFound() {
		TeamMember manager = member(Set.of(Permission.MANAGE_MEMBERS));
		Caller other = Caller.of(this.otherSeller.account());
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.team.setStatus(other, manager.member().id(), MemberStatus.REMOVED))
			.isInstanceOf(dev.parley.web.platform.NotFoundException.class);
		assertThat(this.members.find(manager.member().id()).orElseThrow().isActive()).isTrue();
	}

	@Test
	void aReplyAfterAnotherMembersReplyAsksForConfirmationAndShowsThatReplyFirst() throws Exception {
		Order order = order(this.buyer, this.seller, Duration.ofDays(2));
		long thread = post(this.buyer, API + "/orders/" + order.id() + "/messages", message("Does it come in blue?"))
			.body()
			.get("threadId")
			.asLong();
		TeamMember a = member(Set.of(Permission.READ_MESSAGES, Permission.REPLY, Permission.PROACTIVE));
		TeamMember b = member(Set.of(Permission.READ_MESSAGES, Permission.REPLY));
		Session session = signedIn(a.email(), MEMBER_PASSWORD);
		Document opened = session.page("/seller/threads/" + thread);
		String seen = opened.select("input[name=seenUpTo]").attr("value");
		assertThat(seen).isNotBlank();
		assertThat(
				post(b.party(), API + "/threads/" + thread + "/messages", message("Yes, blue is in stock.")).status())
			.isEqualTo(201);

		Session.Answer asked = session.post("/seller/threads/" + thread + "/messages", opened,
				Map.of("body", "The blue one has the same size chart as the grey one.", "seenUpTo", seen));
		assertThat(asked.status()).isEqualTo(409);
		Document confirm = Jsoup.parse(asked.body());
		assertThat(confirm.select(".collision").text()).contains("Yes, blue is in stock.").contains(b.name());
		assertThat(confirm.select("textarea[name=body]").text())
			.isEqualTo("The blue one has the same size chart as the grey one.");
		assertThat(get(this.seller, API + "/threads/" + thread).text()).doesNotContain("same size chart");

		Session.Answer sent = session.post("/seller/threads/" + thread + "/messages", confirm,
				Map.of("action", "PRODUCT_INSTRUCTIONS", "body",
						"The blue one has the same size chart as the grey one.", "seenUpTo",
						confirm.select("input[name=seenUpTo]").attr("value"), "confirmed", "true"));
		// B answered, so nothing awaits: A's message is a proactive one now.
		assertThat(sent.status()).as(sent.body()).isEqualTo(302);
		assertThat(get(this.seller, API + "/threads/" + thread).text()).contains("same size chart");
		// Nothing new since the page: no question asked.
		Document fresh = session.page("/seller/threads/" + thread);
		assertThat(
				session.post("/seller/threads/" + thread + "/messages", fresh,
						Map.of("action", "PRODUCT_INSTRUCTIONS", "body", "The blue dye is colourfast at 40 degrees.",
								"seenUpTo", fresh.select("input[name=seenUpTo]").attr("value")))
					.status())
			.isEqualTo(302);
	}

	String writtenBy(Party viewer, long messageId) {
		JsonNode thread = get(viewer, API + "/threads/" + this.thread).body();
		JsonNode message = thread.get("messages")
			.valueStream()
			.filter((m) -> m.get("messageId").asLong() == messageId)
			.findFirst()
			.orElseThrow();
		JsonNode writtenBy = message.get("writtenBy");
		return (writtenBy == null || writtenBy.isNull()) ? null : writtenBy.asString();
	}

	/** An active member of the seller with a password and an API token. */
	TeamMember member(Set<Permission> permissions) {
		String email = "member-" + System.nanoTime() + "@example.test";
		String name = "Member " + System.nanoTime();
		Member member = teamMember(this.seller, email, name, permissions, MEMBER_PASSWORD, Instant.now());
		String secret = this.tokens.issue(this.seller.account(), member.id(), "test").secret();
		return new TeamMember(member, email, name, new Party(this.seller.account(), secret));
	}

	String invitationToken(String email) {
		byte[] mime = this.jdbc.queryForObject(
				"SELECT prepared FROM outbox_email WHERE to_address = ? ORDER BY id DESC LIMIT 1", byte[].class, email);
		String text = new String(mime, StandardCharsets.UTF_8).replace("=\r\n", "").replace("=3D", "=");
		Matcher matcher = Pattern.compile("/team/invitation\\?token=([A-Za-z0-9_-]+)").matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group(1);
	}

	Session signedIn(String email, String password) throws Exception {
		Session session = new Session();
		Session.Answer login = session.login(email, password);
		assertThat(login.location()).as("login of " + email).endsWith("/seller/inbox");
		return session;
	}

	record TeamMember(Member member, String email, String name, Party party) {
	}

	/**
	 * A browser without JavaScript: cookies, CSRF tokens from the forms, no redirects.
	 */
	class Session {

		final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		record Answer(int status, String body, String location) {
		}

		Answer get(String path) {
			return exchange(HttpRequest.newBuilder(uri(path)).GET().build());
		}

		Document page(String path) {
			Answer answer = get(path);
			assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
			return Jsoup.parse(answer.body());
		}

		Answer post(String path, Document from, Map<String, String> fields) {
			Map<String, String> form = new LinkedHashMap<>(fields);
			form.put("_csrf", from.select("input[name=_csrf]").first().attr("value"));
			String body = form.entrySet()
				.stream()
				.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return exchange(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		Answer login(String email, String password) {
			Document login = page("/login");
			return post("/login", login, Map.of("email", email, "password", password));
		}

		private Answer exchange(HttpRequest request) {
			try {
				java.net.http.HttpResponse<String> response = this.client.send(request,
						java.net.http.HttpResponse.BodyHandlers.ofString());
				return new Answer(response.statusCode(), response.body(),
						response.headers().firstValue("Location").orElse(""));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
