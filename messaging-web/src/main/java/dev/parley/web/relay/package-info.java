/**
 * The email relay: outbox workers that send each delivered message from the sender's
 * alias over SMTP, an inbound SMTP listener that turns replies to aliases into messages
 * through the same send path as the web, bounces, and the development mail sink with its
 * mailbox page.
 */
@NullMarked
package dev.parley.web.relay;

import org.jspecify.annotations.NullMarked;
