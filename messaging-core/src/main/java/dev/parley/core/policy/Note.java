package dev.parley.core.policy;

import java.util.List;

/**
 * Information for the sender that is not a violation, such as what sanitizing removed ("a
 * script element was removed").
 *
 * @param messageKey the message-bundle key
 * @param arguments its arguments
 */
public record Note(String messageKey, List<Object> arguments) {

	public Note {
		arguments = List.copyOf(arguments);
	}

}
