package dev.parley.core.listing;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.parley.core.account.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A product a seller offers, as the marketplace's catalogue reports it.
 *
 * @param id the catalogue's id (letters, digits, {@code . _ -}; at most 40)
 * @param seller the seller who offers it
 * @param title the product title (1 to 500 characters)
 * @param imageUrl an https image address, or null. Pages never load it (the content
 * security policy allows no remote images, and loading one would tell a third party who
 * looks at the page); it is kept for integrators.
 * @param updatedAt when the catalogue last reported it
 */
public record Listing(String id, AccountId seller, String title, @Nullable String imageUrl, Instant updatedAt) {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

	public Listing {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(seller, "seller");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(updatedAt, "updatedAt");
		if (!isValidId(id)) {
			throw new IllegalArgumentException("a listing id is 1 to 40 letters, digits, '.', '_' or '-'");
		}
		title = title.strip();
		if (title.isEmpty() || title.length() > 500) {
			throw new IllegalArgumentException("a listing title has 1 to 500 characters");
		}
		if (imageUrl != null && !isSafeImageUrl(imageUrl)) {
			throw new IllegalArgumentException("an image URL is an absolute https URL of at most 2,000 characters");
		}
	}

	/**
	 * Whether a string can be a listing id.
	 * @param id the string
	 * @return true for 1 to 40 letters, digits, dots, underscores and hyphens
	 */
	public static boolean isValidId(@Nullable String id) {
		return id != null && ID.matcher(id).matches();
	}

	private static boolean isSafeImageUrl(String url) {
		if (url.length() > 2000) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return "https".equals((uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null)
					&& uri.getHost() != null && uri.getUserInfo() == null && url.startsWith("https://");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
