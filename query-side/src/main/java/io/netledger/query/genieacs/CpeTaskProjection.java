package io.netledger.query.genieacs;

import io.netledger.api.genieacs.CpeFactoryResetRequested;
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
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Owns {@code genieacs_cpe_tasks}: each push to a subscription's CPE, from its request to its outcome. */
@Component
@ProcessingGroup("genieacs-cpe-tasks")
class CpeTaskProjection {

    private final JdbcTemplate jdbc;

    CpeTaskProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CpeWifiChangeRequested event, @org.axonframework.eventhandling.Timestamp Instant at) {
        requested(event.subscriptionId(), event.pushId(), CpeTaskKind.WIFI, at);
    }

    @EventHandler
    void on(CpeRebootRequested event, @org.axonframework.eventhandling.Timestamp Instant at) {
        requested(event.subscriptionId(), event.pushId(), CpeTaskKind.REBOOT, at);
    }

    @EventHandler
    void on(CpeFactoryResetRequested event, @org.axonframework.eventhandling.Timestamp Instant at) {
        requested(event.subscriptionId(), event.pushId(), CpeTaskKind.FACTORY_RESET, at);
    }

    @EventHandler
    void on(CpeTaskRecorded event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                insert into genieacs_cpe_tasks (push_id, subscription_id, kind, state, integration_id, device_id,
                    task_id, fault_code, fault_message, requested_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (push_id) do update set state = excluded.state, integration_id = excluded.integration_id,
                    device_id = excluded.device_id, task_id = excluded.task_id, fault_code = excluded.fault_code,
                    fault_message = excluded.fault_message, updated_at = excluded.updated_at""",
                event.pushId(), event.subscriptionId(), event.kind().value(), event.state().value(),
                event.integrationId(), cut(event.deviceId(), 255), cut(event.taskId(), 64),
                cut(event.faultCode(), 64), cut(event.faultMessage(), 1000), Timestamp.from(at), Timestamp.from(at));
    }

    @EventHandler
    void on(CpeTaskRetryRequested event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                update genieacs_cpe_tasks set state = 'requested', fault_code = null, fault_message = null,
                    updated_at = ? where push_id = ?""", Timestamp.from(at), event.pushId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from genieacs_cpe_tasks");
    }

    @QueryHandler
    List<CpeTaskView> handle(FindCpeTasks query) {
        return jdbc.query("""
                select * from genieacs_cpe_tasks where subscription_id = ?
                order by requested_at desc, push_id desc limit ?""", (rs, n) -> new CpeTaskView(
                rs.getLong("push_id"), kind(rs.getString("kind")), state(rs.getString("state")),
                rs.getString("device_id"), rs.getString("task_id"), rs.getString("fault_code"),
                rs.getString("fault_message"), rs.getTimestamp("requested_at").toInstant().atOffset(ZoneOffset.UTC),
                rs.getTimestamp("updated_at").toInstant().atOffset(ZoneOffset.UTC)), query.subscriptionId(),
                query.limit());
    }

    @QueryHandler
    List<QueuedCpeTask> handle(FindQueuedCpeTasks query) {
        return jdbc.query("""
                select * from genieacs_cpe_tasks
                where state = 'queued' and integration_id is not null and task_id is not null
                order by updated_at limit ?""", (rs, n) -> new QueuedCpeTask(rs.getLong("subscription_id"),
                rs.getLong("push_id"), kind(rs.getString("kind")), rs.getLong("integration_id"),
                rs.getString("device_id"), rs.getString("task_id")), query.limit());
    }

    private void requested(long subscriptionId, long pushId, CpeTaskKind kind, Instant at) {
        jdbc.update("""
                insert into genieacs_cpe_tasks (push_id, subscription_id, kind, state, requested_at, updated_at)
                values (?, ?, ?, 'requested', ?, ?) on conflict (push_id) do nothing""",
                pushId, subscriptionId, kind.value(), Timestamp.from(at), Timestamp.from(at));
    }

    private static CpeTaskKind kind(String value) {
        return Arrays.stream(CpeTaskKind.values()).filter(k -> k.value().equals(value)).findFirst().orElseThrow();
    }

    private static CpeTaskState state(String value) {
        return Arrays.stream(CpeTaskState.values()).filter(s -> s.value().equals(value)).findFirst().orElseThrow();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
