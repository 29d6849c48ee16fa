package dev.parley.core.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A strict reader of JSON (RFC 8259) for the offline verifier, which runs with the Java
 * platform alone: objects become {@link Map}s (in document order), arrays {@link List}s,
 * numbers {@link BigDecimal}s, and {@code null} {@code null}.
 */
final class Json {

	private final String text;

	private int at;

	private Json(String text) {
		this.text = text;
	}

	/**
	 * Parses a document.
	 * @param text the JSON text
	 * @return its value
	 * @throws IllegalArgumentException when the text is not JSON, naming the offset
	 */
	static @Nullable Object parse(String text) {
		Json json = new Json(text);
		json.space();
		Object value = json.value();
		json.space();
		if (json.at != text.length()) {
			throw json.error("text after the value");
		}
		return value;
	}

	private @Nullable Object value() {
		if (this.at >= this.text.length()) {
			throw error("a value was expected");
		}
		char c = this.text.charAt(this.at);
		switch (c) {
			case '{':
				return object();
			case '[':
				return array();
			case '"':
				return string();
			case 't':
				return literal("true", Boolean.TRUE);
			case 'f':
				return literal("false", Boolean.FALSE);
			case 'n':
				return literal("null", null);
			default:
				return number();
		}
	}

	private Map<String, @Nullable Object> object() {
		Map<String, @Nullable Object> members = new LinkedHashMap<>();
		this.at++;
		space();
		if (peek() == '}') {
			this.at++;
			return members;
		}
		while (true) {
			space();
			if (peek() != '"') {
				throw error("a member name was expected");
			}
			String name = string();
			space();
			expect(':');
			space();
			if (members.containsKey(name)) {
				throw error("the member \"" + name + "\" appears twice");
			}
			members.put(name, value());
			space();
			if (peek() == ',') {
				this.at++;
				continue;
			}
			expect('}');
			return members;
		}
	}

	private List<@Nullable Object> array() {
		List<@Nullable Object> items = new ArrayList<>();
		this.at++;
		space();
		if (peek() == ']') {
			this.at++;
			return items;
		}
		while (true) {
			space();
			items.add(value());
			space();
			if (peek() == ',') {
				this.at++;
				continue;
			}
			expect(']');
			return items;
		}
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			if (this.at >= this.text.length()) {
				throw error("an unterminated string");
			}
			char c = this.text.charAt(this.at++);
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				throw error("a control character in a string");
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			if (this.at >= this.text.length()) {
				throw error("an unterminated escape");
			}
			char e = this.text.charAt(this.at++);
			switch (e) {
				case '"', '\\', '/' -> out.append(e);
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'u' -> {
					if (this.at + 4 > this.text.length()) {
						throw error("a short \\u escape");
					}
					try {
						out.append((char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16));
					}
					catch (NumberFormatException ex) {
						throw error("a bad \\u escape");
					}
					this.at += 4;
				}
				default -> throw error("a bad escape \\" + e);
			}
		}
	}

	private BigDecimal number() {
		int start = this.at;
		while (this.at < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.at)) >= 0) {
			this.at++;
		}
		String token = this.text.substring(start, this.at);
		if (token.isEmpty() || !token.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
			this.at = start;
			throw error("a value was expected");
		}
		return new BigDecimal(token);
	}

	private @Nullable Object literal(String word, @Nullable Object value) {
		if (!this.text.startsWith(word, this.at)) {
			throw error("a value was expected");
		}
		this.at += word.length();
		return value;
	}

	private void space() {
		while (this.at < this.text.length() && " \t\r\n".indexOf(this.text.charAt(this.at)) >= 0) {
			this.at++;
		}
	}

	private char peek() {
		return (this.at < this.text.length()) ? this.text.charAt(this.at) : '\0';
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("'" + c + "' was expected");
		}
		this.at++;
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("not JSON at character " + this.at + ": " + what);
	}

}
