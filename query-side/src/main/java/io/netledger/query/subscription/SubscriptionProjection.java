package io.netledger.query.subscription;

import io.netledger.api.customer.CustomerErased;
import io.netledger.api.subscription.FairUsageApplied;
import io.netledger.api.subscription.FairUsageLifted;
import io.netledger.api.subscription.FindNetworks;
import io.netledger.api.subscription.FindSubscription;
import io.netledger.api.subscription.FindSubscriptions;
import io.netledger.api.subscription.FindSubscriptionsAfter;
import io.netledger.api.subscription.NetworkAssigned;
import io.netledger.api.subscription.NetworkChanged;
import io.netledger.api.subscription.NetworkList;
import io.netledger.api.subscription.NetworkReleased;
import io.netledger.api.subscription.PppoePasswordRotated;
import io.netledger.api.subscription.PrimaryNetworkChosen;
import io.netledger.api.subscription.SubscriptionActivated;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.subscription.SubscriptionExpired;
import io.netledger.api.subscription.SubscriptionExtended;
import io.netledger.api.subscription.SubscriptionImported;
import io.netledger.api.subscription.SubscriptionList;
import io.netledger.api.subscription.SubscriptionPage;
import io.netledger.api.subscription.SubscriptionPlanChangeScheduled;
import io.netledger.api.subscription.SubscriptionPlanChanged;
import io.netledger.api.subscription.SubscriptionReactivated;
import io.netledger.api.provisioning.SubscriptionRouterSynced;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.api.subscription.SubscriptionSuspended;
import io.netledger.api.subscription.SubscriptionTerminated;
import io.netledger.api.subscription.SubscriptionView;
import io.netledger.query.Pages;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Owns {@code customer_subscriptions} and {@code customer_networks}: the networks are part
 * of their subscription's aggregate, and every event of it moves the subscription's
 * version, which is the ETag their commands are checked against.
 */
@Component
@ProcessingGroup("subscriptions")
class SubscriptionProjection {

    private final SubscriptionRows subscriptions;
    private final NetworkRows networks;

    SubscriptionProjection(SubscriptionRows subscriptions, NetworkRows networks) {
        this.subscriptions = subscriptions;
        this.networks = networks;
    }

    @EventHandler
    void on(SubscriptionCreated event, @Timestamp Instant at, @SequenceNumber long version) {
        SubscriptionRow row = new SubscriptionRow(event, at);
        row.touched(at, version);
        subscriptions.save(row);
    }

    @EventHandler
    void on(SubscriptionActivated event, @Timestamp Instant at, @SequenceNumber long version) {
        subscriptions.update(event.subscriptionId(), at, version, row -> {
            row.setStatus(SubscriptionStatus.ACTIVE);
            row.setEndDate(event.endDate());
        });
    }

    @EventHandler
    void on(SubscriptionSuspended event, @Timestamp Instant at, @SequenceNumber long version) {
        subscriptions.update(event.subscriptionId(), at, version, row -> row.setStatus(SubscriptionStatus.SUSPENDED));
    }

    @EventHandler
    void on(SubscriptionReactivated event, @Timestamp Instant at, @SequenceNumber long version) {
        subscriptions.update(event.subscriptionId(), at, version, row -> row.setStatus(SubscriptionStatus.ACTIVE));
    }

    @EventHandler
    void on(SubscriptionExpired event, @Timestamp Instant at, @SequenceNumber long version) {
        subscriptions.update(event.subscriptionId(), at, version, row -> row.setStatus(SubscriptionStatus.EXPIRED));
    }

    @EventHandler
    void on(SubscriptionTerminated event, @Timestamp Instant at, @SequenceNumber long version) {
        subscriptions.update(event.subscriptionId(), at, version, row -> row.setStatus(SubscriptionStatus.TERMINATED));
    }

    @EventHandler
    void on(SubscriptionExtended event, @Timestamp Instant at, @SequenceNumber long version) {
        subscriptions.update(event.subscriptionId(), at, version, row -> row.setEndDate(event.endDate()));
    }

    @EventHandler
    void on(SubscriptionPlanChangeScheduled event, @Timestamp Instant at, @SequenceNumber long version) {
        subscriptions.update(event.subscriptionId(), at, version,
                row -> row.schedulePlan(event.servicePlanId(), event.effectiveFrom()));
    }

    @EventHandler
    void on(SubscriptionPlanChanged event, @Timestamp Instant at, @SequenceNumber long version) {
        subscriptions.update(event.subscriptionId(), at, version,
                row -> row.plan(event.servicePlanId(), event.price(), event.billingCycle()));
    }

