package dev.parley.persistence.listing;

import java.util.List;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.listing.Listing;
import dev.parley.core.listing.Listings;
import dev.parley.persistence.database.Sql;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Listings in the {@code listing} table (V130), one statement each.
 */
@Component
@Transactional(readOnly = true)
class JdbcListings implements Listings {

	private final JdbcTemplate jdbc;

	JdbcListings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Listing> find(String id) {
		if (!Listing.isValidId(id)) {
			return Optional.empty();
		}
		List<Listing> found = this.jdbc.query(
				"SELECT id, seller_id, title, image_url, updated_at FROM listing WHERE id = ?",
				(rs, n) -> new Listing(rs.getString("id"), AccountId.of(rs.getLong("seller_id")), rs.getString("title"),
						rs.getString("image_url"), Sql.instant(rs, "updated_at")),
				id);
		return found.stream().findFirst();
	}

	@Override
	@Transactional
	public boolean save(Listing listing) {
		Boolean inserted = this.jdbc.queryForObject("""
				INSERT INTO listing (id, seller_id, title, image_url, updated_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (id) DO UPDATE SET seller_id = EXCLUDED.seller_id, title = EXCLUDED.title,
				    image_url = EXCLUDED.image_url, updated_at = EXCLUDED.updated_at
				RETURNING xmax = 0
				""", Boolean.class, listing.id(), listing.seller().value(), listing.title(),
				Sql.text(listing.imageUrl()), Sql.timestamp(listing.updatedAt()));
		return Boolean.TRUE.equals(inserted);
	}

}
