/**
 * What every server-rendered page shares: explanations of rule violations in the viewer's
 * language, text with marked spans, plain text to and from message HTML, due times, the
 * compose step (uploads, then send) and the error pages.
 */
@NullMarked
package dev.parley.web.page;

import org.jspecify.annotations.NullMarked;