    @EventHandler
    void on(FairUsageApplied event, @Timestamp Instant at, @SequenceNumber long version) {
        subscriptions.update(event.subscriptionId(), at, version, row -> row.fairUsage(event.periodStart()));
    }

    @EventHandler
    void on(FairUsageLifted event, @Timestamp Instant at, @SequenceNumber long version) {
        subscriptions.update(event.subscriptionId(), at, version, row -> row.fairUsage(null));
    }

    @EventHandler
    void on(PppoePasswordRotated event, @Timestamp Instant at, @SequenceNumber long version) {
        subscriptions.update(event.subscriptionId(), at, version,
                row -> row.sealedPassword(event.passwordEncrypted().value()));
    }

    @EventHandler
    void on(SubscriptionImported event, @Timestamp Instant at, @SequenceNumber long version) {
        subscriptions.update(event.subscriptionId(), at, version,
                row -> row.synced(event.mikrotikId(), event.routerConfig(), at));
    }

    @EventHandler
    void on(SubscriptionRouterSynced event, @Timestamp Instant at, @SequenceNumber long version) {
        subscriptions.update(event.subscriptionId(), at, version,
                row -> row.synced(event.mikrotikId(), event.mikrotikConfig(), at));
    }

    @EventHandler
    void on(NetworkAssigned event, @Timestamp Instant at, @SequenceNumber long version) {
        networks.save(new NetworkRow(event, at));
        subscriptions.update(event.subscriptionId(), at, version, row -> { });
    }

    @EventHandler
    void on(NetworkChanged event, @Timestamp Instant at, @SequenceNumber long version) {
        networks.update(event.networkId(), at, version, network -> network.apply(event));
        subscriptions.update(event.subscriptionId(), at, version, row -> { });
    }

    @EventHandler
    void on(NetworkReleased event, @Timestamp Instant at, @SequenceNumber long version) {
        networks.deleteById(event.networkId());
        subscriptions.update(event.subscriptionId(), at, version, row -> { });
    }

    @EventHandler
    void on(PrimaryNetworkChosen event, @Timestamp Instant at, @SequenceNumber long version) {
        for (NetworkRow network : networks.findBySubscriptionIdOrderById(event.subscriptionId())) {
            network.setPrimary(network.getId() == event.networkId(), at);
            networks.save(network);
        }
        subscriptions.update(event.subscriptionId(), at, version, row -> { });
    }

    /**
     * A customer's event, not a subscription's: the rows keep their subscription's version, the ETag their
     * commands are checked against.
     */
    @EventHandler
    void on(CustomerErased event, @Timestamp Instant at) {
        for (NetworkRow network : networks.findByCustomerId(event.customerId())) {
            network.erase(at);
            networks.save(network);
        }
        for (SubscriptionRow row : subscriptions.findByCustomerId(event.customerId())) {
            if (row.eraseRouterComment(at)) {
                subscriptions.save(row);
            }
        }
    }

    @ResetHandler
    void reset() {
        networks.deleteAllInBatch();
        subscriptions.deleteAllInBatch();
    }

    @QueryHandler
    Optional<SubscriptionView> handle(FindSubscription query) {
        return subscriptions.findById(query.subscriptionId()).map(SubscriptionRow::view);
    }

    @QueryHandler
    SubscriptionPage handle(FindSubscriptions query) {
        Page<SubscriptionRow> page = subscriptions.findAll(filter(query), Pages.pageable(query.page()));
        return new SubscriptionPage(page.map(SubscriptionRow::view).getContent(), Pages.metadata(page));
    }

    @QueryHandler
    SubscriptionList handle(FindSubscriptionsAfter query) {
        return new SubscriptionList(subscriptions.findByStatusAndIdGreaterThanOrderById(query.status().value(),
                query.afterId(), Limit.of(Math.max(1, Math.min(query.limit(), 10_000)))).stream()
                .map(SubscriptionRow::view).toList());
    }

    @QueryHandler
    NetworkList handle(FindNetworks query) {
        return new NetworkList(networks.findBySubscriptionIdOrderById(query.subscriptionId()).stream()
                .map(NetworkRow::view).toList());
    }

    private static Specification<SubscriptionRow> filter(FindSubscriptions query) {
        return (root, q, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (query.status() != null) {
                all.add(cb.equal(root.get("status"), query.status().value()));
            }
            if (query.nasServerId() != null) {
                all.add(cb.equal(root.get("nasServerId"), query.nasServerId()));
            }
            if (query.servicePlanId() != null) {
                all.add(cb.equal(root.get("servicePlanId"), query.servicePlanId()));
            }
            if (query.customerId() != null) {
                all.add(cb.equal(root.get("customerId"), query.customerId()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
