package dev.parley.web.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import dev.parley.core.idempotency.IdempotencyKeys;
import dev.parley.core.idempotency.IdempotencyKeys.StoredResponse;
import dev.parley.web.conversation.SendResult;
import dev.parley.web.conversation.SendResult.Posted;
import dev.parley.web.conversation.SendResult.Rejected;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs message-creating requests, honouring {@code Idempotency-Key}: the key is claimed
 * in the send's own transaction, so that the same key and body give the same result and
 * never a second message, even when the requests arrive at the same time. A refused
 * message stores nothing, not even the key: a retry is checked again.
 */
@Component
class IdempotentSends {

	static final String HEADER = "Idempotency-Key";

	static final String HEADER_DESCRIPTION = "1 to 255 visible ASCII characters. The same key with the same "
			+ "request gives the stored answer (201, Idempotent-Replayed: true) and never a second message; with a "
			+ "different request it is 400 IDEMPOTENCY_KEY_REUSED. A refused message stores no key.";

	private final IdempotencyKeys keys;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	IdempotentSends(IdempotencyKeys keys, TransactionTemplate transactions, JsonMapper json, Clock clock) {
		this.keys = keys;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Sends, or replays the response of an earlier request with the same key.
	 * @param caller the caller
	 * @param key the Idempotency-Key header, or null
	 * @param fingerprint what identifies the request: method, path and body
	 * @param send the send itself
	 * @return 201 with the stored message, or the replayed response
	 * @throws RejectedException when the rules refuse the message
	 */
	ResponseEntity<?> send(Caller caller, @Nullable String key, Object fingerprint, Supplier<SendResult> send) {
		if (key == null) {
			return created(posted(send.get()));
		}
		if (key.isBlank() || key.length() > 255 || !key.chars().allMatch((c) -> c >= 0x21 && c <= 0x7e)) {
			throw new BadRequestException("IDEMPOTENCY_KEY_INVALID",
					"an Idempotency-Key is 1 to 255 visible ASCII characters");
		}
		String hash = hash(fingerprint);
		return this.transactions.execute((status) -> {
			Optional<StoredResponse> stored = this.keys.claim(caller.id(), key, hash, this.clock.instant());
			if (stored.isPresent()) {
				return replay(stored.get(), hash);
			}
			SendJson.Response response = SendJson.Response.of(posted(send.get()));
			this.keys.complete(caller.id(), key, HttpStatus.CREATED.value(), this.json.writeValueAsString(response));
			return created(response);
		});
	}

	private static Posted posted(SendResult result) {
		if (result instanceof Rejected rejected) {
			throw new RejectedException(rejected.violations());
		}
		return (Posted) result;
	}

	private static ResponseEntity<?> created(Object body) {
		Object response = (body instanceof Posted posted) ? SendJson.Response.of(posted) : body;
		return ResponseEntity.status(HttpStatus.CREATED).body(response);
	}

	private static ResponseEntity<?> replay(StoredResponse stored, String hash) {
		if (!stored.requestHash().equals(hash)) {
			throw new BadRequestException("IDEMPOTENCY_KEY_REUSED",
					"this Idempotency-Key was used for a different request; use a new key for a new message");
		}
		if (stored.status() == 0) {
			throw new IllegalStateException("an idempotency key was committed without a response");
		}
		return ResponseEntity.status(stored.status())
			.header("Idempotent-Replayed", "true")
			.contentType(MediaType.APPLICATION_JSON)
			.body(stored.body());
	}

	private String hash(Object fingerprint) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(this.json.writeValueAsString(fingerprint).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
