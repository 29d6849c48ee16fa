/**
 * The landing pages of each role after login.
 */
@NullMarked
package dev.parley.web.home;

import org.jspecify.annotations.NullMarked;
