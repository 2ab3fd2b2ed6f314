package io.netledger.query.subscription;

import io.netledger.query.ProjectedRows;
import java.util.List;

interface NetworkRows extends ProjectedRows<NetworkRow> {

    List<NetworkRow> findBySubscriptionIdOrderById(long subscriptionId);

    List<NetworkRow> findByCustomerId(long customerId);
}
