package io.netledger.query.genieacs;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.PageSpec;
import io.netledger.api.genieacs.CpeDeviceState;
import io.netledger.api.genieacs.CpeDevices;
import io.netledger.api.genieacs.CpeDeviceView;
import io.netledger.api.genieacs.CpeLinkRule;
import io.netledger.api.genieacs.CpeLinked;
import io.netledger.api.genieacs.FindCpeDevices;
import io.netledger.api.genieacs.FindGenieAcsSyncs;
import io.netledger.api.genieacs.FindSubscriptionCpe;
import io.netledger.api.genieacs.GenieAcsConnection;
import io.netledger.api.genieacs.GenieAcsIntegrationRegistered;
import io.netledger.api.genieacs.GenieAcsSyncView;
import io.netledger.api.genieacs.SyncStatus;
import io.netledger.api.genieacs.SyncType;
import io.netledger.query.ProjectionTest;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sync's port into the device read model, the rule's links, staff links, and the records of syncs. */
class CpeDevicesTest extends ProjectionTest {

    private static final PageSpec ALL = new PageSpec(0, 200, "deviceId", true);

    private CpeDevices devices;
    @Autowired
    private CpeDeviceProjection projection;
    @Autowired
    private GenieAcsIntegrationProjection integrations;

    private long acs;

    @BeforeEach
    void integration() {
        // Outside a processing group, so not in the projection tests' context: made here, over the same database.
        devices = new JdbcCpeDevices(jdbc);
        acs = Ids.next();
        handle(() -> integrations.on(GenieAcsIntegrationRegistered.of(acs, new GenieAcsConnection(
                "http://acs:7557", null, null, null), null), T0, 0));
    }

    private long subscription(String username, String status) {
        long id = Ids.next();
        jdbc.update("""
                insert into customer_subscriptions (id, customer_id, service_plan_id, nas_server_id, username,
                    password_encrypted, status, start_date, price, billing_cycle, created_at, updated_at)
                values (?, 1, 1, 1, ?, 'k:x', ?, current_date, 100000, 'monthly', now(), now())""",
                id, username, status);
        return id;
    }

    private static CpeDeviceState device(String id, String username, List<String> tags, Instant lastInform) {
        return new CpeDeviceState(id, "tr098", "Huawei", "HG8245H", id.substring(id.lastIndexOf('-') + 1),
                "V3R017", lastInform, "100.64.0.9", List.of("Rumah", "Rumah-5G"), new BigDecimal("-19.52"), username,
                tags, Map.of("InternetGatewayDevice.DeviceInfo.UpTime", "3600"));
    }

    private List<CpeDeviceView> listed(boolean unclaimed) {
        return projection.handle(new FindCpeDevices(acs, unclaimed, ALL)).content();
    }

    @Test
    void storesAPageAndLinksDevicesWhoseUsernameExactlyOneLiveSubscriptionHas() {
        String user = "budi-" + acs;
        long budi = subscription(user, "active");
        String twice = "dua-" + acs;
        subscription(twice, "active");
        subscription(twice, "suspended");
        String ended = "lama-" + acs;
        subscription(ended, "terminated");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        int linked = devices.store(acs, CpeLinkRule.PPPOE_USERNAME, "", List.of(
                device("00259E-HG8245H-A1", user, List.of(), now), device("00259E-HG8245H-A2", twice, List.of(), now),
                device("00259E-HG8245H-A3", ended, List.of(), now), device("00259E-HG8245H-A4", null, List.of(),
                        now.minus(1, ChronoUnit.DAYS))), now);

        assertThat(linked).isEqualTo(1);
        CpeDeviceView first = listed(false).get(0);
        assertThat(first.deviceId()).isEqualTo("00259E-HG8245H-A1");
        assertThat(first.subscriptionId()).isEqualTo(budi);
        assertThat(first.linkedBy()).isEqualTo("rule");
        assertThat(first.online()).isTrue();
        assertThat(first.ssids()).containsExactly("Rumah", "Rumah-5G");
        assertThat(first.opticalRxPowerDbm()).isEqualByComparingTo("-19.52");
        assertThat(first.parameters()).containsEntry("InternetGatewayDevice.DeviceInfo.UpTime", "3600");
        assertThat(listed(true)).extracting(CpeDeviceView::deviceId)
                .containsExactly("00259E-HG8245H-A2", "00259E-HG8245H-A3", "00259E-HG8245H-A4");
        assertThat(listed(true).get(2).online()).as("informed a day ago").isFalse();
        assertThat(projection.handle(new FindSubscriptionCpe(budi))).map(CpeDeviceView::deviceId)
                .contains("00259E-HG8245H-A1");

        assertThat(devices.store(acs, CpeLinkRule.PPPOE_USERNAME, "", List.of(device("00259E-HG8245H-A1", user,
                List.of(), now)), now)).as("already linked: nothing new").isZero();
        devices.store(acs, CpeLinkRule.PPPOE_USERNAME, "", List.of(device("00259E-HG8245H-A1", "someone-else",
                List.of(), now)), now);
        assertThat(projection.handle(new FindSubscriptionCpe(budi))).as("the username changed on the device")
                .isEmpty();
    }

