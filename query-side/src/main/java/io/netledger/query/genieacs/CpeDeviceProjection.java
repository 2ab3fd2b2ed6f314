package io.netledger.query.genieacs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netledger.api.PageMetadata;
import io.netledger.api.genieacs.CpeDevicePage;
import io.netledger.api.genieacs.CpeDeviceView;
import io.netledger.api.genieacs.CpeLinked;
import io.netledger.api.genieacs.FindCpeDevices;
import io.netledger.api.genieacs.FindGenieAcsSyncs;
import io.netledger.api.genieacs.FindSubscriptionCpe;
import io.netledger.api.genieacs.GenieAcsSyncPage;
import io.netledger.api.genieacs.GenieAcsSyncView;
import io.netledger.api.subscription.SubscriptionTerminated;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Owns {@code genieacs_cpe_links}, the links staff made, and answers the device read model with them: a device's
 * subscription is the one staff linked it to, else the one the rule found. The devices themselves are written by
 * the sync ({@link JdbcCpeDevices}); a rebuild replays only the links.
 */
@Component
@ProcessingGroup("genieacs-devices")
class CpeDeviceProjection {

    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };
    private static final String DEVICES = """
            select d.*, coalesce(l.subscription_id, case when r.subscription_id is null then d.subscription_id end)
                       as linked_subscription,
                   case when l.subscription_id is not null then 'staff'
                        when r.subscription_id is null and d.subscription_id is not null then 'rule' end as linked_by,
                   d.last_inform > now() - make_interval(mins => coalesce(
                       (i.configuration ->> 'onlineWithinMinutes')::int, 10)) as online
            from genieacs_devices d
            left join geniacs_integrations i on i.id = d.integration_id
            left join genieacs_cpe_links l on l.integration_id = d.integration_id and l.device_id = d.device_id
            left join genieacs_cpe_links r on r.subscription_id = d.subscription_id
            """;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    CpeDeviceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new link replaces the subscription's earlier one, and takes the device from whoever staff had given it. */
    @EventHandler
    void on(CpeLinked event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("delete from genieacs_cpe_links where integration_id = ? and device_id = ? and subscription_id <> ?",
                event.integrationId(), event.deviceId(), event.subscriptionId());
        jdbc.update("""
                insert into genieacs_cpe_links (subscription_id, integration_id, device_id, linked_at)
                values (?, ?, ?, ?)
                on conflict (subscription_id) do update set integration_id = excluded.integration_id,
                    device_id = excluded.device_id, linked_at = excluded.linked_at""",
                event.subscriptionId(), event.integrationId(), event.deviceId(), Timestamp.from(at));
    }

    /** A terminated subscription has no CPE: staff's link goes, and so does the rule's until a sync finds another. */
    @EventHandler
    void on(SubscriptionTerminated event) {
        jdbc.update("delete from genieacs_cpe_links where subscription_id = ?", event.subscriptionId());
        jdbc.update("update genieacs_devices set subscription_id = null where subscription_id = ?",
                event.subscriptionId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from genieacs_cpe_links");
    }

    @QueryHandler
    CpeDevicePage handle(FindCpeDevices query) {
        String where = " where (cast(? as bigint) is null or d.integration_id = ?)"
                + (query.unclaimed() ? " and l.subscription_id is null and (d.subscription_id is null"
                + " or r.subscription_id is not null)" : "");
        Long integration = query.integrationId();
        long total = jdbc.queryForObject("select count(*) from (" + DEVICES + where + ") x", Long.class,
                integration, integration);
        List<CpeDeviceView> content = jdbc.query(DEVICES + where + " order by d.integration_id, d.device_id"
                + " limit ? offset ?", (rs, n) -> view(rs), integration, integration, query.page().size(),
                (long) query.page().number() * query.page().size());
        int totalPages = (int) ((total + query.page().size() - 1) / query.page().size());
        return new CpeDevicePage(content, new PageMetadata(query.page().size(), query.page().number(), total,
                totalPages));
    }

    @QueryHandler
    Optional<CpeDeviceView> handle(FindSubscriptionCpe query) {
        List<CpeDeviceView> views = jdbc.query(DEVICES + """
                 where l.subscription_id = ? or (l.subscription_id is null and r.subscription_id is null
                                                 and d.subscription_id = ?)
                order by (l.subscription_id is not null) desc, d.last_inform desc nulls last limit 1""",
                (rs, n) -> view(rs), query.subscriptionId(), query.subscriptionId());
        return views.stream().findFirst();
    }

    @QueryHandler
    GenieAcsSyncPage handle(FindGenieAcsSyncs query) {
        long total = jdbc.queryForObject("""
                select count(*) from geniacs_data_sync
                where integration_id = ? and (cast(? as varchar) is null or entity_type = ?)""", Long.class,
                query.integrationId(), query.entityType(), query.entityType());
        List<GenieAcsSyncView> content = jdbc.query("""
                select * from geniacs_data_sync
                where integration_id = ? and (cast(? as varchar) is null or entity_type = ?)
                order by created_at desc, id desc limit ? offset ?""", (rs, n) -> sync(rs), query.integrationId(),
                query.entityType(), query.entityType(), query.page().size(),
                (long) query.page().number() * query.page().size());
        int totalPages = (int) ((total + query.page().size() - 1) / query.page().size());
        return new GenieAcsSyncPage(content, new PageMetadata(query.page().size(), query.page().number(), total,
                totalPages));
    }

    private CpeDeviceView view(ResultSet rs) throws SQLException {
        long subscription = rs.getLong("linked_subscription");
        Long subscriptionId = rs.wasNull() ? null : subscription;
        return new CpeDeviceView(rs.getString("device_id"), rs.getLong("integration_id"), rs.getString("data_model"),
                rs.getString("manufacturer"), rs.getString("model"), rs.getString("serial_number"),
                rs.getString("firmware"), at(rs.getTimestamp("last_inform")), rs.getBoolean("online"),
                rs.getString("wan_address"), read(rs.getString("ssids"), TEXTS), rs.getBigDecimal("optical_rx_power_dbm"),
                rs.getString("pppoe_username"), read(rs.getString("tags"), TEXTS),
                read(rs.getString("parameters"), PARAMETERS), subscriptionId, rs.getString("linked_by"),
                at(rs.getTimestamp("synced_at")));
    }

    private GenieAcsSyncView sync(ResultSet rs) throws SQLException {
        String data = rs.getString("data");
        return new GenieAcsSyncView(rs.getLong("id"), rs.getLong("integration_id"), rs.getString("sync_type"),
                rs.getString("entity_type"), rs.getString("entity_id"), data == null ? Map.of() : read(data, DATA),
                rs.getString("status"), rs.getString("error_message"), at(rs.getTimestamp("synced_at")),
                at(rs.getTimestamp("created_at")), at(rs.getTimestamp("updated_at")));
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON in the device read model", e);
        }
    }

    private static OffsetDateTime at(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }
}
