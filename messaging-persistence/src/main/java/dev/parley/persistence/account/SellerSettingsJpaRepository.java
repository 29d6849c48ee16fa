package dev.parley.persistence.account;

import org.springframework.data.repository.CrudRepository;

interface SellerSettingsJpaRepository extends CrudRepository<SellerSettingsJpaEntity, Long> {

}
