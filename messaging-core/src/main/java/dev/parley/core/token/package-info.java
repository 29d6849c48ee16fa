/**
 * API bearer tokens, stored only as hashes.
 */
@NullMarked
package dev.parley.core.token;

import org.jspecify.annotations.NullMarked;
