package dev.parley.web.record;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the record's checkpoints are signed and kept ({@code parley.record.*}).
 *
 * @param privateKey the Ed25519 private key (PKCS#8 PEM) that signs checkpoints; a file
 * the database's owner cannot read. Null: this instance takes no checkpoints
 * @param publicKey the matching public key (X.509 PEM) that verification uses; null: no
 * checkpoint is trusted
 * @param generateKeys create the key pair when both files are missing (demo and tests
 * only: in production the pair is made once, offline)
 * @param sink the directory outside the database where every signed checkpoint is written
 * (a mount the database's owner cannot write, or one synchronised to an object store with
 * retention); null: no checkpoints
 * @param interval how often a checkpoint is taken
 */
@ConfigurationProperties("parley.record")
public record RecordProperties(@Nullable Path privateKey, @Nullable Path publicKey,
		@DefaultValue("false") boolean generateKeys, @Nullable Path sink, @DefaultValue("10m") Duration interval) {

	boolean signs() {
		return this.privateKey != null && this.publicKey != null && this.sink != null;
	}

	boolean verifies() {
		return this.publicKey != null && this.sink != null;
	}

}
