/**
 * The web application: pages, JSON API, mail relay and the transactional services that
 * join the core to the database.
 */
@NullMarked
package dev.parley.web;

import org.jspecify.annotations.NullMarked;
