/**
 * Seller teams: members who work in a seller's workspace with permissions of their own,
 * and the internal notes they keep on threads.
 */
@NullMarked
package dev.parley.core.team;

import org.jspecify.annotations.NullMarked;
