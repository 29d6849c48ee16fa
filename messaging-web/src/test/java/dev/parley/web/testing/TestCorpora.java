package dev.parley.web.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's {@code test-corpora/} folders, found by walking up from the working
 * directory (Maven runs tests in the module directory; CI clones anywhere). A missing
 * corpus fails the test instead of passing it silently.
 */
public final class TestCorpora {

	private TestCorpora() {
	}

	/**
	 * A folder of {@code test-corpora/}.
	 * @param name its name, e.g. {@code xss}
	 * @return its path
	 */
	public static Path folder(String name) {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null) {
			Path candidate = directory.resolve("test-corpora").resolve(name);
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			directory = directory.getParent();
		}
		throw new IllegalStateException("test-corpora/" + name + " not found above " + Path.of("").toAbsolutePath());
	}

}
