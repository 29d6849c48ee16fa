package dev.parley.persistence.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface BuyerSettingsJpaRepository extends JpaRepository<BuyerSettingsJpaEntity, Long> {

}
