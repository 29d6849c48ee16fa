/**
 * Issuing, checking and revoking API bearer tokens.
 */
@NullMarked
package dev.parley.web.token;

import org.jspecify.annotations.NullMarked;
