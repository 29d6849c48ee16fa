/**
 * The evidence bundle of a thread: a ZIP archive a party or an admin downloads, with
 * everything the party may see, the hash chain and the signed checkpoint that prove it
 * offline ({@code dev.parley.core.evidence.EvidenceVerifier}).
 */
@NullMarked
package dev.parley.web.evidence;

import org.jspecify.annotations.NullMarked;
