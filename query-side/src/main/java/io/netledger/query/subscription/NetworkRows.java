package io.netledger.query.subscription;

import java.util.List;
import io.netledger.query.ProjectedRows;

interface NetworkRows extends ProjectedRows<NetworkRow> {

    List<NetworkRow> findBySubscriptionIdOrderById(long subscriptionId);
}
