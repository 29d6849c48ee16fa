/**
 * The JSON API v1 under {@code /api/v1}: bearer tokens, RFC 9457 problems, idempotency
 * keys, per-token rate limits. Controllers translate HTTP to the same services the pages
 * use.
 */
@NullMarked
package dev.parley.web.api;

import org.jspecify.annotations.NullMarked;
