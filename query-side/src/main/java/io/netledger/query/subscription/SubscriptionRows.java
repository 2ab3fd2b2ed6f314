package io.netledger.query.subscription;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SubscriptionRows extends JpaRepository<SubscriptionRow, Long>, JpaSpecificationExecutor<SubscriptionRow> {

    List<SubscriptionRow> findByStatusAndIdGreaterThanOrderById(String status, long afterId, Limit limit);
}
