/**
 * The thread pages of sellers and buyers: messages, order sidebar, reply with the live
 * rule check, templates, "No response needed" and reports.
 */
@NullMarked
package dev.parley.web.thread;

import org.jspecify.annotations.NullMarked;
