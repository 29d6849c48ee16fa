package dev.parley.web.record;

import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.parley.core.chain.Checkpoint;
import dev.parley.core.chain.Checkpoints;
import dev.parley.core.chain.MerkleTree;
import dev.parley.core.conversation.ChainVerification;
import dev.parley.core.conversation.ChainVerification.BrokenLink;
import dev.parley.core.conversation.ChainVerification.Problem;
import dev.parley.core.conversation.CheckpointProof;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.ThreadHead;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.web.record.CheckpointSink.External;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the record's signed checkpoints and verifies threads against the latest one kept
 * outside the database.
 * <p>
 * A checkpoint is the Merkle root over every thread's stored head (message count and last
 * link), signed with the deployment's Ed25519 key, appended to {@code record_checkpoint}
 * and written to the external sink. Verifying a thread recomputes its chain from the
 * stored content and proves it against the latest external checkpoint: the signature, the
 * row in the database (the same?), the thread's leaf and its audit path to the signed
 * root, and the recomputed link at the checkpointed message count.
 */
@Service
@EnableConfigurationProperties(RecordProperties.class)
public class RecordService implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(RecordService.class);

	private final Checkpoints checkpoints;

	private final Conversations conversations;

	private final RecordProperties properties;

	private final CheckpointKeys keys;

	private final @Nullable CheckpointSink sink;

	private final Clock clock;

	private @Nullable ScheduledExecutorService scheduler;

	RecordService(Checkpoints checkpoints, Conversations conversations, RecordProperties properties, Clock clock) {
		this.checkpoints = checkpoints;
		this.conversations = conversations;
		this.properties = properties;
		this.keys = CheckpointKeys.load(properties);
		this.sink = (properties.sink() != null) ? new CheckpointSink(properties.sink()) : null;
		this.clock = clock;
	}

	/**
	 * Takes a checkpoint now: signs the root over every thread's head, appends it and
	 * writes it to the sink.
	 * @return the checkpoint, or empty when this instance has no signing key or sink
	 */
	public synchronized Optional<Checkpoint> checkpoint() {
		PrivateKey privateKey = this.keys.privateKey();
		PublicKey publicKey = this.keys.publicKey();
		if (privateKey == null || publicKey == null || this.sink == null) {
			return Optional.empty();
		}
		long id = this.checkpoints.nextId();
		List<ThreadHead> heads = this.checkpoints.heads();
		Checkpoint checkpoint = Checkpoint.sign(id, this.clock.instant(), heads, privateKey, publicKey);
		// The row first: should writing the external copy fail, verification keeps using
		// the previous external checkpoint, which still holds.
		this.checkpoints.append(checkpoint);
		this.sink.write(checkpoint, heads);
		return Optional.of(checkpoint);
	}

	/**
	 * Verifies a thread's record against the latest external checkpoint.
	 * @param thread the thread
	 * @return intact, or everything broken, with the inclusion proof when the checkpoint
	 * covers the thread
	 * @throws IllegalArgumentException when there is no such thread
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify(ThreadId thread) {
		ThreadSummary summary = this.conversations.find(thread)
			.orElseThrow(() -> new IllegalArgumentException("no thread " + thread));
		PublicKey publicKey = this.keys.publicKey();
		Optional<External> latest = (this.sink != null && publicKey != null) ? this.sink.latest() : Optional.empty();
		if (latest.isEmpty()) {
			return this.conversations.verifyChain(thread, null);
		}
		Checkpoint checkpoint = latest.get().checkpoint();
		List<ThreadHead> heads = latest.get().heads();
		List<BrokenLink> problems = new ArrayList<>();
		List<byte[]> leaves = heads.stream().map((h) -> MerkleTree.leafHash(h.leafBytes())).toList();
		boolean signed = checkpoint.signatureHolds(publicKey) && heads.size() == checkpoint.treeSize()
				&& MessageDigest.isEqual(MerkleTree.root(leaves), checkpoint.root());
		if (!signed) {
			problems.add(new BrokenLink(null, 0, Problem.CHECKPOINT_SIGNATURE_INVALID,
					"the external checkpoint #" + checkpoint.id()
							+ " does not hold under the configured public key (key " + Checkpoint.keyId(publicKey)
							+ "): its signature or its leaves were changed"));
		}
		Optional<Checkpoint> row = this.checkpoints.find(checkpoint.id());
		if (row.isEmpty() || !row.get().equals(checkpoint)) {
			problems.add(new BrokenLink(null, 0, Problem.CHECKPOINT_REPLACED,
					"the database's checkpoint #" + checkpoint.id()
							+ row
								.map((r) -> " (root " + r.rootHex() + ", signature "
										+ (r.signatureHolds(publicKey) ? "valid" : "invalid") + ")")
								.orElse(" is missing and")
							+ " differs from the external copy (root " + checkpoint.rootHex() + ")"));
		}
		int index = Collections.binarySearch(heads.stream().map((h) -> h.thread().value()).toList(), thread.value());
		if (index < 0) {
			if (summary.createdAt().isBefore(checkpoint.createdAt())) {
				problems.add(new BrokenLink(null, 0, Problem.NOT_IN_CHECKPOINT,
						"the thread was created at " + summary.createdAt() + ", before checkpoint #" + checkpoint.id()
								+ " of " + checkpoint.createdAt() + ", which does not list it"));
			}
			return this.conversations.verifyChain(thread, null).withCheckpoint(null, problems);
		}
		ThreadHead leaf = heads.get(index);
		List<byte[]> path = MerkleTree.proof(leaves, index);
		boolean proven = signed && MessageDigest
			.isEqual(MerkleTree.rootFromProof(leaves.get(index), index, heads.size(), path), checkpoint.root());
		CheckpointProof proof = new CheckpointProof(checkpoint.id(), checkpoint.createdAt(), heads.size(),
				checkpoint.rootHex(), index, leaf.messageCount(), HexFormat.of().formatHex(leaf.head()),
				path.stream().map(HexFormat.of()::formatHex).toList(), proven);
		return this.conversations.verifyChain(thread, leaf).withCheckpoint(proof, problems);
	}

	/**
	 * The proof of a thread's head in the latest external checkpoint, for the evidence
	 * bundle (which the offline verifier checks against the signature).
	 * @param thread the thread
	 * @return the checkpoint, the thread's leaf and its audit path; empty when no
	 * checkpoint is configured or none lists the thread yet
	 */
	public Optional<Inclusion> inclusion(ThreadId thread) {
		Optional<External> latest = (this.sink != null && this.keys.publicKey() != null) ? this.sink.latest()
				: Optional.empty();
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		List<ThreadHead> heads = latest.get().heads();
		int index = Collections.binarySearch(heads.stream().map((h) -> h.thread().value()).toList(), thread.value());
		if (index < 0) {
			return Optional.empty();
		}
		List<byte[]> leaves = heads.stream().map((h) -> MerkleTree.leafHash(h.leafBytes())).toList();
		return Optional
			.of(new Inclusion(latest.get().checkpoint(), heads.get(index), index, MerkleTree.proof(leaves, index)));
	}

	/**
	 * The checkpoint key, as the evidence bundle carries it.
	 * @return the X.509 PEM of the public key, if one is configured
	 */
	public Optional<String> publicKeyPem() {
		PublicKey key = this.keys.publicKey();
		return (key != null) ? Optional.of(CheckpointKeys.toPem("PUBLIC KEY", key.getEncoded())) : Optional.empty();
	}

	/**
	 * Signs an evidence bundle's manifest with the checkpoint key (its text starts with
	 * {@code parley.evidence.v1}, so it can never pass for a checkpoint).
	 * @param manifest the bytes to sign
	 * @return the key's id and the Ed25519 signature; empty when this instance holds no
	 * private key
	 */
	public Optional<Signature> signEvidence(byte[] manifest) {
		PrivateKey privateKey = this.keys.privateKey();
		PublicKey publicKey = this.keys.publicKey();
		if (privateKey == null || publicKey == null) {
			return Optional.empty();
		}
		try {
			java.security.Signature ed25519 = java.security.Signature.getInstance("Ed25519");
			ed25519.initSign(privateKey);
			ed25519.update(manifest);
			return Optional.of(new Signature(Checkpoint.keyId(publicKey), ed25519.sign()));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("signing an evidence manifest failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The id of the key this instance may sign with.
	 * @return the key id, if this instance holds the private key
	 */
	public Optional<String> signingKeyId() {
		PublicKey publicKey = this.keys.publicKey();
		return (this.keys.privateKey() != null && publicKey != null) ? Optional.of(Checkpoint.keyId(publicKey))
				: Optional.empty();
	}

	/**
	 * A thread's head in a signed checkpoint.
	 *
	 * @param checkpoint the checkpoint, as kept outside the database
	 * @param leaf the thread's leaf
	 * @param index its index among the leaves
	 * @param auditPath the sibling hashes from the leaf up to the root
	 */
	public record Inclusion(Checkpoint checkpoint, ThreadHead leaf, int index, List<byte[]> auditPath) {

		public Inclusion {
			auditPath = List.copyOf(auditPath);
		}

	}

	/**
	 * An Ed25519 signature.
	 *
	 * @param keyId the signing key's id
	 * @param bytes the signature
	 */
	public record Signature(String keyId, byte[] bytes) {

		public Signature {
			bytes = bytes.clone();
		}

		@Override
		public byte[] bytes() {
			return this.bytes.clone();
		}

	}

	@Override
	public void start() {
		if (!this.properties.signs()) {
			logger.info("Record checkpoints: off (set parley.record.private-key, public-key and sink to sign them)");
			return;
		}
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "record-checkpoint");
			thread.setDaemon(true);
			return thread;
		});
		long period = Math.max(1, this.properties.interval().toMillis());
		executor.scheduleWithFixedDelay(this::checkpointSafely, period, period, TimeUnit.MILLISECONDS);
		this.scheduler = executor;
		logger.info("Record checkpoints: every " + this.properties.interval() + " into " + this.properties.sink());
	}

	private void checkpointSafely() {
		try {
			checkpoint().ifPresent((c) -> logger.info("Record checkpoint " + c));
		}
		catch (RuntimeException ex) {
			logger.warn("Record checkpoint failed (tried again at the next interval)", ex);
		}
	}

	@Override
	public void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

}
