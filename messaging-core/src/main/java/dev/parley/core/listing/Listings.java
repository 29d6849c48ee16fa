package dev.parley.core.listing;

import java.util.Optional;

/**
 * Port: the listings the catalogue has fed.
 */
public interface Listings {

	/**
	 * A listing by id.
	 * @param id the catalogue's id
	 * @return the listing, or empty
	 */
	Optional<Listing> find(String id);

	/**
	 * Creates or replaces a listing.
	 * @param listing the listing as the catalogue reports it now
	 * @return whether it was new
	 */
	boolean save(Listing listing);

}
