package dev.parley.persistence.order;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderJpaRepository extends JpaRepository<OrderJpaEntity, String> {

	@Query("select o from OrderJpaEntity o where o.buyerId = ?1 order by o.placedAt desc, o.id desc")
	List<OrderJpaEntity> firstPageOfBuyer(long buyer, Limit limit);

	@Query("select o from OrderJpaEntity o where o.sellerId = ?1 order by o.placedAt desc, o.id desc")
	List<OrderJpaEntity> firstPageOfSeller(long seller, Limit limit);

	@Query("select o from OrderJpaEntity o where o.buyerId = ?1 and (o.placedAt < ?2 or (o.placedAt = ?2 and o.id < ?3)) "
			+ "order by o.placedAt desc, o.id desc")
	List<OrderJpaEntity> nextPageOfBuyer(long buyer, Instant placedAt, String id, Limit limit);

	@Query("select o from OrderJpaEntity o where o.sellerId = ?1 and (o.placedAt < ?2 or (o.placedAt = ?2 and o.id < ?3)) "
			+ "order by o.placedAt desc, o.id desc")
	List<OrderJpaEntity> nextPageOfSeller(long seller, Instant placedAt, String id, Limit limit);

	boolean existsByBuyerIdAndSellerId(long buyerId, long sellerId);

}
