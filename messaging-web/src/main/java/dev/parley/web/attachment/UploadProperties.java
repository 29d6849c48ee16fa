package dev.parley.web.attachment;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Staged uploads ({@code parley.uploads.*}): how long an upload that no message took is
 * kept (a refused send keeps its files for the sender's next try), and how often the
 * abandoned ones are purged.
 *
 * @param maxAge age after which an unsent upload is removed
 * @param purgeInterval time between purges
 */
@Validated
@ConfigurationProperties("parley.uploads")
record UploadProperties(@NotNull Duration maxAge, @NotNull Duration purgeInterval) {

	UploadProperties {
		if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
			throw new IllegalArgumentException("parley.uploads.max-age must be positive");
		}
	}

}
