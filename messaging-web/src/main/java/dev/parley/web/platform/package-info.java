/**
 * Cross-cutting application plumbing: the clock, not-found handling shared by pages and
 * API.
 */
@NullMarked
package dev.parley.web.platform;

import org.jspecify.annotations.NullMarked;
