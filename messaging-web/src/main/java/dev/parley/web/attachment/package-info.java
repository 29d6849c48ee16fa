/**
 * Uploading and downloading attachments: types checked by the rules, images re-encoded
 * without metadata, served only to the thread's parties and admins.
 */
@NullMarked
package dev.parley.web.attachment;

import org.jspecify.annotations.NullMarked;
