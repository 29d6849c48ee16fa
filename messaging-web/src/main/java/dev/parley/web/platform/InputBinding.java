package dev.parley.web.platform;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every bound text (form fields, request parameters, path variables) goes through
 * {@link InputText}: a refused value is a binding error of its field, which the forms
 * show inline next to the field (and the API answers as a 400 problem), never a value
 * that fails in the database.
 */
@ControllerAdvice
class InputBinding {

	@InitBinder
	void refuseUnstorableText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new SafeTextEditor());
	}

	static final class SafeTextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			String problem = InputText.problem(text);
			if (problem != null) {
				throw new IllegalArgumentException("The value has " + problem);
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}
