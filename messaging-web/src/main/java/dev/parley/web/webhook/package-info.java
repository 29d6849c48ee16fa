/**
 * Webhooks: endpoints that sellers register, signed deliveries (Standard Webhooks) from
 * the changes feed with retries, auto-disable and a delivery log, and the guard that
 * keeps receivers off private networks.
 */
@NullMarked
package dev.parley.web.webhook;

import org.jspecify.annotations.NullMarked;
