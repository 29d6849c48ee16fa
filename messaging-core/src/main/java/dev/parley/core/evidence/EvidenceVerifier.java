package dev.parley.core.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.parley.core.account.AccountId;
import dev.parley.core.chain.CanonicalForm;
import dev.parley.core.chain.Checkpoint;
import dev.parley.core.chain.HashChain;
import dev.parley.core.chain.MerkleTree;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.Redaction;
import dev.parley.core.conversation.Sender;
import dev.parley.core.conversation.ThreadHead;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.Visibility;
import dev.parley.core.conversation.Topic;
import dev.parley.core.evidence.EvidenceFormat.FileDigest;
import org.jspecify.annotations.Nullable;

/**
 * The offline verifier of an evidence bundle ({@link EvidenceFormat}): needs the Java
 * platform and this module's classes, not the application, the database or the network.
 * <p>
 * It recomputes, in order: every included message's link in the hash chain from its
 * fields (withheld messages count by their link alone), every attachment's SHA-256 from
 * its bytes, the sequence numbers and the message count (nothing dropped), the manifest's
 * Ed25519 signature and the links it signed, the thread's head against the latest signed
 * checkpoint (the Merkle inclusion proof and the checkpoint's signature), and every
 * file's digest. It names each altered item, the first first.
 * <p>
 * Usage: {@code verify-evidence [--key PUBLIC_KEY.pem] BUNDLE.zip|DIRECTORY}. Exit status
 * 0: intact and anchored (signed); 1: altered; 2: not readable as a bundle; 3: intact as
 * far as it goes, but nothing in it is signed, so it proves nothing about the record.
 */
public final class EvidenceVerifier {

	/** The most a bundle may hold, read into memory. */
	static final long MAX_BYTES = 1L << 30;

	private final Map<String, byte[]> files;

	private final @Nullable PublicKey trustedKey;

	private final List<String> problems = new ArrayList<>();

	private final List<String> facts = new ArrayList<>();

	/** Files whose alteration is already named by a more precise problem. */
	private final Set<String> named = new HashSet<>();

