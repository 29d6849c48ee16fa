package dev.parley.web.relay;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedFileInputStream;
import dev.parley.web.platform.InputText;
import org.jspecify.annotations.Nullable;

/**
 * What the relay reads from an inbound email: who it says it is from, its subject, the
 * ids it answers, its first plain-text and first HTML body, its attachments, and whether
 * a machine sent it (auto-replies, delivery reports, bulk mail), which the relay never
 * posts nor answers. Every text read is stripped of what no input may contain
 * ({@link InputText#strip}: NUL and other control characters, bidirectional controls,
 * lone surrogates): an email cannot be asked to try again without them, and nothing
 * stored or shown should carry them.
 *
 * @param from the header sender's address, lower case, or null
 * @param subject the subject, or null
 * @param messageId the {@code Message-ID}, or null
 * @param inReplyTo the {@code In-Reply-To} header, or null
 * @param references the {@code References} header, or null
 * @param text the first {@code text/plain} body that is not an attachment, or null
 * @param html the first {@code text/html} body that is not an attachment, or null
 * @param attachments the attached files, in order
 * @param automatic whether a machine sent it
 * @param authenticationResults the {@code Authentication-Results} headers, topmost first
 */
record InboundEmail(@Nullable String from, @Nullable String subject, @Nullable String messageId,
		@Nullable String inReplyTo, @Nullable String references, @Nullable String text, @Nullable String html,
		List<File> attachments, boolean automatic, List<String> authenticationResults) {

	private static final Session SESSION = Session.getInstance(new Properties());

	/**
	 * Parts nested deeper than this are not read (a crafted email could nest forever).
	 */
	private static final int MAX_DEPTH = 10;

	/**
	 * Longest text body read: far beyond any body the rules accept (they refuse it as too
	 * long), far below what a crafted email could make the heap hold.
	 */
	static final int MAX_TEXT_BYTES = 1 << 20;

	static InboundEmail parse(byte[] raw) throws MessagingException, IOException {
		return parse(new MimeMessage(SESSION, new ByteArrayInputStream(raw)), Long.MAX_VALUE);
	}

	/**
	 * Reads an email from a file without holding it on the heap: the MIME structure is
	 * read from the file as needed, attachments are kept up to the given size (larger
	 * ones only counted), text bodies up to {@link #MAX_TEXT_BYTES}.
	 * @param file the email as received
	 * @param keepBytes how much of each attachment to keep (the attachment limit)
	 * @return the email
	 * @throws MessagingException when it is not MIME
	 * @throws IOException when the file cannot be read
	 */
	static InboundEmail parse(java.nio.file.Path file, long keepBytes) throws MessagingException, IOException {
		SharedFileInputStream input = new SharedFileInputStream(file.toFile());
		try {
			return parse(new MimeMessage(SESSION, input), keepBytes);
		}
		finally {
			input.close();
		}
	}

	/**
	 * The addresses in the {@code From} header: the relay takes an email with exactly
	 * one.
	 * @param file the email
	 * @return how many addresses its {@code From} headers carry
	 * @throws MessagingException when the headers are not readable
	 * @throws IOException when the file cannot be read
	 */
	static int fromAddressCount(java.nio.file.Path file) throws MessagingException, IOException {
		try (InputStream input = java.nio.file.Files.newInputStream(file)) {
			jakarta.mail.internet.InternetHeaders headers = new jakarta.mail.internet.InternetHeaders(input);
			String[] values = headers.getHeader("From");
			if (values == null) {
				return 0;
			}
			int count = 0;
			for (String value : values) {
				count += InternetAddress.parseHeader(value, false).length;
			}
			return count;
		}
	}

	private static InboundEmail parse(MimeMessage mime, long keepBytes) throws MessagingException, IOException {
		Address[] senders = mime.getFrom();
		String from = (senders != null && senders.length == 1 && senders[0] instanceof InternetAddress address
				&& address.getAddress() != null) ? InputText.strip(address.getAddress().toLowerCase(Locale.ROOT))
						: null;
		Collector bodies = new Collector(keepBytes);
		bodies.walk(mime, 0);
		String[] results = mime.getHeader("Authentication-Results");
		String subject = mime.getSubject();
		return new InboundEmail(from, (subject != null) ? InputText.strip(subject) : null, header(mime, "Message-ID"),
				header(mime, "In-Reply-To"), header(mime, "References"), bodies.text, bodies.html, bodies.files,
				isAutomatic(mime),
				(results != null) ? Arrays.stream(results).map(MimeUtility::unfold).toList() : List.of());
	}

	private static @Nullable String header(MimeMessage mime, String name) throws MessagingException {
		String value = mime.getHeader(name, " ");
		return (value != null && !value.isBlank()) ? InputText.strip(MimeUtility.unfold(value)).strip() : null;
	}

	/** RFC 3834 auto-replies, delivery status reports, and bulk or list mail. */
	private static boolean isAutomatic(MimeMessage mime) throws MessagingException {
		String autoSubmitted = header(mime, "Auto-Submitted");
		if (autoSubmitted != null && !autoSubmitted.toLowerCase(Locale.ROOT).startsWith("no")) {
			return true;
		}
		String precedence = header(mime, "Precedence");
		if (precedence != null && precedence.toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
			return true;
		}
		if (header(mime, "X-Autoreply") != null || header(mime, "X-Autorespond") != null) {
			return true;
		}
		return mime.isMimeType("multipart/report");
	}

	/**
	 * An attached file.
	 *
	 * @param name its file name
	 * @param size its size in bytes
	 * @param content its bytes; only the first ones when it is larger than the relay
	 * keeps (then {@code size} says how large, and the attachment rules refuse it by
	 * size)
	 */
	record File(String name, long size, byte[] content) {

		File(String name, byte[] content) {
			this(name, content.length, content);
		}

	}

	private static final class Collector {

		@Nullable String text;

		@Nullable String html;

		final List<File> files = new ArrayList<>();

		private final long keepBytes;

		Collector(long keepBytes) {
			this.keepBytes = keepBytes;
		}

		void walk(Part part, int depth) throws MessagingException, IOException {
			if (depth > MAX_DEPTH) {
				return;
			}
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					walk(child, depth + 1);
				}
				return;
			}
			if (part.isMimeType("message/rfc822")) {
				// A forwarded email is an attachment of its own kind: not read, not kept.
				return;
			}
			String fileName = fileName(part);
			boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
					|| fileName != null && !part.isMimeType("text/plain") && !part.isMimeType("text/html")
							&& part.getHeader("Content-ID") == null;
			if (attachment) {
				try (InputStream content = part.getInputStream()) {
					byte[] kept = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.keepBytes));
					long size = kept.length + content.transferTo(java.io.OutputStream.nullOutputStream());
					this.files.add(new File((fileName != null) ? fileName : "attachment", size, kept));
				}
				return;
			}
			if (part.isMimeType("text/plain") && this.text == null) {
				this.text = text(part);
			}
			else if (part.isMimeType("text/html") && this.html == null) {
				this.html = text(part);
			}
			// Other inline parts (images a signature refers to by Content-ID) are
			// dropped.
		}

		private static String text(Part part) throws MessagingException, IOException {
			// Read through the decoded stream, bounded: getContent() would hold any size.
			java.nio.charset.Charset charset = StandardCharsets.UTF_8;
			try {
				String name = new jakarta.mail.internet.ContentType(part.getContentType()).getParameter("charset");
				if (name != null) {
					charset = java.nio.charset.Charset.forName(MimeUtility.javaCharset(name));
				}
			}
			catch (jakarta.mail.internet.ParseException | IllegalArgumentException ex) {
				// Unknown or garbled charset: read it as UTF-8.
			}
			try (InputStream input = part.getInputStream()) {
				return InputText.strip(new String(input.readNBytes(MAX_TEXT_BYTES), charset));
			}
		}

		private static @Nullable String fileName(Part part) throws MessagingException {
			String name = part.getFileName();
			if (name == null) {
				return null;
			}
			try {
				return InputText.strip(MimeUtility.decodeText(name));
			}
			catch (java.io.UnsupportedEncodingException ex) {
				return InputText.strip(name);
			}
		}

	}

}
