/**
 * The rules engine as the application configures it: {@code parley.policy.*} properties
 * over the defaults of SPEC §4.
 */
@NullMarked
package dev.parley.web.policy;

import org.jspecify.annotations.NullMarked;
