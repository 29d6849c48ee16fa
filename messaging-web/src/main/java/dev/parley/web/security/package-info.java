/**
 * Authentication and authorization: form login, roles, role home pages, security headers.
 */
@NullMarked
package dev.parley.web.security;

import org.jspecify.annotations.NullMarked;
