package dev.parley.core.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository's {@code test-corpora/} folder, found by walking up from the working
 * directory (Maven runs tests in the module directory; CI clones anywhere). A missing
 * corpus fails the test instead of passing it silently.
 */
final class TestCorpora {

	private TestCorpora() {
	}

	static Path folder(String name) {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null) {
			Path candidate = directory.resolve("test-corpora").resolve(name);
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			directory = directory.getParent();
		}
		throw new IllegalStateException("test-corpora/" + name + " not found above " + Path.of("").toAbsolutePath()
				+ ": the corpus is missing");
	}

	/** The payloads of DOMPurify's fixtures ({@code [{"title","payload"}…]}). */
	static List<String> dompurifyPayloads() throws IOException {
		String json = Files.readString(folder("xss").resolve("dompurify-payloads.json"), StandardCharsets.UTF_8);
		Object parsed = new Json(json).value();
		List<String> payloads = new ArrayList<>();
		for (Object item : (List<?>) parsed) {
			Object payload = ((Map<?, ?>) item).get("payload");
			payloads.add((String) payload);
		}
		return payloads;
	}

	/** The vectors of the HTML5 Security Cheatsheet, one per {@code <div id="N">}. */
	static List<String> h5scVectors() throws IOException {
		String text = Files.readString(folder("xss").resolve("h5sc-vectors.txt"), StandardCharsets.UTF_8);
		Matcher matcher = Pattern.compile("<div id=\"(\\d+)\">(.*?)//\\[\"'`-->\\]\\]>\\]</div>", Pattern.DOTALL)
			.matcher(text);
		List<String> vectors = new ArrayList<>();
		while (matcher.find()) {
			vectors.add(matcher.group(2));
		}
		return vectors;
	}

	/** Every line of a JSON Lines file, parsed. */
	static List<Map<?, ?>> jsonLines(Path file) throws IOException {
		List<Map<?, ?>> records = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				records.add((Map<?, ?>) new Json(line).value());
			}
		}
		return records;
	}

	/** Just enough JSON for the fixtures: objects, arrays, strings, numbers, literals. */
	private static final class Json {

		private final String text;

		private int at;

		Json(String text) {
			this.text = text;
		}

		Object value() {
			skipSpace();
			char c = this.text.charAt(this.at);
			if (c == '{') {
				Map<String, Object> object = new LinkedHashMap<>();
				this.at++;
				skipSpace();
				if (this.text.charAt(this.at) == '}') {
					this.at++;
					return object;
				}
				while (true) {
					skipSpace();
					String key = string();
					skipSpace();
					expect(':');
					object.put(key, value());
					skipSpace();
					if (this.text.charAt(this.at++) == '}') {
						return object;
					}
				}
			}
			if (c == '[') {
				List<Object> array = new ArrayList<>();
				this.at++;
				skipSpace();
				if (this.text.charAt(this.at) == ']') {
					this.at++;
					return array;
				}
				while (true) {
					array.add(value());
					skipSpace();
					if (this.text.charAt(this.at++) == ']') {
						return array;
					}
				}
			}
			if (c == '"') {
				return string();
			}
			int start = this.at;
			while (this.at < this.text.length() && ",}] \n\r\t".indexOf(this.text.charAt(this.at)) < 0) {
				this.at++;
			}
			return this.text.substring(start, this.at);
		}

		private String string() {
			expect('"');
			StringBuilder value = new StringBuilder();
			while (true) {
				char c = this.text.charAt(this.at++);
				if (c == '"') {
					return value.toString();
				}
				if (c != '\\') {
					value.append(c);
					continue;
				}
				char escaped = this.text.charAt(this.at++);
				switch (escaped) {
					case 'n' -> value.append('\n');
					case 'r' -> value.append('\r');
					case 't' -> value.append('\t');
					case 'b' -> value.append('\b');
					case 'f' -> value.append('\f');
					case 'u' -> {
						value.append((char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16));
						this.at += 4;
					}
					default -> value.append(escaped);
				}
			}
		}

		private void expect(char c) {
			if (this.text.charAt(this.at++) != c) {
				throw new IllegalArgumentException("expected " + c + " at " + (this.at - 1));
			}
		}

		private void skipSpace() {
			while (this.at < this.text.length() && Character.isWhitespace(this.text.charAt(this.at))) {
				this.at++;
			}
		}

	}

}
