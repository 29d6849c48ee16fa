package dev.parley.web.relay;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.subethamail.smtp.server.SMTPServer;

import org.springframework.beans.factory.DisposableBean;

/**
 * The development mail sink: an SMTP server on loopback that the application starts and
 * sends its email to when no real server is configured (the demo), keeping the latest
 * emails in memory for the {@code /dev/mailbox} page. Nothing leaves the machine.
 */
class DevMailSink implements DisposableBean {

	private static final Log logger = LogFactory.getLog(DevMailSink.class);

	private static final Session SESSION = Session.getInstance(new Properties());

	private final SMTPServer server;

	private final int capacity;

	private final Clock clock;

	private final Deque<SinkMail> mails = new ArrayDeque<>();

	private final AtomicLong ids = new AtomicLong();

	DevMailSink(int port, int capacity, Clock clock) {
		this.capacity = capacity;
		this.clock = clock;
		this.server = SMTPServer.port(port)
			.bindAddress(InetAddress.getLoopbackAddress())
			.hostName("localhost")
			.softwareName("Parley dev mail sink")
			.messageHandler((context, from, to, data) -> deliver(from, to, data))
			.build();
		this.server.start();
		logger.info("Development mail sink on 127.0.0.1:" + port()
				+ ": outbound email is kept in memory and shown at /dev/mailbox");
	}

	int port() {
		return this.server.getPortAllocated();
	}

	@Override
	public void destroy() {
		this.server.stop();
	}

	private void deliver(String from, String recipient, byte[] raw) {
		SinkMail mail = parse(this.ids.incrementAndGet(), this.clock.instant(), from, recipient, raw);
		synchronized (this.mails) {
			this.mails.addFirst(mail);
			while (this.mails.size() > this.capacity) {
				this.mails.removeLast();
			}
		}
	}

	List<SinkMail> mails() {
		synchronized (this.mails) {
			return List.copyOf(this.mails);
		}
	}

	Optional<SinkMail> mail(long id) {
		return mails().stream().filter((mail) -> mail.id() == id).findFirst();
	}

	static SinkMail parse(long id, Instant at, String from, String recipient, byte[] raw) {
		List<String[]> headers = new ArrayList<>();
		Bodies bodies = new Bodies();
		String subject = "";
		try {
			MimeMessage mime = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
			subject = (mime.getSubject() != null) ? mime.getSubject() : "";
			Enumeration<Header> all = mime.getAllHeaders();
			for (Header header : Collections.list(all)) {
				headers.add(new String[] { header.getName(), decode(header.getValue()) });
			}
			bodies.walk(mime, 0);
		}
		catch (MessagingException | IOException ex) {
			bodies.text = "(unreadable: " + ex.getMessage() + ")";
		}
		return new SinkMail(id, at, from, recipient, subject, headers, bodies.text, bodies.html, bodies.files,
				raw.length);
	}

	private static String decode(String value) {
		try {
			return MimeUtility.decodeText(MimeUtility.unfold(value));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			return value;
		}
	}

	/**
	 * An email the sink received.
	 *
	 * @param id its number in the sink
	 * @param receivedAt when
	 * @param envelopeFrom the SMTP reverse path
	 * @param envelopeTo the SMTP recipient
	 * @param subject the decoded subject
	 * @param headers every header, decoded, in order ({name, value})
	 * @param text the plain-text part, or null
	 * @param html the HTML part, or null
	 * @param attachments the attached files: name, type and size
	 * @param size the raw size in bytes
	 */
	record SinkMail(long id, Instant receivedAt, String envelopeFrom, String envelopeTo, String subject,
			List<String[]> headers, @Nullable String text, @Nullable String html, List<String> attachments, int size) {

		public @Nullable String header(String name) {
			return this.headers.stream()
				.filter((header) -> header[0].equalsIgnoreCase(name))
				.map((header) -> header[1])
				.findFirst()
				.orElse(null);
		}

	}

	private static final class Bodies {

		@Nullable String text;

		@Nullable String html;

		final List<String> files = new ArrayList<>();

		void walk(Part part, int depth) throws MessagingException, IOException {
			if (depth > 10) {
				return;
			}
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					walk(child, depth + 1);
				}
			}
			else if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				int size;
				try (InputStream content = part.getInputStream()) {
					size = content.readAllBytes().length;
				}
				this.files.add(part.getFileName() + " (" + part.getContentType().replaceAll(";.*", "") + ", " + size
						+ " bytes)");
			}
			else if (part.isMimeType("text/plain") && this.text == null) {
				this.text = String.valueOf(part.getContent());
			}
			else if (part.isMimeType("text/html") && this.html == null) {
				this.html = String.valueOf(part.getContent());
			}
		}

	}

}
