package dev.parley.persistence.template;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateJpaRepository extends JpaRepository<TemplateJpaEntity, Long> {

	@Query("select t from TemplateJpaEntity t where t.sellerId = ?1 order by lower(t.name), t.id")
	List<TemplateJpaEntity> findBySeller(long sellerId);

	@Query("select t from TemplateJpaEntity t where t.id = ?1 and t.sellerId = ?2")
	Optional<TemplateJpaEntity> findBySeller(long id, long sellerId);

}
