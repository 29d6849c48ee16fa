/**
 * Marketplace accounts (buyers, sellers, admins) and their messaging settings.
 */
@NullMarked
package dev.parley.core.account;

import org.jspecify.annotations.NullMarked;
