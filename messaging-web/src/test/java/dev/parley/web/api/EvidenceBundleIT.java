package dev.parley.web.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import dev.parley.core.account.BuyerSettings;
import dev.parley.core.evidence.EvidenceFormat;
import dev.parley.core.evidence.EvidenceVerifier;
import dev.parley.core.evidence.EvidenceVerifier.Report;
import dev.parley.core.order.Order;
import dev.parley.web.evidence.EvidenceBundle;
import dev.parley.web.record.RecordService;
import dev.parley.web.security.ParleyUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evidence bundle through the real application: exported by the API and the pages for
 * each party and an admin, proven by the offline verifier (the class and
 * {@code scripts/verify-evidence}), and every alteration of the bundle named. A buyer's
 * bundle holds nothing withheld from the buyer and still verifies; another party's thread
 * is a 404.
 */
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceBundleIT extends ApiTestSupport {

	static final Path RECORD = RecordTamperIT.temporaryDirectory();

	/** Text of the message withheld from the buyer, in no other message. */
	static final String WITHHELD = "Walnut organizer warranty " + letters(System.nanoTime());

	@DynamicPropertySource
	static void record(DynamicPropertyRegistry registry) {
		RecordTamperIT.checkpointsIn(RECORD, registry);
	}

	@Autowired
	RecordService record;

	@Autowired
	MockMvc mvc;

	Party buyer;

	Party seller;

	Party admin;

	long thread;

	/**
	 * A thread of seven messages: the buyer's question with invoice.pdf, the seller's
	 * answer, a warranty offer withheld from the opted-out buyer (and the system note
	 * telling the seller so), more replies; a checkpoint after the fifth, two more after
	 * it.
	 */
	@BeforeAll
	void threadWithAWithheldMessageAndACheckpoint() {
		this.buyer = buyer();
		this.seller = seller();
		this.admin = admin();
		this.accounts.saveBuyerSettings(this.buyer.account().id(), new BuyerSettings(true));
		Order order = order(this.buyer, this.seller, Duration.ofDays(3));
		String invoice = Multipart.upload(this, this.buyer, "invoice.pdf", Multipart.PDF)
			.body()
			.get("attachmentId")
			.asString();
		Response first = post(this.buyer, API + "/orders/" + order.id() + "/messages",
				Map.of("body", "Message 1: the invoice is attached", "attachmentIds", List.of(invoice)));
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		this.thread = first.body().get("threadId").asLong();
		send(this.seller, "Message 2: thank you, we are checking it");
		Response warranty = post(this.seller, API + "/orders/" + order.id() + "/messages",
				message("WARRANTY", WITHHELD + ": it comes with a two-year warranty from the maker."));
		assertThat(warranty.body().get("delivery").asString()).isEqualTo("NOT_DELIVERED_OPTED_OUT");
		send(this.buyer, "Message after the warranty: any news?");
		for (int other = 0; other < 4; other++) {
			Party buyer = buyer();
			post(buyer, API + "/orders/" + order(buyer, this.seller, Duration.ofDays(3)).id() + "/messages",
					message("Another thread in the checkpoint"));
		}
		assertThat(this.record.checkpoint()).isPresent();
		send(this.seller, "Yes: the refund is on its way");
		send(this.buyer, "Last message: thanks");
	}

	@Test
	void eachPartysBundleVerifiesOfflineAndTheBuyersHoldsNothingWithheldFromTheBuyer() throws IOException {
		Map<String, byte[]> buyers = export(this.buyer);
		Report buyerReport = EvidenceVerifier.verify(buyers, null);
		System.out.print("Buyer's bundle:\n" + buyerReport.text());
		assertThat(buyerReport.isIntact()).as(buyerReport.text()).isTrue();
		assertThat(buyerReport.status()).isZero();
		assertThat(buyerReport.facts()).anyMatch((f) -> f.contains("proves messages 1 to 5"))
			.anyMatch((f) -> f.contains("is signed by key"))
			.anyMatch((f) -> f.contains("withheld from this party"));
		JsonNode messages = json(buyers.get(EvidenceFormat.MESSAGES)).get("messages");
		assertThat(messages).hasSize(7);
		List<JsonNode> withheld = messages.valueStream().filter((m) -> m.has("withheld")).toList();
		assertThat(withheld).isNotEmpty()
			.allSatisfy((m) -> assertThat(m.propertyNames()).containsOnly("seq", "withheld", "hash"));
		for (Map.Entry<String, byte[]> file : buyers.entrySet()) {
			assertThat(new String(file.getValue(), StandardCharsets.UTF_8)).as(file.getKey())
				.doesNotContain(WITHHELD)
				.doesNotContain("SYSTEM_NOTE");
		}
		assertThat(buyers).containsKey(EvidenceFormat.attachmentPath(1, 1, "invoice.pdf"));
		assertThat(new String(buyers.get(EvidenceFormat.TRANSCRIPT), StandardCharsets.UTF_8))
			.contains("Message 1: the invoice is attached", "Last message: thanks", "invoice.pdf");

		Map<String, byte[]> sellers = export(this.seller);
		Report sellerReport = EvidenceVerifier.verify(sellers, null);
		assertThat(sellerReport.status()).as(sellerReport.text()).isZero();
		assertThat(json(sellers.get(EvidenceFormat.MESSAGES)).get("messages").valueStream())
			.noneMatch((m) -> m.has("withheld"));
		assertThat(new String(sellers.get(EvidenceFormat.MESSAGES), StandardCharsets.UTF_8)).contains(WITHHELD);

		Map<String, byte[]> admins = export(this.admin);
		Report adminReport = EvidenceVerifier.verify(admins, null);
		assertThat(adminReport.status()).as(adminReport.text()).isZero();
		assertThat(json(admins.get(EvidenceFormat.EVENTS)).has("flags")).isTrue();
		assertThat(json(buyers.get(EvidenceFormat.EVENTS)).has("flags")).isFalse();
	}

	@Test
	void theVerifierNamesTheFirstAlteredItem() throws IOException {
		Map<String, byte[]> bundle = export(this.buyer);

		Map<String, byte[]> body = new LinkedHashMap<>(bundle);
		String messages = new String(bundle.get(EvidenceFormat.MESSAGES), StandardCharsets.UTF_8);
		body.put(EvidenceFormat.MESSAGES,
				messages.replace("we are checking it", "we are checking iT").getBytes(StandardCharsets.UTF_8));
		assertThat(firstProblem(body)).matches("message 2 \\(id \\d+\\) altered: its content does not hash.*");

		Map<String, byte[]> attachment = new LinkedHashMap<>(bundle);
		String path = EvidenceFormat.attachmentPath(1, 1, "invoice.pdf");
		byte[] pdf = bundle.get(path).clone();
		pdf[pdf.length / 2] ^= 1;
		attachment.put(path, pdf);
		assertThat(firstProblem(attachment)).startsWith("attachment invoice.pdf of message 1 altered");

		Map<String, byte[]> dropped = new LinkedHashMap<>(bundle);
		dropped.put(EvidenceFormat.MESSAGES, withoutMessage(bundle.get(EvidenceFormat.MESSAGES), 2));
		assertThat(firstProblem(dropped)).isEqualTo("message 2 missing: chain broken after message 1");
		assertThat(EvidenceVerifier.verify(dropped, null).problems()).hasSize(1);

		Map<String, byte[]> tail = new LinkedHashMap<>(bundle);
		tail.put(EvidenceFormat.MESSAGES, withoutMessage(bundle.get(EvidenceFormat.MESSAGES), 7));
		assertThat(firstProblem(tail)).startsWith("message 7 missing: the bundle ends at message 6");

		Map<String, byte[]> transcript = new LinkedHashMap<>(bundle);
		byte[] html = bundle.get(EvidenceFormat.TRANSCRIPT).clone();
		html[html.length / 2] ^= 1;
		transcript.put(EvidenceFormat.TRANSCRIPT, html);
		assertThat(firstProblem(transcript)).startsWith("file transcript.html altered");

		Map<String, byte[]> checkpoint = new LinkedHashMap<>(bundle);
		JsonNode proof = json(bundle.get(EvidenceFormat.CHECKPOINT));
		((ObjectNode) proof.get("leaf")).put("messageCount", 4);
		checkpoint.put(EvidenceFormat.CHECKPOINT, this.json.writeValueAsBytes(proof));
		assertThat(firstProblem(checkpoint)).startsWith("checkpoint/checkpoint.json altered: the inclusion proof");
	}

	@Test
	void theScriptVerifiesAnExportedBundleAndNamesAnAlteredOne() throws Exception {
		Path bundle = Files.createTempFile(RECORD, "bundle-", ".zip");
		Response response = get(this.buyer, API + "/threads/" + this.thread + "/evidence");
		Files.write(bundle, response.bytes());
		Script intact = script(bundle);
		System.out.print("scripts/verify-evidence " + bundle + ":\n" + intact.output());
		assertThat(intact.status()).as(intact.output()).isZero();
		assertThat(intact.output()).startsWith("OK");

		Map<String, byte[]> files = unzip(response.bytes());
		String messages = new String(files.get(EvidenceFormat.MESSAGES), StandardCharsets.UTF_8);
		files.put(EvidenceFormat.MESSAGES,
				messages.replace("Last message: thanks", "Last message: THANKS").getBytes(StandardCharsets.UTF_8));
		Path altered = Files.createTempFile(RECORD, "altered-", ".zip");
		Files.write(altered, zip(files));
		Script named = script(altered);
		assertThat(named.status()).as(named.output()).isEqualTo(1);
		assertThat(named.output()).startsWith("ALTERED: message 7 (id ");
	}

	@Test
	void anotherPartysThreadIsNotFoundOnTheApiAndThePages() throws Exception {
		Response otherBuyer = get(buyer(), API + "/threads/" + this.thread + "/evidence");
		assertThat(otherBuyer.status()).isEqualTo(404);
		assertThat(otherBuyer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(get(seller(), API + "/threads/" + this.thread + "/evidence").status()).isEqualTo(404);
		assertThat(get(null, API + "/threads/" + this.thread + "/evidence").status()).isEqualTo(401);

		open("/buyer/threads/" + this.thread + "/evidence", buyer()).andExpect(status().isNotFound());
		open("/seller/threads/" + this.thread + "/evidence", seller()).andExpect(status().isNotFound());
		MvcResult own = open("/buyer/threads/" + this.thread + "/evidence", this.buyer).andExpect(status().isOk())
			.andReturn();
		assertThat(own.getResponse().getContentType()).isEqualTo(EvidenceBundle.MEDIA_TYPE);
		assertThat(EvidenceVerifier.verify(unzip(own.getResponse().getContentAsByteArray()), null).status()).isZero();
		open("/admin/threads/" + this.thread + "/evidence", this.admin).andExpect(status().isOk());
		open("/seller/threads/" + this.thread + "/evidence", this.seller).andExpect(status().isOk());

		String page = open("/buyer/threads/" + this.thread, this.buyer).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/buyer/threads/" + this.thread + "/evidence\"");
		assertThat(open("/seller/threads/" + this.thread, this.seller).andReturn().getResponse().getContentAsString())
			.contains("href=\"/seller/threads/" + this.thread + "/evidence\"");
		assertThat(open("/admin/threads/" + this.thread, this.admin).andReturn().getResponse().getContentAsString())
			.contains("href=\"/admin/threads/" + this.thread + "/evidence\"");
	}

	private Map<String, byte[]> export(Party party) throws IOException {
		Response response = get(party, API + "/threads/" + this.thread + "/evidence");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.header("Content-Type")).isEqualTo(EvidenceBundle.MEDIA_TYPE);
		assertThat(response.header("Content-Disposition")).contains("parley-thread-" + this.thread + "-evidence.zip");
		return unzip(response.bytes());
	}

	private void send(Party party, String body) {
		Response sent = post(party, API + "/threads/" + this.thread + "/messages", message(body));
		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
	}

	private ResultActions open(String path, Party party) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(path).with(user(page(party))));
	}

	private static ParleyUser page(Party party) {
		return new ParleyUser(party.account(), "{noop}secret");
	}

	private static String firstProblem(Map<String, byte[]> bundle) {
		Report report = EvidenceVerifier.verify(bundle, null);
		assertThat(report.isIntact()).as("an altered bundle").isFalse();
		return report.problems().get(0);
	}

	private byte[] withoutMessage(byte[] messages, int seq) {
		JsonNode document = json(messages);
		ArrayNode list = (ArrayNode) document.get("messages");
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i).get("seq").asInt() == seq) {
				list.remove(i);
				break;
			}
		}
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
	}

	private JsonNode json(byte[] bytes) {
		return this.json.readTree(bytes);
	}

	private static Script script(Path bundle) throws Exception {
		Path root = Path.of("..").toAbsolutePath().normalize();
		ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("scripts/verify-evidence").toString(),
				bundle.toString())
			.redirectErrorStream(true);
		builder.environment().put("JAVA", ProcessHandle.current().info().command().orElse("java"));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Script(process.exitValue(), output);
	}

	record Script(int status, String output) {
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	static byte[] zip(Map<String, byte[]> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				out.putNextEntry(new ZipEntry(file.getKey()));
				out.write(file.getValue());
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static String letters(long number) {
		StringBuilder out = new StringBuilder();
		for (long n = number; n > 0; n /= 26) {
			out.append((char) ('a' + n % 26));
		}
		return out.toString();
	}

}
