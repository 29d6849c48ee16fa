/**
 * The messaging service: the one place where a message is checked by the rules, stored in
 * the permanent record and queued for email, for every channel.
 */
@NullMarked
package dev.parley.web.conversation;

import org.jspecify.annotations.NullMarked;
