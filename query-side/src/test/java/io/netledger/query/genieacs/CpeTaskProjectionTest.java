package io.netledger.query.genieacs;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.genieacs.CpeRebootRequested;
import io.netledger.api.genieacs.CpeTaskKind;
import io.netledger.api.genieacs.CpeTaskRecorded;
import io.netledger.api.genieacs.CpeTaskRetryRequested;
import io.netledger.api.genieacs.CpeTaskState;
import io.netledger.api.genieacs.CpeTaskView;
import io.netledger.api.genieacs.CpeWifiChangeRequested;
import io.netledger.api.genieacs.FindCpeTasks;
import io.netledger.api.genieacs.FindQueuedCpeTasks;
import io.netledger.api.genieacs.QueuedCpeTask;
import io.netledger.api.secret.Sealed;
import io.netledger.query.ProjectionTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CpeTaskProjectionTest extends ProjectionTest {

    private static final long ACS = 913_000_000_000_000_777L;
    private static final String ONT = "00259E-HG8245H-48575443A1B2C3D4";

    @Autowired
    private CpeTaskProjection projection;

    @Test
    void aPushGoesFromRequestedToQueuedToDoneAndTheFollowerSeesItOnlyWhileQueued() {
        long sub = Ids.next();
        long push = Ids.next();
        handle(() -> {
            projection.on(new CpeWifiChangeRequested(sub, push, "Rumah", new Sealed("k1:c2VhbGVk")), T0);
            projection.on(new CpeTaskRecorded(sub, push, CpeTaskKind.WIFI, CpeTaskState.QUEUED, ACS, ONT, "t-1",
                    null, null), T1);
        });
        assertThat(projection.handle(new FindQueuedCpeTasks(1_000))).contains(new QueuedCpeTask(sub, push,
                CpeTaskKind.WIFI, ACS, ONT, "t-1"));

        handle(() -> projection.on(new CpeTaskRecorded(sub, push, CpeTaskKind.WIFI, CpeTaskState.DONE, ACS, ONT,
                "t-1", null, null), T2));

        List<CpeTaskView> tasks = projection.handle(new FindCpeTasks(sub, 20));
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.state()).isEqualTo(CpeTaskState.DONE);
            assertThat(task.deviceId()).isEqualTo(ONT);
            assertThat(instant(java.sql.Timestamp.from(task.requestedAt().toInstant()))).isEqualTo(T0);
        });
        assertThat(projection.handle(new FindQueuedCpeTasks(1_000))).noneMatch(q -> q.pushId() == push);
        assertThat(jdbc.queryForObject("select count(*) from genieacs_cpe_tasks t where t::text like '%c2VhbGVk%'",
                Long.class)).as("no secret, sealed or not, in the table").isZero();
    }

    @Test
    void aFaultKeepsItsCodeUntilARetryAndNewestComeFirst() {
        long sub = Ids.next();
        long first = Ids.next();
        long second = Ids.next();
        handle(() -> {
            projection.on(new CpeRebootRequested(sub, first), T0);
            projection.on(new CpeTaskRecorded(sub, first, CpeTaskKind.REBOOT, CpeTaskState.FAULTED, ACS, ONT, "t-2",
                    "cwmp.9002", "Internal error"), T0);
            projection.on(new CpeTaskRecorded(sub, second, CpeTaskKind.PPPOE_CREDENTIALS, CpeTaskState.DONE, ACS,
                    ONT, "t-3", null, null), T1);
        });
        List<CpeTaskView> tasks = projection.handle(new FindCpeTasks(sub, 20));
        assertThat(tasks).extracting(CpeTaskView::pushId).containsExactly(second, first);
        assertThat(tasks.get(1).faultCode()).isEqualTo("cwmp.9002");

        handle(() -> projection.on(new CpeTaskRetryRequested(sub, first, CpeTaskKind.REBOOT, "t-2", ACS, ONT), T2));
        CpeTaskView retried = projection.handle(new FindCpeTasks(sub, 20)).get(1);
        assertThat(retried.state()).isEqualTo(CpeTaskState.REQUESTED);
        assertThat(retried.faultCode()).isNull();
    }
}
