/**
 * Accounts and settings in PostgreSQL.
 */
@NullMarked
package dev.parley.persistence.account;

import org.jspecify.annotations.NullMarked;
