package dev.parley.web.record;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.parley.core.chain.Checkpoint;
import dev.parley.core.conversation.ThreadHead;

/**
 * The external copy of the checkpoints: one text file per checkpoint,
 * {@code checkpoint-<id>.txt}, in a directory the deployment configures outside the
 * database (written once, atomically, never changed):
 *
 * <pre>
 * parley.checkpoint.v1
 * id 42
 * created-at 1764600000000000
 * tree-size 2
 * root 5f…
 * key-id 0123456789abcdef
 * signature base64…
 *
 * 1 3 a1…        thread, message count, head
 * 2 1 07…
 * </pre>
 */
final class CheckpointSink {

	private static final Pattern FILE = Pattern.compile("checkpoint-(\\d+)\\.txt");

	private final Path directory;

	CheckpointSink(Path directory) {
		this.directory = directory;
	}

	void write(Checkpoint checkpoint, List<ThreadHead> heads) {
		try {
			Files.createDirectories(this.directory);
			Path target = this.directory.resolve("checkpoint-" + checkpoint.id() + ".txt");
			Path temporary = this.directory.resolve(".checkpoint-" + checkpoint.id() + ".tmp");
			try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.US_ASCII)) {
				out.write("parley.checkpoint.v1\n");
				out.write("id " + checkpoint.id() + "\n");
				out.write("created-at " + ChronoUnit.MICROS.between(Instant.EPOCH, checkpoint.createdAt()) + "\n");
				out.write("tree-size " + checkpoint.treeSize() + "\n");
				out.write("root " + checkpoint.rootHex() + "\n");
				out.write("key-id " + checkpoint.keyId() + "\n");
				out.write("signature " + Base64.getEncoder().encodeToString(checkpoint.signature()) + "\n\n");
				for (ThreadHead head : heads) {
					out.write(head.line());
					out.write('\n');
				}
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the checkpoint to " + this.directory, ex);
		}
	}

	/**
	 * The newest checkpoint in the directory.
	 * @return it and its leaves, if any
	 * @throws IllegalStateException when the newest file is not a checkpoint
	 */
	Optional<External> latest() {
		if (!Files.isDirectory(this.directory)) {
			return Optional.empty();
		}
		long newest = -1;
		try (Stream<Path> files = Files.list(this.directory)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Matcher name = FILE.matcher(file.getFileName().toString());
				if (name.matches()) {
					newest = Math.max(newest, Long.parseLong(name.group(1)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the checkpoints in " + this.directory, ex);
		}
		return (newest < 0) ? Optional.empty()
				: Optional.of(read(this.directory.resolve("checkpoint-" + newest + ".txt")));
	}

	static External read(Path file) {
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
			if (!"parley.checkpoint.v1".equals(in.readLine())) {
				throw new IllegalStateException(file + " is not a checkpoint");
			}
			long id = Long.parseLong(value(in, "id"));
			Instant at = Instant.EPOCH.plus(Long.parseLong(value(in, "created-at")), ChronoUnit.MICROS);
			int size = Integer.parseInt(value(in, "tree-size"));
			byte[] root = HexFormat.of().parseHex(value(in, "root"));
			String keyId = value(in, "key-id");
			byte[] signature = Base64.getDecoder().decode(value(in, "signature"));
			in.readLine();
			List<ThreadHead> heads = new ArrayList<>(size);
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (!line.isBlank()) {
					heads.add(ThreadHead.parse(line));
				}
			}
			return new External(new Checkpoint(id, at, size, root, keyId, signature), heads);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the checkpoint " + file, ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("the checkpoint " + file + " is garbled: " + ex.getMessage(), ex);
		}
	}

	private static String value(BufferedReader in, String key) throws IOException {
		String line = in.readLine();
		if (line == null || !line.startsWith(key + " ")) {
			throw new IllegalStateException("expected '" + key + "', found " + line);
		}
		return line.substring(key.length() + 1).trim();
	}

	/**
	 * A checkpoint as kept outside the database.
	 *
	 * @param checkpoint the signed checkpoint
	 * @param heads its leaves, in thread order
	 */
	record External(Checkpoint checkpoint, List<ThreadHead> heads) {
	}

}
