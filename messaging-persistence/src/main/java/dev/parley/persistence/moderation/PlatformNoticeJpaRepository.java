package dev.parley.persistence.moderation;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Platform notices: insert and read only (no delete or update methods).
 */
interface PlatformNoticeJpaRepository extends Repository<PlatformNoticeJpaEntity, Long> {

	PlatformNoticeJpaEntity save(PlatformNoticeJpaEntity notice);

	@Query("select n from PlatformNoticeJpaEntity n where n.sellerId = ?1 and n.id < ?2 order by n.id desc")
	List<PlatformNoticeJpaEntity> newestFirst(long seller, long before, Limit limit);

}
