/**
 * Threads, messages, attachments and thread events in PostgreSQL: the permanent record.
 */
@NullMarked
package dev.parley.persistence.conversation;

import org.jspecify.annotations.NullMarked;
