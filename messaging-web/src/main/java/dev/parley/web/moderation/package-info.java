/**
 * Admin review: the flag queue, decisions with recorded reasons, platform notices, seller
 * status, chain verification.
 */
@NullMarked
package dev.parley.web.moderation;

import org.jspecify.annotations.NullMarked;
