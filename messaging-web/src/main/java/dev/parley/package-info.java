/**
 * Parley's base package: the application class, so that component scanning reaches every
 * module.
 */
@NullMarked
package dev.parley;

import org.jspecify.annotations.NullMarked;
