/**
 * Live updates: Server-Sent Events that tell a signed-in party's open pages that one of
 * their threads changed, with their fresh unread count, whichever instance stored it.
 */
@NullMarked
package dev.parley.web.live;

import org.jspecify.annotations.NullMarked;
