package dev.parley.web.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.Attachments;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.Redaction;
import dev.parley.core.conversation.ThreadEvent;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.evidence.EvidenceFormat;
import dev.parley.core.evidence.EvidenceFormat.FileDigest;
import dev.parley.core.moderation.AdminDecision;
import dev.parley.core.moderation.Flag;
import dev.parley.web.conversation.ThreadReader;
import dev.parley.web.conversation.ThreadView;
import dev.parley.web.platform.Caller;
import dev.parley.web.record.RecordService;
import dev.parley.web.record.RecordService.Inclusion;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a thread's evidence bundle ({@link EvidenceFormat}) as one party or an admin
 * may see it.
 * <p>
 * What the party may see is what {@link ThreadReader} shows them, no more: a buyer's
 * bundle leaves out the messages withheld from the buyer and the seller's system notes
 * (each is listed by its link in the chain alone, so the chain still verifies through
 * it), the seller-only and admin-only events, decisions and flags, and the attachments of
 * what it leaves out. The manifest lists every link of the chain and every file's
 * SHA-256, signed with the record's checkpoint key; the latest external checkpoint and
 * the thread's inclusion proof anchor the chain to the record.
 */
@Service
public class EvidenceService {

	private final ThreadReader reader;

	private final Conversations conversations;

	private final Attachments attachments;

	private final RecordService record;

	private final ITemplateEngine templates;

	private final JsonMapper json;

	private final Clock clock;

