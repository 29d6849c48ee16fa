package dev.parley.web.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * The Ed25519 key pair of the checkpoints, read from PEM files the deployment configures
 * (never from the database or the repository).
 */
final class CheckpointKeys {

	private final @Nullable PrivateKey privateKey;

	private final @Nullable PublicKey publicKey;

	private CheckpointKeys(@Nullable PrivateKey privateKey, @Nullable PublicKey publicKey) {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
	}

	static CheckpointKeys load(RecordProperties properties) {
		Path privatePath = properties.privateKey();
		Path publicPath = properties.publicKey();
		try {
			if (properties.generateKeys() && privatePath != null && publicPath != null && !Files.exists(privatePath)
					&& !Files.exists(publicPath)) {
				generate(privatePath, publicPath);
			}
			KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
			PublicKey publicKey = (publicPath != null)
					? ed25519.generatePublic(new X509EncodedKeySpec(pem(publicPath, "PUBLIC KEY"))) : null;
			PrivateKey privateKey = (privatePath != null)
					? ed25519.generatePrivate(new PKCS8EncodedKeySpec(pem(privatePath, "PRIVATE KEY"))) : null;
			return new CheckpointKeys(privateKey, publicKey);
		}
		catch (IOException ex) {
			throw new IllegalStateException("parley.record: cannot read the checkpoint keys: " + ex, ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("parley.record: the checkpoint keys are not Ed25519 PEM files: " + ex, ex);
		}
	}

	static void generate(Path privatePath, Path publicPath) throws IOException, GeneralSecurityException {
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		if (privatePath.getParent() != null) {
			Files.createDirectories(privatePath.getParent());
		}
		if (publicPath.getParent() != null) {
			Files.createDirectories(publicPath.getParent());
		}
		Files.writeString(privatePath, toPem("PRIVATE KEY", pair.getPrivate().getEncoded()));
		try {
			Files.setPosixFilePermissions(privatePath, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: the deployment protects the directory.
		}
		Files.writeString(publicPath, toPem("PUBLIC KEY", pair.getPublic().getEncoded()));
	}

	private static byte[] pem(Path path, String type) throws IOException {
		String text = Files.readString(path, StandardCharsets.US_ASCII);
		String body = text.replace("-----BEGIN " + type + "-----", "")
			.replace("-----END " + type + "-----", "")
			.replaceAll("\\s", "");
		return Base64.getDecoder().decode(body);
	}

	static String toPem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

	@Nullable PrivateKey privateKey() {
		return this.privateKey;
	}

	@Nullable PublicKey publicKey() {
		return this.publicKey;
	}

}
