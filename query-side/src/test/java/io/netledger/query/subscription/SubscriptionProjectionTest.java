package io.netledger.query.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.Money;
import io.netledger.api.customer.CustomerErased;
import io.netledger.api.personal.Erased;
import io.netledger.api.PageSpec;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.secret.Sealed;
import io.netledger.api.subscription.FindNetworks;
import io.netledger.api.subscription.FindSubscription;
import io.netledger.api.subscription.FindSubscriptions;
import io.netledger.api.subscription.FindSubscriptionsAfter;
import io.netledger.api.subscription.NetworkAssigned;
import io.netledger.api.subscription.NetworkChanged;
import io.netledger.api.subscription.NetworkReleased;
import io.netledger.api.subscription.NetworkView;
import io.netledger.api.subscription.PppoePasswordRotated;
import io.netledger.api.subscription.PrimaryNetworkChosen;
import io.netledger.api.subscription.SubscriptionActivated;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.subscription.SubscriptionExpired;
import io.netledger.api.subscription.SubscriptionExtended;
import io.netledger.api.subscription.SubscriptionImported;
import io.netledger.api.subscription.SubscriptionPlanChangeScheduled;
import io.netledger.api.subscription.SubscriptionPlanChanged;
import io.netledger.api.subscription.SubscriptionReactivated;
import io.netledger.api.provisioning.SubscriptionRouterSynced;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.api.subscription.SubscriptionSuspended;
import io.netledger.api.subscription.SubscriptionTerminated;
import io.netledger.api.subscription.SubscriptionView;
import io.netledger.query.ProjectionTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SubscriptionProjectionTest extends ProjectionTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Autowired
    private SubscriptionProjection projection;

    @Test
    void createdSubscriptionIsAPendingRowWithItsPlanNasAndSealedPassword() {
        long customer = Ids.next();
        long plan = Ids.next();
        long nas = Ids.next();
        long id = created(customer, plan, nas, "siti@home");

        Map<String, Object> row = row("""
                select customer_id, service_plan_id, nas_server_id, username, password_encrypted, mikrotik_id, status,
                       start_date, end_date, price, billing_cycle, mikrotik_config, last_sync, scheduled_plan_id,
                       created_at, updated_at, aggregate_version
                from customer_subscriptions where id = ?""", id);
        assertThat(row).containsEntry("customer_id", customer).containsEntry("service_plan_id", plan)
                .containsEntry("nas_server_id", nas).containsEntry("username", "siti@home")
                .containsEntry("password_encrypted", "k1:cHBw").containsEntry("mikrotik_id", null)
                .containsEntry("status", "pending").containsEntry("end_date", null)
                .containsEntry("price", new BigDecimal("150000.00")).containsEntry("billing_cycle", "monthly")
                .containsEntry("mikrotik_config", null).containsEntry("last_sync", null)
                .containsEntry("scheduled_plan_id", null).containsEntry("aggregate_version", 0L);
        assertThat(row.get("start_date").toString()).isEqualTo("2026-12-01");
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T0);
    }

    @Test
    void lifecycleEventsSetStatusAndEndDateEachWithItsVersion() {
        long id = created(Ids.next(), Ids.next(), Ids.next(), "budi@home");
        handle(() -> projection.on(new SubscriptionActivated(id, LocalDate.of(2026, 12, 31)), T1, 1));
        assertThat(row("select status, end_date::text as end_date from customer_subscriptions where id = ?", id))
                .containsEntry("status", "active").containsEntry("end_date", "2026-12-31");
        handle(() -> projection.on(new SubscriptionSuspended(id, "overdue"), T1, 2));
        assertThat(status(id)).isEqualTo("suspended");
        handle(() -> projection.on(new SubscriptionReactivated(id), T1, 3));
        assertThat(status(id)).isEqualTo("active");
        handle(() -> projection.on(new SubscriptionExtended(id, LocalDate.of(2027, 1, 31)), T1, 4));
        handle(() -> projection.on(new SubscriptionExpired(id), T1, 5));
        assertThat(status(id)).isEqualTo("expired");
        handle(() -> projection.on(new SubscriptionTerminated(id, "moved"), T2, 6));

        Map<String, Object> row = row("""
                select status, end_date::text as end_date, aggregate_version, updated_at from customer_subscriptions
                where id = ?""", id);
        assertThat(row).containsEntry("status", "terminated").containsEntry("end_date", "2027-01-31")
                .containsEntry("aggregate_version", 6L);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T2);
    }

    @Test
    void anImportedSubscriptionShowsItsRouterAccountAndStaysMarkedAfterLaterSyncs() {
        long id = created(Ids.next(), Ids.next(), Ids.next(), "lama@pop");
        handle(() -> projection.on(SubscriptionImported.of(id, Ids.next(), "*2B", false,
                Map.of("profile", "10M-20M", "imported", true), Ids.next()), T1, 1));
        assertThat(row("""
                select mikrotik_id, mikrotik_config ->> 'profile' as profile,
                       mikrotik_config ->> 'imported' as imported, aggregate_version
                from customer_subscriptions where id = ?""", id)).containsEntry("mikrotik_id", "*2B")
                .containsEntry("profile", "10M-20M").containsEntry("imported", "true")
                .containsEntry("aggregate_version", 1L);

        handle(() -> projection.on(new SubscriptionRouterSynced(id, "*2B", Map.of("profile", "netledger-10M-20M")),
                T2, 2));
        assertThat(row("""
                select mikrotik_config ->> 'profile' as profile, mikrotik_config ->> 'imported' as imported
                from customer_subscriptions where id = ?""", id)).containsEntry("profile", "netledger-10M-20M")
                .containsEntry("imported", "true");
    }

    @Test
    void aScheduledPlanChangeIsShownUntilItAppliesAndRouterSyncAndPasswordRotationAreRecorded() {
        long id = created(Ids.next(), Ids.next(), Ids.next(), "agus@home");
        long next = Ids.next();
        handle(() -> projection.on(new SubscriptionPlanChangeScheduled(id, next, Money.parse("250000.00"),
                BillingCycle.MONTHLY, LocalDate.of(2027, 1, 1)), T1, 1));
        assertThat(row("""
                select scheduled_plan_id, scheduled_from::text as scheduled_from, price from customer_subscriptions
                where id = ?""", id)).containsEntry("scheduled_plan_id", next)
                .containsEntry("scheduled_from", "2027-01-01").containsEntry("price", new BigDecimal("150000.00"));

        handle(() -> {
            projection.on(new SubscriptionPlanChanged(id, next, Money.parse("2500000.00"), BillingCycle.YEARLY), T2, 2);
            projection.on(new SubscriptionRouterSynced(id, "*1A", Map.of("profile", "home-25")), T2, 3);
            projection.on(new PppoePasswordRotated(id, new Sealed("k2:bmV3")), T2, 4);
        });
        Map<String, Object> row = row("""
                select service_plan_id, price, billing_cycle, scheduled_plan_id, scheduled_from, mikrotik_id,
                       mikrotik_config ->> 'profile' as profile, last_sync, password_encrypted, aggregate_version
                from customer_subscriptions where id = ?""", id);
        assertThat(row).containsEntry("service_plan_id", next).containsEntry("price", new BigDecimal("2500000.00"))
                .containsEntry("billing_cycle", "yearly").containsEntry("scheduled_plan_id", null)
                .containsEntry("scheduled_from", null).containsEntry("mikrotik_id", "*1A")
                .containsEntry("profile", "home-25").containsEntry("password_encrypted", "k2:bmV3")
                .containsEntry("aggregate_version", 4L);
        assertThat(instant(row.get("last_sync"))).isEqualTo(T2);
    }

    @Test
    void networksAreRowsOfTheirSubscriptionAndEachOfTheirEventsMovesItsVersion() {
        long customer = Ids.next();
        long id = created(customer, Ids.next(), Ids.next(), "dewi@home");
        long first = Ids.next();
        long second = Ids.next();
        handle(() -> {
            projection.on(new NetworkAssigned(id, first, customer, "10.10.0.2", "AA:BB:CC:00:00:01", "ether2", "100",
                    "home", Map.of("mtu", 1480)), T1, 1);
            projection.on(new NetworkAssigned(id, second, customer, "10.10.0.3", null, null, null, null, Map.of()), T1,
                    2);
        });
        Map<String, Object> network = row("""
                select customer_id, subscription_id, ip_address, mac_address, interface, vlan_id, description,
                       is_primary, network_config ->> 'mtu' as mtu, created_at, updated_at
                from customer_networks where id = ?""", first);
        assertThat(network).containsEntry("customer_id", customer).containsEntry("subscription_id", id)
                .containsEntry("ip_address", "10.10.0.2").containsEntry("mac_address", "AA:BB:CC:00:00:01")
                .containsEntry("interface", "ether2").containsEntry("vlan_id", "100")
                .containsEntry("description", "home").containsEntry("is_primary", false).containsEntry("mtu", "1480");
        assertThat(instant(network.get("created_at"))).isEqualTo(T1);

        handle(() -> {
            projection.on(new PrimaryNetworkChosen(id, second), T2, 3);
            projection.on(new NetworkChanged(id, first, 1L, "10.10.0.9", null, "ether3", null, null, null), T2, 4);
        });
        assertThat(row("select is_primary from customer_networks where id = ?", second)).containsEntry("is_primary", true);
        Map<String, Object> changed = row("""
                select ip_address, mac_address, interface, network_config, is_primary, updated_at
                from customer_networks where id = ?""", first);
        assertThat(changed).containsEntry("ip_address", "10.10.0.9").containsEntry("mac_address", null)
                .containsEntry("interface", "ether3").containsEntry("network_config", null)
                .containsEntry("is_primary", false);
        assertThat(instant(changed.get("updated_at"))).isEqualTo(T2);

        handle(() -> projection.on(new NetworkReleased(id, first, "10.10.0.9"), T2, 5));
        assertThat(projection.handle(new FindNetworks(id)).content()).extracting(NetworkView::id)
                .containsExactly(second);
        assertThat(row("select aggregate_version from customer_subscriptions where id = ?", id))
                .containsEntry("aggregate_version", 5L);
    }

    @Test
    void erasureLeavesHisNetworksMacAndDescriptionAndHisImportedRouterCommentErasedAndTheRestAsItWas() {
        long customer = Ids.next();
        long id = created(customer, Ids.next(), Ids.next(), "siti@pop");
        long network = Ids.next();
        long bare = Ids.next();
        handle(() -> {
            projection.on(SubscriptionImported.of(id, Ids.next(), "*2B", false,
                    Map.of("profile", "10M-20M", "comment", "Siti Aminah", "imported", true), customer), T1, 1);
            projection.on(new NetworkAssigned(id, network, customer, "10.10.0.2", "AA:BB:CC:00:00:01", "ether2",
                    "100", "rumah Bu Siti", Map.of("mtu", 1480)), T1, 2);
            projection.on(new NetworkAssigned(id, bare, customer, "10.10.0.3", null, null, null, null, Map.of()), T1,
                    3);
        });
        long neighbour = Ids.next();
        long theirs = created(neighbour, Ids.next(), Ids.next(), "budi@pop");
        long theirNetwork = Ids.next();
        handle(() -> {
            projection.on(SubscriptionImported.of(theirs, Ids.next(), "*2C", false,
                    Map.of("comment", "Budi Santoso", "imported", true), neighbour), T1, 1);
            projection.on(new NetworkAssigned(theirs, theirNetwork, neighbour, "10.10.0.4", "AA:BB:CC:00:00:02",
                    null, null, "warung", Map.of()), T1, 2);
        });

        handle(() -> projection.on(new CustomerErased(customer, "asked to be forgotten", List.of()), T2));

        Map<String, Object> subscription = row("""
                select username, status, price, mikrotik_id, mikrotik_config ->> 'comment' as comment,
                       mikrotik_config ->> 'profile' as profile, mikrotik_config ->> 'imported' as imported,
                       updated_at, aggregate_version
                from customer_subscriptions where id = ?""", id);
        assertThat(subscription).containsEntry("comment", Erased.TEXT).containsEntry("username", "siti@pop")
                .containsEntry("status", "pending").containsEntry("price", new BigDecimal("150000.00"))
                .containsEntry("mikrotik_id", "*2B").containsEntry("profile", "10M-20M")
                .containsEntry("imported", "true").containsEntry("aggregate_version", 3L);
        assertThat(instant(subscription.get("updated_at"))).isEqualTo(T2);
        Map<String, Object> erased = row("""
                select ip_address, mac_address, interface, vlan_id, description, network_config ->> 'mtu' as mtu,
                       created_at, updated_at from customer_networks where id = ?""", network);
        assertThat(erased).containsEntry("mac_address", Erased.TEXT).containsEntry("description", Erased.TEXT)
                .containsEntry("ip_address", "10.10.0.2").containsEntry("interface", "ether2")
                .containsEntry("vlan_id", "100").containsEntry("mtu", "1480");
        assertThat(instant(erased.get("created_at"))).isEqualTo(T1);
        assertThat(instant(erased.get("updated_at"))).isEqualTo(T2);
        assertThat(row("select mac_address, description from customer_networks where id = ?", bare))
                .containsEntry("mac_address", null).containsEntry("description", null);
        assertThat(row("select mikrotik_config ->> 'comment' as comment from customer_subscriptions where id = ?",
                theirs)).containsEntry("comment", "Budi Santoso");
        assertThat(row("select mac_address, description from customer_networks where id = ?", theirNetwork))
                .containsEntry("mac_address", "AA:BB:CC:00:00:02").containsEntry("description", "warung");
    }

    @Test
    void listFiltersOnStatusNasPlanAndCustomerInTheOrderAsked() {
        emptied("customer_subscriptions");
        long customer = Ids.next();
        long nas = Ids.next();
        long plan = Ids.next();
        long a = created(customer, plan, nas, "a@home");
        long b = created(customer, Ids.next(), nas, "b@home");
        long c = created(Ids.next(), plan, Ids.next(), "c@home");
        handle(() -> projection.on(new SubscriptionActivated(b, LocalDate.of(2026, 12, 31)), T1, 1));

        assertThat(ids(find(null, null, null, customer, "username", false))).containsExactly(b, a);
        assertThat(ids(find(SubscriptionStatus.PENDING, null, null, null, "username", true))).containsExactly(a, c);
        assertThat(ids(find(null, nas, null, null, "username", true))).containsExactly(a, b);
        assertThat(ids(find(null, null, plan, null, "username", true))).containsExactly(a, c);
        assertThat(projection.handle(new FindSubscription(b)).map(SubscriptionView::status))
                .contains(SubscriptionStatus.ACTIVE);
    }

    @Test
    void subscriptionsAfterAnIdComeInIdOrderUpToTheLimit() {
        emptied("customer_subscriptions");
        long a = created(Ids.next(), Ids.next(), Ids.next(), "a@home");
        long b = created(Ids.next(), Ids.next(), Ids.next(), "b@home");
        long c = created(Ids.next(), Ids.next(), Ids.next(), "c@home");
        long d = created(Ids.next(), Ids.next(), Ids.next(), "d@home");
        handle(() -> projection.on(new SubscriptionSuspended(c, "overdue"), T1, 1));

        assertThat(projection.handle(new FindSubscriptionsAfter(SubscriptionStatus.PENDING, a, 10)).content())
                .extracting(SubscriptionView::id).containsExactly(b, d);
        assertThat(projection.handle(new FindSubscriptionsAfter(SubscriptionStatus.PENDING, 0, 2)).content())
                .extracting(SubscriptionView::id).containsExactly(a, b);
    }

    @Test
    void resetEmptiesSubscriptionsAndNetworks() {
        long customer = Ids.next();
        long id = created(customer, Ids.next(), Ids.next(), "eko@home");
        handle(() -> projection.on(new NetworkAssigned(id, Ids.next(), customer, "10.10.0.4", null, null, null, null,
                Map.of()), T1, 1));
        handle(projection::reset);

        assertThat(count("select 1 from customer_subscriptions")).isZero();
        assertThat(count("select 1 from customer_networks")).isZero();
    }

    private long created(long customer, long plan, long nas, String username) {
        long id = Ids.next();
        handle(() -> projection.on(new SubscriptionCreated(id, customer, plan, nas, username, new Sealed("k1:cHBw"),
                Money.parse("150000.00"), BillingCycle.MONTHLY, START), T0, 0));
        return id;
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from customer_subscriptions where id = ?", String.class, id);
    }

    private java.util.List<Long> ids(io.netledger.api.subscription.SubscriptionPage page) {
        return page.content().stream().map(SubscriptionView::id).toList();
    }

    private io.netledger.api.subscription.SubscriptionPage find(SubscriptionStatus status, Long nas, Long plan,
            Long customer, String sort, boolean ascending) {
        return projection.handle(new FindSubscriptions(status, nas, plan, customer, new PageSpec(0, 20, sort,
                ascending)));
    }
}
