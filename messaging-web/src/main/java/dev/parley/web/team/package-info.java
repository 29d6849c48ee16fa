/**
 * Seller teams: inviting, permitting, suspending and removing members, invitations, and
 * internal notes on threads.
 */
@NullMarked
package dev.parley.web.team;

import org.jspecify.annotations.NullMarked;
