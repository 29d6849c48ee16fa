/**
 * What is inside an attachment, read under bounds: the text of its pages, the QR codes in
 * its images, and whether it carries active content (macros, scripts, external
 * references, embedded files) or cannot be read within the limits (ZIP bombs, too many
 * pages). The rules engine runs its text pipeline over what comes out.
 */
@NullMarked
package dev.parley.core.policy.attachment;

import org.jspecify.annotations.NullMarked;
