package io.netledger.query.nas;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.PageSpec;
import io.netledger.api.nas.ApiType;
import io.netledger.api.nas.FindNasServer;
import io.netledger.api.nas.FindNasServers;
import io.netledger.api.nas.NasConnection;
import io.netledger.api.nas.NasServerCameUp;
import io.netledger.api.nas.NasServerRegistered;
import io.netledger.api.nas.NasServerView;
import io.netledger.api.nas.NasServerWentDown;
import io.netledger.api.nas.NasStatus;
import io.netledger.api.secret.Sealed;
import io.netledger.api.telemetry.MonitoringIngest;
import io.netledger.api.telemetry.NasPolled;
import io.netledger.query.ProjectionTest;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A NAS view says whether the router answers (from its history) and what its last poll read (telemetry). */
class NasStatusProjectionTest extends ProjectionTest {

    @Autowired
    private NasServerProjection projection;
    @Autowired
    private MonitoringIngest ingest;

    @Test
    void beforeItsFirstPollNothingIsKnownOfTheRouter() {
        long id = registered();

        assertThat(projection.handle(new FindNasServer(id)).orElseThrow().status()).isEqualTo(NasStatus.UNKNOWN);
    }

    @Test
    void downAndUpComeFromTheHistoryAndTheLastPollFromTheTelemetry() {
        long id = registered();
        handle(() -> projection.on(new NasServerCameUp(id), T0, 1));
        ingest.record(new NasPolled(id, T1, 37, 41.5, 86_400, List.of(), 12, List.of()));

        NasStatus up = projection.handle(new FindNasServer(id)).orElseThrow().status();
        assertThat(up).isEqualTo(new NasStatus(true, T0.atOffset(ZoneOffset.UTC), T1.atOffset(ZoneOffset.UTC), 37,
                41.5, 12));

        handle(() -> projection.on(new NasServerWentDown(id, T1, 3, "connect timed out"), T2, 2));
        NasServerView down = projection.handle(new FindNasServer(id)).orElseThrow();
        assertThat(down.status().online()).isFalse();
        assertThat(down.status().onlineChangedAt()).isEqualTo(T2.atOffset(ZoneOffset.UTC));
        assertThat(down.status().lastSeen()).as("the last poll it answered").isEqualTo(T1.atOffset(ZoneOffset.UTC));
        assertThat(down.aggregateVersion()).isEqualTo(2);
    }

    @Test
    void aPageOfServersCarriesEachOnesLastPoll() {
        emptied("nas_servers");
        long polled = registered();
        long silent = registered();
        ingest.record(new NasPolled(polled, T1, 5, 10.0, 60, List.of(), 0, List.of()));

        List<NasServerView> page = projection.handle(new FindNasServers(null, new PageSpec(0, 20, "name", true)))
                .content();

        assertThat(page).filteredOn(view -> view.id() == polled).singleElement()
                .satisfies(view -> assertThat(view.status().cpuUsage()).isEqualTo(5));
        assertThat(page).filteredOn(view -> view.id() == silent).singleElement()
                .satisfies(view -> assertThat(view.status()).isEqualTo(NasStatus.UNKNOWN));
    }

    private long registered() {
        long id = Ids.next();
        handle(() -> projection.on(NasServerRegistered.of(id, new NasConnection("core-" + id, "10.0.0.9", 8728,
                "netledger", ApiType.ROUTEROS_V7, false, null, Map.of()), new Sealed("k1:c2VhbGVk")), T0, 0));
        return id;
    }
}
