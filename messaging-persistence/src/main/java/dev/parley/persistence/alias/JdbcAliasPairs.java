package dev.parley.persistence.alias;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.alias.AliasGenerator;
import dev.parley.core.alias.AliasPair;
import dev.parley.core.alias.AliasPairs;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alias pairs in {@code relay_alias}, one row per address so that one primary key keeps
 * every local part unique. First contact inserts both rows with
 * {@code ON CONFLICT DO NOTHING}: when two transactions race, the second waits for the
 * first and then reads the first one's pair.
 * <p>
 * A {@code @Component} rather than a {@code @Repository}: the JPA exception translator
 * that Spring applies to repositories turns {@code IllegalArgumentException} and
 * {@code IllegalStateException} into {@code InvalidDataAccessApiUsageException}, but the
 * port promises those exceptions; {@code JdbcTemplate} already translates SQL errors.
 */
@Component
@Transactional(readOnly = true)
class JdbcAliasPairs implements AliasPairs {

	private static final int ATTEMPTS = 5;

	private final JdbcTemplate jdbc;

	private final AliasGenerator generator;

	JdbcAliasPairs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.generator = new AliasGenerator();
	}

	@Override
	@Transactional
	public AliasPair obtain(AccountId buyer, AccountId seller) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Optional<AliasPair> existing = find(buyer, seller);
			if (existing.isPresent()) {
				return existing.get();
			}
			String buyerAlias = this.generator.next();
			String sellerAlias = this.generator.next();
			if (buyerAlias.equals(sellerAlias)) {
				continue;
			}
			// Both rows or none: a conflict on either (the pair exists, or a random local
			// part is taken) skips that row, and the loop reads or retries.
			this.jdbc.update("""
					INSERT INTO relay_alias (local_part, buyer_id, seller_id, stands_for)
					VALUES (?, ?, ?, 'BUYER'), (?, ?, ?, 'SELLER') ON CONFLICT DO NOTHING
					""", buyerAlias, buyer.value(), seller.value(), sellerAlias, buyer.value(), seller.value());
		}
		return find(buyer, seller)
			.orElseThrow(() -> new IllegalStateException("could not create aliases for " + buyer + "/" + seller));
	}

	private Optional<AliasPair> find(AccountId buyer, AccountId seller) {
		List<String[]> rows = this.jdbc.query(
				"SELECT stands_for, local_part FROM relay_alias WHERE buyer_id = ? AND seller_id = ?",
				(rs, n) -> new String[] { rs.getString(1), rs.getString(2) }, buyer.value(), seller.value());
		String buyerAlias = null;
		String sellerAlias = null;
		for (String[] row : rows) {
			if ("BUYER".equals(row[0])) {
				buyerAlias = row[1];
			}
			else {
				sellerAlias = row[1];
			}
		}
		if (buyerAlias != null && sellerAlias == null || buyerAlias == null && sellerAlias != null) {
			// A random local part collided with another pair's: add the missing side.
			String missing = this.generator.next();
			this.jdbc.update(
					"INSERT INTO relay_alias (local_part, buyer_id, seller_id, stands_for) VALUES (?, ?, ?, ?) "
							+ "ON CONFLICT DO NOTHING",
					missing, buyer.value(), seller.value(), (buyerAlias == null) ? "BUYER" : "SELLER");
			return Optional.empty();
		}
		return (buyerAlias != null) ? Optional.of(new AliasPair(buyer, seller, buyerAlias, sellerAlias))
				: Optional.empty();
	}

	@Override
	public Optional<AliasPair> findByLocalPart(String localPart) {
		String normalized = localPart.strip().toLowerCase(Locale.ROOT);
		if (!AliasGenerator.isWellFormed(normalized)) {
			return Optional.empty();
		}
		return this.jdbc
			.query("""
					SELECT a.buyer_id, a.seller_id, b.local_part AS buyer_alias, s.local_part AS seller_alias
					FROM relay_alias a
					JOIN relay_alias b ON b.buyer_id = a.buyer_id AND b.seller_id = a.seller_id AND b.stands_for = 'BUYER'
					JOIN relay_alias s ON s.buyer_id = a.buyer_id AND s.seller_id = a.seller_id AND s.stands_for = 'SELLER'
					WHERE a.local_part = ?
					""",
					(rs, n) -> new AliasPair(AccountId.of(rs.getLong("buyer_id")),
							AccountId.of(rs.getLong("seller_id")), rs.getString("buyer_alias"),
							rs.getString("seller_alias")),
					normalized)
			.stream()
			.findFirst();
	}

}
