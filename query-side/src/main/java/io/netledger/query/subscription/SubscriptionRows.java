package io.netledger.query.subscription;

import io.netledger.query.ProjectedRows;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SubscriptionRows extends ProjectedRows<SubscriptionRow>, JpaSpecificationExecutor<SubscriptionRow> {

    List<SubscriptionRow> findByStatusAndIdGreaterThanOrderById(String status, long afterId, Limit limit);

    List<SubscriptionRow> findByCustomerId(long customerId);
}
