package dev.parley.web.relay;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Jakarta Mail and Activation find their providers with {@link java.util.ServiceLoader}
 * on every body part and every multipart they create: a class-path scan, which inside the
 * executable jar made composing emails the application's biggest consumer of CPU under
 * load. Naming the providers (Angus, the implementation we ship) skips the scan; one file
 * type map serves every email instead of reading {@code mime.types} for each.
 */
final class MailProviders {

	static final FileTypeMap FILE_TYPES;

	static {
		setIfAbsent("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
		setIfAbsent("jakarta.activation.spi.MimeTypeRegistryProvider",
				"org.eclipse.angus.activation.MimeTypeRegistryProviderImpl");
		ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
		types.afterPropertiesSet();
		FILE_TYPES = types;
	}

	private MailProviders() {
	}

	/** Makes sure the static setup above has run. */
	static void install() {
	}

	/**
	 * A {@link MimeMessageHelper} with the shared file type map: the stock helper builds
	 * a new one (reading {@code mime.types}) in its constructor.
	 */
	static final class Helper extends MimeMessageHelper {

		Helper(MimeMessage message, int multipartMode, String encoding) throws MessagingException {
			super(message, multipartMode, encoding);
		}

		Helper(MimeMessage message, String encoding) {
			super(message, encoding);
		}

		@Override
		protected FileTypeMap getDefaultFileTypeMap(MimeMessage message) {
			return FILE_TYPES;
		}

	}

	private static void setIfAbsent(String property, String provider) {
		if (System.getProperty(property) == null) {
			System.setProperty(property, provider);
		}
	}

}
