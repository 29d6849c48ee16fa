package dev.parley.core.relay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.core.conversation.MessageId;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Message-ID} of each relayed message, {@code <message.ID@DOMAIN>}: stable, so
 * that a resent email carries the same id and mail systems can drop the duplicate, and
 * recognizable, so that a reply's {@code In-Reply-To} and {@code References} name the
 * thread it answers. The id is only a pointer: whoever uses it checks that the message
 * belongs to the sender's conversation.
 */
public final class RelayMessageIds {

	private final String domain;

	private final Pattern ours;

	/**
	 * @param domain the right-hand side of the ids, such as the relay domain
	 */
	public RelayMessageIds(String domain) {
		if (domain == null || !domain.matches("[A-Za-z0-9.-]+")) {
			throw new IllegalArgumentException("not a domain: " + domain);
		}
		this.domain = domain.toLowerCase(Locale.ROOT);
		this.ours = Pattern.compile("<\\s*message\\.([1-9][0-9]{0,17})@" + Pattern.quote(this.domain) + "\\s*>",
				Pattern.CASE_INSENSITIVE);
	}

	/**
	 * The header value for a message.
	 * @param message the message
	 * @return {@code <message.ID@DOMAIN>}
	 */
	public String of(MessageId message) {
		return "<message." + message.value() + "@" + this.domain + ">";
	}

	/**
	 * The relay's own ids in a header ({@code In-Reply-To}, {@code References}), others
	 * ignored.
	 * @param header the header's value, or null
	 * @return the messages named, in the order they appear
	 */
	public List<MessageId> parse(@Nullable String header) {
		List<MessageId> ids = new ArrayList<>();
		if (header == null) {
			return ids;
		}
		Matcher matcher = this.ours.matcher(header);
		while (matcher.find()) {
			ids.add(MessageId.of(Long.parseLong(matcher.group(1))));
		}
		return ids;
	}

}