    @Test
    void linksByATagCarryingTheSubscriptionId() {
        long sub = subscription("tag-" + acs, "active");
        Instant now = Instant.now();

        devices.store(acs, CpeLinkRule.TAG, "sub_", List.of(device("F8DFA8-F670L-B1", null,
                List.of("lantai-2", "sub_" + sub), now), device("F8DFA8-F670L-B2", null, List.of("subx" + sub), now),
                device("F8DFA8-F670L-B3", null, List.of("sub_99999999999999999999999"), now)), now);

        assertThat(listed(false)).filteredOn(d -> d.subscriptionId() != null).extracting(CpeDeviceView::deviceId)
                .containsExactly("F8DFA8-F670L-B1");
    }

    @Test
    void aStaffLinkWinsOverTheRuleAndTakesTheDeviceOutOfTheUnclaimed() {
        String user = "citra-" + acs;
        long citra = subscription(user, "active");
        long other = subscription("other-" + acs, "active");
        Instant now = Instant.now();
        devices.store(acs, CpeLinkRule.PPPOE_USERNAME, "", List.of(device("D-1", user, List.of(), now),
                device("D-2", null, List.of(), now)), now);

        handle(() -> projection.on(new CpeLinked(citra, acs, "D-2"), T1));

        assertThat(projection.handle(new FindSubscriptionCpe(citra))).map(CpeDeviceView::deviceId).contains("D-2");
        assertThat(listed(true)).as("D-1's rule link is overruled by staff giving citra D-2")
                .extracting(CpeDeviceView::deviceId).containsExactly("D-1");

        handle(() -> projection.on(new CpeLinked(other, acs, "D-2"), T2));
        assertThat(projection.handle(new FindSubscriptionCpe(other))).map(CpeDeviceView::linkedBy).contains("staff");
        assertThat(projection.handle(new FindSubscriptionCpe(citra))).as("D-2 moved to other; D-1 by rule again")
                .map(CpeDeviceView::deviceId).contains("D-1");
    }

    @Test
    void recordsEachSyncAndStartsTheNextFromTheLastSuccessfulOne() {
        assertThat(devices.lastSyncStarted(acs)).isEmpty();
        long full = devices.started(acs, SyncType.FULL, "integration", String.valueOf(acs), Map.of(), T0);
        devices.finished(full, SyncStatus.SUCCESS, Map.of("devices", 4), null, T0.plusSeconds(5));
        long failed = devices.started(acs, SyncType.INCREMENTAL, "integration", String.valueOf(acs),
                Map.of("informedAfter", T0.toString()), T1);
        devices.finished(failed, SyncStatus.FAILED, Map.of(), "GenieACS could not be reached\u0000", T1);

        assertThat(devices.lastSyncStarted(acs)).contains(T0);
        List<GenieAcsSyncView> syncs = projection.handle(new FindGenieAcsSyncs(acs, null, ALL)).content();
        assertThat(syncs).extracting(GenieAcsSyncView::status).containsExactly("failed", "success");
        assertThat(syncs.get(0).errorMessage()).isEqualTo("GenieACS could not be reached");
        assertThat(syncs.get(1).data()).containsEntry("devices", 4);
        assertThat(jdbc.queryForObject("select last_sync from geniacs_integrations where id = ?", Timestamp.class,
                acs).toInstant()).isEqualTo(T0.plusSeconds(5));
    }
}
