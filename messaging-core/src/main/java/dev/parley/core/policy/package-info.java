/**
 * The message rules: a draft and its context go in, a decision comes out (verdict, every
 * violation with its span, sanitized and redacted HTML, notes). Refusals are values,
 * never exceptions.
 */
@NullMarked
package dev.parley.core.policy;

import org.jspecify.annotations.NullMarked;
