/**
 * Integrations: the changes feed over the permanent record, and webhook endpoints that
 * receive it as signed HTTP deliveries.
 */
@NullMarked
package dev.parley.core.integration;

import org.jspecify.annotations.NullMarked;
