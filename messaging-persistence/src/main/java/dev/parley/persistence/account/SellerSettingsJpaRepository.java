package dev.parley.persistence.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface SellerSettingsJpaRepository extends JpaRepository<SellerSettingsJpaEntity, Long> {

}
