/**
 * Locale resolution: the UI speaks the signed-in account's language.
 */
@NullMarked
package dev.parley.web.i18n;

import org.jspecify.annotations.NullMarked;
