package io.netledger.query.subscription;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkRows extends JpaRepository<NetworkRow, Long> {

    List<NetworkRow> findBySubscriptionIdOrderById(long subscriptionId);
}
