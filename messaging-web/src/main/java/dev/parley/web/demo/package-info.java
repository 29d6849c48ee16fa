/**
 * The demo profile: a small marketplace seeded once, idempotently, and the logins printed
 * at start.
 */
@NullMarked
package dev.parley.web.demo;

import org.jspecify.annotations.NullMarked;