	EvidenceService(ThreadReader reader, Conversations conversations, Attachments attachments, RecordService record,
			ITemplateEngine templates, JsonMapper json, Clock clock) {
		this.reader = reader;
		this.conversations = conversations;
		this.attachments = attachments;
		this.record = record;
		this.templates = templates;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Exports a thread's bundle for the caller.
	 * @param caller a party of the thread, or an admin
	 * @param threadId the thread
	 * @return the bundle in a temporary file
	 * @throws dev.parley.web.platform.NotFoundException when the caller may not see the
	 * thread
	 */
	@Transactional(readOnly = true)
	public EvidenceBundle export(Caller caller, ThreadId threadId) {
		ThreadView thread = this.reader.read(caller, threadId);
		List<Message> chain = this.conversations.messages(threadId);
		Set<MessageId> visible = thread.messages().stream().map(Message::id).collect(Collectors.toSet());
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<Entry> entries = new ArrayList<>();
		for (Message message : chain) {
			entries.add(visible.contains(message.id()) ? Entry.of(message) : Entry.withheld(message));
		}
		Optional<Inclusion> inclusion = this.record.inclusion(threadId);
		Path file = temporaryFile();
		try (Writer out = new Writer(Files.newOutputStream(file))) {
			out.write(EvidenceFormat.THREAD, json(threadJson(thread, chain.size())));
			out.write(EvidenceFormat.MESSAGES,
					json(Map.of("thread", threadId.value(), "messages", entries.stream().map(Entry::json).toList())));
			out.write(EvidenceFormat.EVENTS, json(eventsJson(thread, caller)));
			out.write(EvidenceFormat.TRANSCRIPT, transcript(thread, entries, inclusion, caller, now));
			for (Entry entry : entries) {
				for (AttachmentFile attachment : entry.attachments()) {
					out.write(attachment.path(),
							this.attachments.find(attachment.info().id())
								.orElseThrow(() -> new IllegalStateException("no attachment " + attachment.info().id()))
								.content());
				}
			}
			if (inclusion.isPresent()) {
				out.write(EvidenceFormat.CHECKPOINT, json(checkpointJson(inclusion.get())));
			}
			Optional<String> publicKey = this.record.publicKeyPem();
			if (publicKey.isPresent()) {
				out.write(EvidenceFormat.PUBLIC_KEY, publicKey.get().getBytes(StandardCharsets.US_ASCII));
			}
			out.write(EvidenceFormat.MANIFEST, json(manifest(threadId, caller, now, chain, out.digests())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the evidence bundle of thread " + threadId, ex);
		}
		try {
			return new EvidenceBundle("parley-thread-" + threadId.value() + "-evidence.zip", file, Files.size(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Map<String, Object> manifest(ThreadId thread, Caller caller, Instant now, List<Message> chain,
			List<FileDigest> files) {
		List<String> links = chain.stream().map((m) -> hex(m.hash())).toList();
		String head = chain.isEmpty() ? hex(new byte[32]) : links.get(links.size() - 1);
		String keyId = this.record.signingKeyId().orElse("");
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("format", EvidenceFormat.VERSION);
		manifest.put("thread", thread.value());
		manifest.put("exportedAt", now.toString());
		manifest.put("exportedFor", caller.role().name());
		manifest.put("messageCount", chain.size());
		manifest.put("head", head);
		manifest.put("chain", links);
		manifest.put("files", files.stream().map((f) -> Map.of("path", f.path(), "sha256", f.sha256())).toList());
		byte[] signed = EvidenceFormat.signedManifest(thread.value(), now, caller.role().name(), chain.size(), head,
				links, files, keyId);
		this.record.signEvidence(signed).ifPresent((signature) -> {
			manifest.put("keyId", signature.keyId());
			manifest.put("signature", Base64.getEncoder().encodeToString(signature.bytes()));
		});
		return manifest;
	}

	private static Map<String, Object> threadJson(ThreadView thread, int messageCount) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", thread.summary().id().value());
		json.put("subject", thread.summary().subject());
		json.put("createdAt", thread.summary().createdAt().toString());
		json.put("orderId", (thread.order() != null) ? thread.order().id().value() : null);
		json.put("buyer", Map.of("id", thread.buyer().id().value(), "displayName", thread.buyer().displayName()));
		json.put("seller", Map.of("id", thread.seller().id().value(), "displayName", thread.seller().displayName()));
		json.put("messageCount", messageCount);
		return json;
	}

	private static Map<String, Object> eventsJson(ThreadView thread, Caller caller) {
		boolean admin = caller.is(Role.ADMIN);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("events", thread.events().stream().map(EvidenceService::eventJson).toList());
		json.put("decisions", thread.decisions().stream().map((d) -> decisionJson(d, admin)).toList());
		if (admin) {
			json.put("flags", thread.flags().stream().map(EvidenceService::flagJson).toList());
		}
		return json;
	}

	private static Map<String, Object> eventJson(ThreadEvent event) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", event.id());
		json.put("type", event.type().name());
		json.put("actorId", id(event.actor()));
		json.put("messageId", (event.message() != null) ? event.message().value() : null);
		json.put("at", event.at().toString());
		if (event.type() == ThreadEvent.Type.READ) {
			json.put("readSeq", event.readSeq());
		}
		json.put("reason", event.reason());
		json.put("note", event.note());
		if (event.type() == ThreadEvent.Type.ASSIGNED || event.type() == ThreadEvent.Type.UNASSIGNED) {
			json.put("actorMemberId", event.actorMember());
			json.put("assigneeMemberId", event.assigneeMember());
		}
		return json;
	}

	private static Map<String, Object> decisionJson(AdminDecision decision, boolean admin) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", decision.id());
		json.put("kind", decision.kind().name());
		json.put("at", decision.at().toString());
		json.put("reason", decision.reason());
		if (admin) {
			json.put("adminId", decision.admin().value());
			json.put("flagId", (decision.flag() != null) ? decision.flag().value() : null);
		}
		return json;
	}

	private static Map<String, Object> flagJson(Flag flag) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", flag.id().value());
		json.put("source", flag.source().name());
		json.put("reason", flag.reason());
		json.put("note", flag.note());
		json.put("messageId", (flag.message() != null) ? flag.message().value() : null);
		json.put("raisedAt", flag.raisedAt().toString());
		json.put("raisedById", id(flag.raisedBy()));
		json.put("decisionId", (flag.decision() != null) ? flag.decision().id() : null);
		return json;
	}

	private static Map<String, Object> checkpointJson(Inclusion inclusion) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", inclusion.checkpoint().id());
		json.put("createdAt", inclusion.checkpoint().createdAt().toString());
		json.put("createdAtMicros", ChronoUnit.MICROS.between(Instant.EPOCH, inclusion.checkpoint().createdAt()));
		json.put("treeSize", inclusion.checkpoint().treeSize());
		json.put("root", inclusion.checkpoint().rootHex());
		json.put("keyId", inclusion.checkpoint().keyId());
		json.put("signature", Base64.getEncoder().encodeToString(inclusion.checkpoint().signature()));
		json.put("leaf", Map.of("index", inclusion.index(), "thread", inclusion.leaf().thread().value(), "messageCount",
				inclusion.leaf().messageCount(), "head", hex(inclusion.leaf().head())));
		json.put("auditPath", inclusion.auditPath().stream().map(EvidenceService::hex).toList());
		return json;
	}

	private byte[] transcript(ThreadView thread, List<Entry> entries, Optional<Inclusion> inclusion, Caller caller,
			Instant now) {
		Context context = new Context(LocaleContextHolder.getLocale());
		context.setVariable("thread", thread);
		context.setVariable("entries", entries);
		context.setVariable("inclusion", inclusion.orElse(null));
		context.setVariable("role", caller.role().name());
		context.setVariable("exportedAt", now.toString());
		context.setVariable("keyId", this.record.signingKeyId().orElse(null));
		return this.templates.process("evidence/transcript", context).getBytes(StandardCharsets.UTF_8);
	}

	private byte[] json(Object value) {
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
	}

	private static Path temporaryFile() {
		try {
			Path file = Files.createTempFile("parley-evidence-", ".zip");
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the evidence bundle's temporary file", ex);
		}
	}

	private static @Nullable Long id(@Nullable AccountId account) {
		return (account != null) ? account.value() : null;
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * A message of the chain as the bundle lists it.
	 *
	 * @param seq its sequence number
	 * @param hash its link, hex
	 * @param message the message, or null when withheld from the party
	 * @param attachments its attachments and where the bundle keeps them
	 */
	public record Entry(int seq, String hash, @Nullable Message message, List<AttachmentFile> attachments) {

		static Entry of(Message message) {
			List<AttachmentFile> files = new ArrayList<>();
			for (AttachmentInfo info : message.attachments()) {
				files.add(new AttachmentFile(info,
						EvidenceFormat.attachmentPath(message.seq(), files.size() + 1, info.fileName())));
			}
			return new Entry(message.seq(), hex(message.hash()), message, files);
		}

		static Entry withheld(Message message) {
			return new Entry(message.seq(), hex(message.hash()), null, List.of());
		}

		public boolean isWithheld() {
			return this.message == null;
		}

		Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("seq", this.seq);
			Message m = this.message;
			if (m == null) {
				json.put("withheld", true);
				json.put("hash", this.hash);
				return json;
			}
			json.put("id", m.id().value());
			json.put("sender", m.sender().name());
			json.put("authorId", id(m.author()));
			json.put("action", m.action().name());
			json.put("topic", (m.topic() != null) ? m.topic().name() : null);
			json.put("subject", m.subject());
			json.put("html", m.html());
			json.put("text", m.text());
			json.put("sentAt", m.sentAt().toString());
			json.put("delivery", m.delivery().name());
			json.put("important", m.important());
			json.put("proactive", m.proactive());
			json.put("visibility", m.visibility().name());
			json.put("redactions", m.redactions().stream().map(Entry::redaction).toList());
			json.put("attachments", this.attachments.stream().map(AttachmentFile::json).toList());
			json.put("hash", this.hash);
			return json;
		}

		private static Map<String, Object> redaction(Redaction redaction) {
			return Map.of("rule", redaction.rule(), "start", redaction.start(), "end", redaction.end());
		}

	}

	/**
	 * An attachment and its path in the bundle.
	 *
	 * @param info the attachment
	 * @param path where its bytes are
	 */
	public record AttachmentFile(AttachmentInfo info, String path) {

		Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", this.info.id().value());
			json.put("fileName", this.info.fileName());
			json.put("contentType", this.info.contentType());
			json.put("size", this.info.size());
			json.put("sha256", this.info.sha256());
			json.put("path", this.path);
			return json;
		}

	}

	/** Writes the ZIP archive and keeps every file's digest, in order. */
	private static final class Writer implements AutoCloseable {

		private final ZipOutputStream zip;

		private final List<FileDigest> digests = new ArrayList<>();

		Writer(OutputStream out) {
			this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		}

		void write(String path, byte[] bytes) throws IOException {
			this.zip.putNextEntry(new ZipEntry(path));
			this.zip.write(bytes);
			this.zip.closeEntry();
			if (!path.equals(EvidenceFormat.MANIFEST)) {
				this.digests.add(new FileDigest(path, EvidenceFormat.sha256(bytes)));
			}
		}

		List<FileDigest> digests() {
			return List.copyOf(this.digests);
		}

		@Override
		public void close() throws IOException {
			this.zip.close();
		}

	}

}