	private EvidenceVerifier(Map<String, byte[]> files, @Nullable PublicKey trustedKey) {
		this.files = files;
		this.trustedKey = trustedKey;
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out));
	}

	/**
	 * Runs the verifier as the command line does.
	 * @param args {@code [--key PUBLIC_KEY.pem] BUNDLE}
	 * @param out where the report goes
	 * @return the exit status
	 */
	public static int run(String[] args, PrintStream out) {
		Path keyFile = null;
		Path bundle = null;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--key") && i + 1 < args.length) {
				keyFile = Path.of(args[++i]);
			}
			else if (bundle == null && !args[i].startsWith("--")) {
				bundle = Path.of(args[i]);
			}
			else {
				bundle = null;
				break;
			}
		}
		if (bundle == null) {
			out.println("usage: verify-evidence [--key PUBLIC_KEY.pem] BUNDLE.zip|DIRECTORY");
			return 2;
		}
		try {
			PublicKey key = (keyFile != null) ? publicKey(Files.readString(keyFile, StandardCharsets.US_ASCII)) : null;
			Report report = verify(read(bundle), key);
			out.print(report.text());
			return report.status();
		}
		catch (IOException | IllegalArgumentException ex) {
			out.println("UNREADABLE: " + ex.getMessage());
			return 2;
		}
	}

	/**
	 * Reads a bundle: a ZIP archive, or a directory it was unpacked into.
	 * @param bundle the path
	 * @return its files by path
	 * @throws IOException when it cannot be read
	 */
	public static Map<String, byte[]> read(Path bundle) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		long total = 0;
		if (Files.isDirectory(bundle)) {
			try (Stream<Path> walk = Files.walk(bundle)) {
				for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
					total += Files.size(file);
					if (total > MAX_BYTES) {
						throw new IOException(bundle + " holds more than " + MAX_BYTES + " bytes");
					}
					files.put(bundle.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
				}
			}
			return files;
		}
		try (ZipFile zip = new ZipFile(bundle.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (entry.isDirectory()) {
					continue;
				}
				try (InputStream in = zip.getInputStream(entry)) {
					byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES - total + 1));
					total += bytes.length;
					if (total > MAX_BYTES) {
						throw new IOException(bundle + " expands to more than " + MAX_BYTES + " bytes");
					}
					if (files.put(entry.getName(), bytes) != null) {
						throw new IOException(bundle + " holds " + entry.getName() + " twice");
					}
				}
			}
		}
		return files;
	}

	/**
	 * Verifies a bundle.
	 * @param files its files by path
	 * @param trustedKey the checkpoint key the verifier trusts, or null to use the key in
	 * the bundle (whose id is then reported, to be compared with the published one)
	 * @return the report
	 */
	public static Report verify(Map<String, byte[]> files, @Nullable PublicKey trustedKey) {
		EvidenceVerifier verifier = new EvidenceVerifier(files, trustedKey);
		verifier.verify();
		return new Report(verifier.problems, verifier.facts);
	}

	private void verify() {
		Map<String, @Nullable Object> manifest = object(EvidenceFormat.MANIFEST);
		if (manifest == null) {
			return;
		}
		if (!EvidenceFormat.VERSION.equals(manifest.get("format"))) {
			problem(EvidenceFormat.MANIFEST + " is not a " + EvidenceFormat.VERSION + " manifest");
			return;
		}
		Manifest signed;
		try {
			signed = Manifest.of(manifest);
		}
		catch (RuntimeException ex) {
			problem(EvidenceFormat.MANIFEST + " altered: " + ex.getMessage());
			return;
		}
		PublicKey key = key();
		boolean manifestHolds = manifestSignature(signed, key);
		Map<Integer, byte[]> links = messages(signed, manifestHolds);
		checkpoint(signed, key, links);
		fileDigests(signed, manifestHolds);
	}

	private @Nullable PublicKey key() {
		if (this.trustedKey != null) {
			this.facts.add("checkpoint key " + Checkpoint.keyId(this.trustedKey) + " (given with --key)");
			return this.trustedKey;
		}
		byte[] pem = this.files.get(EvidenceFormat.PUBLIC_KEY);
		if (pem == null) {
			return null;
		}
		try {
			PublicKey key = publicKey(new String(pem, StandardCharsets.US_ASCII));
			this.facts.add("checkpoint key " + Checkpoint.keyId(key) + " (from the bundle: compare this id with the "
					+ "key the marketplace publishes, or pass --key)");
			return key;
		}
		catch (IllegalArgumentException ex) {
			problem(EvidenceFormat.PUBLIC_KEY + " altered: " + ex.getMessage());
			return null;
		}
	}

	private boolean manifestSignature(Manifest manifest, @Nullable PublicKey key) {
		if (manifest.signature() == null) {
			this.facts.add("the export is not signed (the exporting instance holds no checkpoint key)");
			return false;
		}
		if (key == null) {
			problem(EvidenceFormat.MANIFEST + " is signed, but there is no public key to check it with");
			return false;
		}
		boolean holds = manifest.keyId().equals(Checkpoint.keyId(key))
				&& ed25519(key, manifest.signedBytes(), manifest.signature());
		if (!holds) {
			problem(EvidenceFormat.MANIFEST + " altered: its signature does not hold under key "
					+ Checkpoint.keyId(key));
			this.named.add(EvidenceFormat.MANIFEST);
			return false;
		}
		this.facts.add("the export of " + manifest.exportedAt() + " for the " + manifest.exportedFor().toLowerCase()
				+ " is signed by key " + manifest.keyId());
		return true;
	}

	/**
	 * Walks the chain; returns every link by sequence number (as signed, when the
	 * manifest holds).
	 */
	private Map<Integer, byte[]> messages(Manifest manifest, boolean manifestHolds) {
		Map<Integer, byte[]> links = new HashMap<>();
		Map<String, @Nullable Object> document = object(EvidenceFormat.MESSAGES);
		if (document == null) {
			return links;
		}
		List<@Nullable Object> entries;
		try {
			entries = list(document.get("messages"), "messages");
		}
		catch (RuntimeException ex) {
			problem(EvidenceFormat.MESSAGES + " altered: " + ex.getMessage());
			return links;
		}
		int problemsBefore = this.problems.size();
		byte @Nullable [] previous = HashChain.genesis();
		int expected = 1;
		int withheld = 0;
		int attachments = 0;
		for (Object item : entries) {
			Map<String, @Nullable Object> entry;
			int seq;
			byte[] link;
			try {
				entry = map(item, "a message");
				seq = integer(entry.get("seq"), "seq");
				link = hex32(entry.get("hash"), "hash");
			}
			catch (RuntimeException ex) {
				problem("message " + expected + " altered: " + ex.getMessage());
				expected++;
				continue;
			}
			if (seq > expected) {
				problem(missing(expected, seq));
				// The link before this one is known only from the signed manifest.
				previous = (manifestHolds && seq - 1 <= manifest.chain().size()) ? manifest.chain().get(seq - 2) : null;
			}
			else if (seq < expected) {
				problem("message " + seq + " appears again after message " + (expected - 1)
						+ ": the messages were reordered or copied");
			}
			expected = seq;
			boolean isWithheld = Boolean.TRUE.equals(entry.get("withheld"));
			String name = isWithheld ? "message " + seq + " (withheld from this party)"
					: "message " + seq + " (id " + entry.get("id") + ")";
			if (isWithheld) {
				withheld++;
			}
			else {
				attachments += message(manifest.thread(), seq, name, entry, previous, link);
			}
			byte[] signedLink = (manifestHolds && seq <= manifest.chain().size()) ? manifest.chain().get(seq - 1)
					: null;
			if (manifestHolds && (signedLink == null || !MessageDigest.isEqual(signedLink, link))) {
				problem(name + " altered: its link " + hex(link) + " is not the one the export signed"
						+ ((signedLink != null) ? " (" + hex(signedLink) + ")" : ""));
			}
			byte[] trusted = (signedLink != null) ? signedLink : link;
			links.put(seq, trusted);
			previous = trusted;
			expected++;
		}
		int last = expected - 1;
		if (manifest.messageCount() > last) {
			problem("message " + (last + 1) + " missing: the bundle ends at message " + last + ", but the thread had "
					+ manifest.messageCount() + " messages at export (" + (manifestHolds ? "signed" : "unsigned")
					+ " manifest)");
		}
		else if (manifest.messageCount() < last) {
			problem("messages " + (manifest.messageCount() + 1) + " to " + last + " were added: the thread had "
					+ manifest.messageCount() + " messages at export");
		}
		else if (links.containsKey(last) && !MessageDigest.isEqual(links.get(last), manifest.head())) {
			problem("message " + last + " altered: the chain does not end in the thread's head "
					+ hex(manifest.head()));
		}
		if (this.problems.size() > problemsBefore) {
			this.named.add(EvidenceFormat.MESSAGES);
		}
		this.facts.add(last
				+ " messages" + ((withheld > 0)
						? " (" + withheld + " withheld from this party, included as their links in the chain)" : "")
				+ " and " + attachments + " attachment(s) checked against the hash chain");
		return links;
	}

	private static String missing(int expected, int found) {
		return "message " + expected + " missing: chain broken "
				+ ((expected == 1) ? "before message " + found : "after message " + (expected - 1));
	}

	/** Verifies one included message; returns how many attachments it has. */
	private int message(long thread, int seq, String name, Map<String, @Nullable Object> entry,
			byte @Nullable [] previous, byte[] link) {
		Message message;
		try {
			message = toMessage(thread, seq, entry, link);
		}
		catch (RuntimeException ex) {
			problem(name + " altered: " + ex.getMessage());
			return 0;
		}
		int index = 0;
		for (Object item : list(entry.get("attachments"), "attachments")) {
			AttachmentInfo info = message.attachments().get(index++);
			String path = string(map(item, "an attachment").get("path"), "path");
			byte[] bytes = this.files.get(path);
			if (bytes == null) {
				problem("attachment " + info.fileName() + " of message " + seq + " missing (" + path + ")");
			}
			else if (!EvidenceFormat.sha256(bytes).equals(info.sha256())) {
				problem("attachment " + info.fileName() + " of message " + seq + " altered: its bytes hash to "
						+ EvidenceFormat.sha256(bytes) + ", the message was chained with " + info.sha256());
				this.named.add(path);
			}
		}
		if (previous == null) {
			return message.attachments().size();
		}
		byte[] recomputed = HashChain.link(previous, CanonicalForm.of(message));
		if (!MessageDigest.isEqual(recomputed, link)) {
			problem(name + " altered: its content does not hash to its link in the chain (recomputed " + hex(recomputed)
					+ ", stated " + hex(link) + ")");
		}
		return message.attachments().size();
	}

	private static Message toMessage(long thread, int seq, Map<String, @Nullable Object> entry, byte[] link) {
		List<AttachmentInfo> attachments = new ArrayList<>();
		for (Object item : list(entry.get("attachments"), "attachments")) {
			Map<String, @Nullable Object> a = map(item, "an attachment");
			attachments.add(new AttachmentInfo(AttachmentId.of(number(a.get("id"), "attachment id")),
					string(a.get("fileName"), "fileName"), string(a.get("contentType"), "contentType"),
					number(a.get("size"), "size"), string(a.get("sha256"), "sha256")));
		}
		List<Redaction> redactions = new ArrayList<>();
		for (Object item : list(entry.get("redactions"), "redactions")) {
			Map<String, @Nullable Object> r = map(item, "a redaction");
			redactions.add(new Redaction(string(r.get("rule"), "rule"), integer(r.get("start"), "start"),
					integer(r.get("end"), "end")));
		}
		Object author = entry.get("authorId");
		Object topic = entry.get("topic");
		return new Message(MessageId.of(number(entry.get("id"), "id")), ThreadId.of(thread), seq,
				Sender.valueOf(string(entry.get("sender"), "sender")),
				(author != null) ? AccountId.of(number(author, "authorId")) : null,
				Action.valueOf(string(entry.get("action"), "action")),
				(topic != null) ? Topic.valueOf(string(topic, "topic")) : null, string(entry.get("subject"), "subject"),
				string(entry.get("html"), "html"), string(entry.get("text"), "text"), attachments,
				Instant.parse(string(entry.get("sentAt"), "sentAt")),
				Delivery.valueOf(string(entry.get("delivery"), "delivery")), bool(entry.get("important"), "important"),
				bool(entry.get("proactive"), "proactive"), redactions,
				Visibility.valueOf(string(entry.get("visibility"), "visibility")), link);
	}

	private void checkpoint(Manifest manifest, @Nullable PublicKey key, Map<Integer, byte[]> links) {
		Map<String, @Nullable Object> document = this.files.containsKey(EvidenceFormat.CHECKPOINT)
				? object(EvidenceFormat.CHECKPOINT) : null;
		if (document == null) {
			if (!this.files.containsKey(EvidenceFormat.CHECKPOINT)) {
				this.facts.add("no signed checkpoint covered this thread yet at export");
			}
			return;
		}
		try {
			Checkpoint checkpoint = new Checkpoint(number(document.get("id"), "id"),
					Instant.EPOCH.plus(number(document.get("createdAtMicros"), "createdAtMicros"), ChronoUnit.MICROS),
					integer(document.get("treeSize"), "treeSize"), hex32(document.get("root"), "root"),
					string(document.get("keyId"), "keyId"),
					Base64.getDecoder().decode(string(document.get("signature"), "signature")));
			Map<String, @Nullable Object> leaf = map(document.get("leaf"), "leaf");
			ThreadHead head = new ThreadHead(ThreadId.of(number(leaf.get("thread"), "leaf thread")),
					integer(leaf.get("messageCount"), "messageCount"), hex32(leaf.get("head"), "head"));
			int index = integer(leaf.get("index"), "index");
			List<byte[]> path = new ArrayList<>();
			for (Object hash : list(document.get("auditPath"), "auditPath")) {
				path.add(hex32(hash, "auditPath"));
			}
			String name = "checkpoint #" + checkpoint.id() + " of " + checkpoint.createdAt();
			if (key == null) {
				problem(EvidenceFormat.PUBLIC_KEY + " missing: the checkpoint cannot be checked");
				return;
			}
			if (!checkpoint.keyId().equals(Checkpoint.keyId(key)) || !checkpoint.signatureHolds(key)) {
				problem(EvidenceFormat.CHECKPOINT + " altered: the signature of " + name + " does not hold under key "
						+ Checkpoint.keyId(key));
				this.named.add(EvidenceFormat.CHECKPOINT);
				return;
			}
			if (head.thread().value() != manifest.thread()) {
				problem(EvidenceFormat.CHECKPOINT + " altered: its leaf is thread " + head.thread().value()
						+ ", not thread " + manifest.thread());
				this.named.add(EvidenceFormat.CHECKPOINT);
				return;
			}
			byte[] root = MerkleTree.rootFromProof(MerkleTree.leafHash(head.leafBytes()), index, checkpoint.treeSize(),
					path);
			if (!MessageDigest.isEqual(root, checkpoint.root())) {
				problem(EvidenceFormat.CHECKPOINT + " altered: the inclusion proof of thread " + manifest.thread()
						+ " does not lead to the root that " + name + " signed");
				this.named.add(EvidenceFormat.CHECKPOINT);
				return;
			}
			byte[] link = links.get(head.messageCount());
			if (link == null) {
				problem("message " + head.messageCount() + " missing: " + name + " signed " + head.messageCount()
						+ " messages of this thread");
			}
			else if (!MessageDigest.isEqual(link, head.head())) {
				problem("the chain up to message " + head.messageCount() + " does not end in the head " + name
						+ " signed: a message up to that one was rewritten and the chain recomputed");
			}
			else {
				this.facts.add(name + " proves messages 1 to " + head.messageCount() + " (leaf " + index + " of "
						+ checkpoint.treeSize() + ", an audit path of " + path.size() + " hashes, signed by key "
						+ checkpoint.keyId() + ")");
			}
		}
		catch (RuntimeException ex) {
			problem(EvidenceFormat.CHECKPOINT + " altered: " + ex.getMessage());
			this.named.add(EvidenceFormat.CHECKPOINT);
		}
	}

	private void fileDigests(Manifest manifest, boolean manifestHolds) {
		Set<String> listed = new HashSet<>();
		for (FileDigest file : manifest.files()) {
			listed.add(file.path());
			byte[] bytes = this.files.get(file.path());
			if (bytes == null) {
				if (!this.named.contains(file.path())) {
					problem("file " + file.path() + " missing");
				}
			}
			else if (!EvidenceFormat.sha256(bytes).equals(file.sha256()) && !this.named.contains(file.path())) {
				problem("file " + file.path() + " altered: its SHA-256 is not the one in the "
						+ (manifestHolds ? "signed " : "") + "manifest");
			}
		}
		for (String path : this.files.keySet()) {
			if (!listed.contains(path) && !path.equals(EvidenceFormat.MANIFEST)) {
				problem("file " + path + " was added after the export");
			}
		}
	}

	private @Nullable Map<String, @Nullable Object> object(String path) {
		byte[] bytes = this.files.get(path);
		if (bytes == null) {
			problem(path + " missing" + (path.equals(EvidenceFormat.MANIFEST) ? ": not an evidence bundle" : ""));
			this.named.add(path);
			return null;
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString();
			return map(Json.parse(text), "the document");
		}
		catch (CharacterCodingException ex) {
			problem(path + " altered: not UTF-8");
		}
		catch (IllegalArgumentException ex) {
			problem(path + " altered: " + ex.getMessage());
		}
		this.named.add(path);
		return null;
	}

	private void problem(String problem) {
		this.problems.add(problem);
	}

	static PublicKey publicKey(String pem) {
		String body = pem.replace("-----BEGIN PUBLIC KEY-----", "")
			.replace("-----END PUBLIC KEY-----", "")
			.replaceAll("\\s", "");
		try {
			return KeyFactory.getInstance("Ed25519")
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("not an Ed25519 public key in PEM: " + ex.getMessage(), ex);
		}
	}

	private static boolean ed25519(PublicKey key, byte[] signed, byte[] signature) {
		try {
			java.security.Signature ed25519 = java.security.Signature.getInstance("Ed25519");
			ed25519.initVerify(key);
			ed25519.update(signed);
			return ed25519.verify(signature);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, @Nullable Object> map(@Nullable Object value, String what) {
		if (value instanceof Map<?, ?> map) {
			return (Map<String, @Nullable Object>) map;
		}
		throw new IllegalArgumentException(what + " is not a JSON object");
	}

	@SuppressWarnings("unchecked")
	static List<@Nullable Object> list(@Nullable Object value, String what) {
		if (value instanceof List<?> list) {
			return (List<@Nullable Object>) list;
		}
		throw new IllegalArgumentException(what + " is not a JSON array");
	}

	static String string(@Nullable Object value, String what) {
		if (value instanceof String string) {
			return string;
		}
		throw new IllegalArgumentException(what + " is not a string");
	}

	static long number(@Nullable Object value, String what) {
		if (value instanceof BigDecimal number) {
			try {
				return number.longValueExact();
			}
			catch (ArithmeticException ex) {
				// falls through
			}
		}
		throw new IllegalArgumentException(what + " is not a whole number");
	}

	static int integer(@Nullable Object value, String what) {
		long number = number(value, what);
		if (number != (int) number) {
			throw new IllegalArgumentException(what + " is out of range");
		}
		return (int) number;
	}

	static boolean bool(@Nullable Object value, String what) {
		if (value instanceof Boolean bool) {
			return bool;
		}
		throw new IllegalArgumentException(what + " is not true or false");
	}

	static byte[] hex32(@Nullable Object value, String what) {
		String text = string(value, what);
		if (!text.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException(what + " is not 64 lower-case hex digits");
		}
		return HexFormat.of().parseHex(text);
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * The manifest's values, as signed.
	 */
	private record Manifest(long thread, Instant exportedAt, String exportedFor, int messageCount, byte[] head,
			List<byte[]> chain, List<FileDigest> files, String keyId, byte @Nullable [] signature) {

		static Manifest of(Map<String, @Nullable Object> json) {
			List<byte[]> chain = new ArrayList<>();
			for (Object link : list(json.get("chain"), "chain")) {
				chain.add(hex32(link, "a link of the chain"));
			}
			List<FileDigest> files = new ArrayList<>();
			for (Object item : list(json.get("files"), "files")) {
				Map<String, @Nullable Object> file = map(item, "a file");
				files.add(new FileDigest(string(file.get("path"), "path"), string(file.get("sha256"), "sha256")));
			}
			Object signature = json.get("signature");
			Object keyId = json.get("keyId");
			return new Manifest(number(json.get("thread"), "thread"),
					Instant.parse(string(json.get("exportedAt"), "exportedAt")),
					string(json.get("exportedFor"), "exportedFor"), integer(json.get("messageCount"), "messageCount"),
					hex32(json.get("head"), "head"), chain, files, (keyId != null) ? string(keyId, "keyId") : "",
					(signature != null) ? Base64.getDecoder().decode(string(signature, "signature")) : null);
		}

		byte[] signedBytes() {
			return EvidenceFormat.signedManifest(this.thread, this.exportedAt, this.exportedFor, this.messageCount,
					hex(this.head), this.chain.stream().map(EvidenceVerifier::hex).toList(), this.files, this.keyId);
		}

	}

	/**
	 * What the verifier found.
	 *
	 * @param problems every altered or missing item, the first first; empty when intact
	 * @param facts what was checked and what it rests on
	 */
	public record Report(List<String> problems, List<String> facts) {

		public Report {
			problems = List.copyOf(problems);
			facts = List.copyOf(facts);
		}

		public boolean isIntact() {
			return this.problems.isEmpty();
		}

		/**
		 * Whether something in the bundle is signed: the export, or a checkpoint proof.
		 * @return true when the intact bundle proves something about the record
		 */
		public boolean isAnchored() {
			return this.facts.stream()
				.anyMatch((f) -> f.contains("is signed by key") || f.contains(" proves messages"));
		}

		/**
		 * The exit status of the command line.
		 * @return 0 intact and anchored, 1 altered, 3 intact but not anchored
		 */
		public int status() {
			if (!isIntact()) {
				return 1;
			}
			return isAnchored() ? 0 : 3;
		}

		/**
		 * The report as printed.
		 * @return the text, one item a line
		 */
		public String text() {
			StringBuilder out = new StringBuilder();
			if (isIntact()) {
				out.append(isAnchored() ? "OK" : "OK, BUT NOT ANCHORED: nothing in the bundle is signed").append('\n');
			}
			else {
				out.append("ALTERED: ").append(this.problems.get(0)).append('\n');
				for (String problem : this.problems.subList(1, this.problems.size())) {
					out.append("  and: ").append(problem).append('\n');
				}
			}
			for (String fact : this.facts) {
				out.append("  - ").append(fact).append('\n');
			}
			return out.toString();
		}

	}

}
