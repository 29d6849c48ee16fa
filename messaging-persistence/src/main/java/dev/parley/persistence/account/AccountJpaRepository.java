package dev.parley.persistence.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountJpaRepository extends JpaRepository<AccountJpaEntity, Long> {

	@Query("select a from AccountJpaEntity a where lower(a.email) = lower(?1)")
	Optional<AccountJpaEntity> findByEmailIgnoringCase(String email);

}
