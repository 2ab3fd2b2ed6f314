package io.netledger.query.subscription;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SubscriptionRows extends JpaRepository<SubscriptionRow, Long>, JpaSpecificationExecutor<SubscriptionRow> {
}
