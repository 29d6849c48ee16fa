package dev.parley.web.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An exported evidence bundle, kept in a temporary file until it is sent (a thread's
 * attachments can be larger than the heap should hold at once).
 *
 * @param fileName the name it is downloaded as
 * @param file the temporary file, removed once read
 * @param size its size in bytes
 */
public record EvidenceBundle(String fileName, Path file, long size) {

	/** The media type of a bundle. */
	public static final String MEDIA_TYPE = "application/zip";

	/**
	 * The download, for pages and API alike: an attachment, never sniffed, not cached.
	 * @return the response; the temporary file is removed when the stream is closed
	 * @throws IOException when the file cannot be opened
	 */
	public ResponseEntity<InputStreamResource> response() throws IOException {
		InputStream in = Files.newInputStream(this.file, StandardOpenOption.DELETE_ON_CLOSE);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(MEDIA_TYPE))
			.contentLength(this.size)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.fileName).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new InputStreamResource(in));
	}

}
