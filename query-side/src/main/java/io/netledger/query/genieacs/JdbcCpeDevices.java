package io.netledger.query.genieacs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netledger.api.Ids;
import io.netledger.api.genieacs.CpeDeviceState;
import io.netledger.api.genieacs.CpeDevices;
import io.netledger.api.genieacs.CpeLinkRule;
import io.netledger.api.genieacs.SyncStatus;
import io.netledger.api.genieacs.SyncType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what a sync read into {@code genieacs_devices} and {@code geniacs_data_sync}: one batched upsert per
 * page, and one statement that links the page's devices by the integration's rule. Texts are cut to their
 * columns and NUL characters dropped (PostgreSQL refuses them), since a CPE reports whatever it likes.
 */
@Component
class JdbcCpeDevices implements CpeDevices {

    private static final int MAX_ERROR = 2_000;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    JdbcCpeDevices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long started(long integrationId, SyncType type, String entityType, String entityId,
            Map<String, Object> data, Instant at) {
        long id = Ids.next();
        jdbc.update("""
                insert into geniacs_data_sync (id, integration_id, sync_type, entity_type, entity_id, data, status,
                                               created_at, updated_at)
                values (?, ?, ?, ?, ?, ?::jsonb, 'pending', ?, ?)""",
                id, integrationId, type.value(), entityType, cut(entityId, 255), write(data), Timestamp.from(at),
                Timestamp.from(at));
        return id;
    }

    @Override
    public void finished(long syncId, SyncStatus status, Map<String, Object> data, String errorMessage, Instant at) {
        jdbc.update("""
                update geniacs_data_sync set status = ?, data = coalesce(data, '{}'::jsonb) || ?::jsonb,
                       error_message = ?, synced_at = ?, updated_at = ?
                where id = ?""",
                status.value(), write(data), cut(errorMessage, MAX_ERROR), Timestamp.from(at), Timestamp.from(at),
                syncId);
        if (status == SyncStatus.SUCCESS) {
            jdbc.update("""
                    update geniacs_integrations set last_sync = ?
                    where id = (select integration_id from geniacs_data_sync
                                where id = ? and sync_type in ('full', 'incremental'))""",
                    Timestamp.from(at), syncId);
        }
    }

    @Override
    public void pushFinished(long pushId, SyncStatus status, Map<String, Object> data, String errorMessage,
            Instant at) {
        jdbc.update("""
                update geniacs_data_sync set status = ?, data = coalesce(data, '{}'::jsonb) || ?::jsonb,
                       error_message = ?, synced_at = ?, updated_at = ?
                where entity_type = 'subscription' and status = 'pending' and data ->> 'pushId' = ?""",
                status.value(), write(data), cut(errorMessage, MAX_ERROR), Timestamp.from(at), Timestamp.from(at),
                String.valueOf(pushId));
    }

    @Override
    @Transactional
    public int store(long integrationId, CpeLinkRule rule, String tagPrefix, List<CpeDeviceState> devices,
            Instant at) {
        if (devices.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = new ArrayList<>(devices.size());
        for (CpeDeviceState d : devices) {
            rows.add(new Object[] {integrationId, cut(d.deviceId(), 255), d.dataModel(), cut(d.manufacturer(), 255),
                    cut(d.model(), 255), cut(d.serialNumber(), 255), cut(d.firmware(), 255),
                    d.lastInform() == null ? null : Timestamp.from(d.lastInform()), cut(d.wanAddress(), 45),
                    write(d.ssids().stream().map(s -> cut(s, 255)).toList()), d.opticalRxPowerDbm(),
                    cut(d.pppoeUsername(), 255), write(d.tags()), write(d.parameters()), Timestamp.from(at)});
        }
        jdbc.batchUpdate("""
                insert into genieacs_devices (integration_id, device_id, data_model, manufacturer, model,
                    serial_number, firmware, last_inform, wan_address, ssids, optical_rx_power_dbm, pppoe_username,
                    tags, parameters, synced_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?::jsonb, ?)
                on conflict (integration_id, device_id) do update set data_model = excluded.data_model,
                    manufacturer = excluded.manufacturer, model = excluded.model,
                    serial_number = excluded.serial_number, firmware = excluded.firmware,
                    last_inform = excluded.last_inform, wan_address = excluded.wan_address, ssids = excluded.ssids,
                    optical_rx_power_dbm = excluded.optical_rx_power_dbm, pppoe_username = excluded.pppoe_username,
                    tags = excluded.tags, parameters = excluded.parameters, synced_at = excluded.synced_at""", rows);
        String[] ids = devices.stream().map(d -> cut(d.deviceId(), 255)).toArray(String[]::new);
        return link(integrationId, rule, tagPrefix, ids);
    }

    /**
     * Sets each device's rule link to the one subscription (not terminated) the rule names, or to none when no
     * subscription or several do; answers how many devices gained a link.
     */
    private int link(long integrationId, CpeLinkRule rule, String tagPrefix, String[] ids) {
        String claimant = rule == CpeLinkRule.PPPOE_USERNAME
                ? """
                  (select min(s.id) from customer_subscriptions s
                   where s.username = d2.pppoe_username and s.status <> 'terminated' having count(*) = 1)"""
                : """
                  (select min(s.id) from customer_subscriptions s
                   where s.status <> 'terminated' and s.id in (
                       select substr(t, length(?) + 1)::bigint from jsonb_array_elements_text(d2.tags) t
                       where starts_with(t, ?) and substr(t, length(?) + 1) ~ '^[0-9]{1,18}$')
                   having count(*) = 1)""";
        String sql = """
                with claims as (
                    select d2.device_id, %s as subscription_id
                    from genieacs_devices d2 where d2.integration_id = ? and d2.device_id = any(?))
                update genieacs_devices d set subscription_id = c.subscription_id
                from claims c
                where d.integration_id = ? and d.device_id = c.device_id
                  and d.subscription_id is distinct from c.subscription_id
                returning c.subscription_id""".formatted(claimant);
        List<Object> args = new ArrayList<>();
        if (rule == CpeLinkRule.TAG) {
            args.addAll(List.of(tagPrefix, tagPrefix, tagPrefix));
        }
        return jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.prepareStatement(sql)) {
                int i = 1;
                for (Object arg : args) {
                    statement.setObject(i++, arg);
                }
                statement.setLong(i++, integrationId);
                statement.setArray(i++, connection.createArrayOf("varchar", ids));
                statement.setLong(i, integrationId);
                int linked = 0;
                try (var result = statement.executeQuery()) {
                    while (result.next()) {
                        result.getLong(1);
                        if (!result.wasNull()) {
                            linked++;
                        }
                    }
                }
                return linked;
            }
        });
    }

    @Override
    public Optional<Instant> lastSyncStarted(long integrationId) {
        return jdbc.query("""
                select created_at from geniacs_data_sync
                where integration_id = ? and status = 'success' and sync_type in ('full', 'incremental')
                order by created_at desc limit 1""",
                rs -> rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.<Instant>empty(),
                integrationId);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value).replace("\\u0000", "");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + value.getClass().getSimpleName(), e);
        }
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.replace("\u0000", "");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
