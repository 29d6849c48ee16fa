/**
 * The email relay in PostgreSQL: the transactional outbox with claims and leases, inbound
 * receipts, and routing lookups.
 */
@NullMarked
package dev.parley.persistence.relay;

import org.jspecify.annotations.NullMarked;
