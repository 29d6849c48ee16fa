package dev.parley.persistence.account;

import org.springframework.data.repository.CrudRepository;

interface BuyerSettingsJpaRepository extends CrudRepository<BuyerSettingsJpaEntity, Long> {

}
