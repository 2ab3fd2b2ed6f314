package io.netledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.customer.CustomerDetails;
import io.netledger.api.customer.CustomerDetailsChanged;
import io.netledger.api.customer.CustomerRegistered;
import io.netledger.api.nas.ApiType;
import io.netledger.api.nas.NasConnection;
import io.netledger.api.nas.NasServerRegistered;
import io.netledger.api.nas.RouterReconciled;
import io.netledger.api.secret.Sealed;
import io.netledger.query.ProjectionTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit projection takes each event's row id from the event store's global index; the
 * test database holds that one column of Axon's store (db/event-store), filled as Axon would.
 */
class AuditLogProjectionTest extends ProjectionTest {

    private static final MetaData WHO = MetaData.from(Map.of("userId", "7001", "clientIp", "203.0.113.9",
            "userAgent", "back-office/1.4"));
    private static final CustomerDetails SITI = new CustomerDetails("Siti Aminah", "siti@example.id", "+6281234567890",
            "Jl. Merdeka 1", "Bandung", "Jawa Barat", "40111", null, Map.of());

    @Autowired
    private AuditLogProjection projection;

    @Test
    void anAggregatesFirstEventIsARowOfWhoDidWhatFromWhereUnderTheEventsGlobalIndex() throws Exception {
        long customer = Ids.next();
        EventMessage<?> registered = stored(customer, 0, CustomerRegistered.of(customer, "CUST-0001", SITI,
                LocalDate.of(2026, 12, 1)), T0);
        handle(registered);

        Map<String, Object> row = row("""
                select id, user_id, action, model_type, model_id, old_values, new_values ->> 'name' as name,
                       (new_values -> 'customerId') is not null as repeats_id, ip_address, user_agent, created_at
                from audit_logs where model_id = ?""", customer);
        assertThat(row).containsEntry("id", globalIndex(registered)).containsEntry("user_id", 7001L)
                .containsEntry("action", "create").containsEntry("model_type", "Customer")
                .containsEntry("old_values", null).containsEntry("name", AuditedChange.PERSONAL)
                .containsEntry("repeats_id", false).containsEntry("ip_address", "203.0.113.9")
                .containsEntry("user_agent", "back-office/1.4");
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
    }

    @Test
    void aLaterEventRecordsTheOldAndNewValuesOfWhatItChangedOnly() throws Exception {
        long customer = Ids.next();
        handle(stored(customer, 0, CustomerRegistered.of(customer, "CUST-0002", SITI, LocalDate.of(2026, 12, 1)), T0));
        CustomerDetails moved = new CustomerDetails("Siti Aminah", "siti@example.id", "+6281234567890",
                "Jl. Sudirman 2", "Jakarta", "Jawa Barat", "40111", null, Map.of());
        handle(stored(customer, 1, CustomerDetailsChanged.of(customer, moved), T1));

        Map<String, Object> row = row("""
                select action, old_values::text as old_values, new_values::text as new_values from audit_logs
                where model_id = ? and action = 'update'""", customer);
        assertThat(row).containsEntry("action", "update")
                .containsEntry("old_values", "{\"city\": \"[personal]\", \"address\": \"[personal]\"}")
                .containsEntry("new_values", "{\"city\": \"[personal]\", \"address\": \"[personal]\"}");
    }

    @Test
    void personalDataIsRecordedAsChangedButNeverWithItsValueNorKeptInTheState() throws Exception {
        long customer = Ids.next();
        handle(stored(customer, 0, CustomerRegistered.of(customer, "CUST-0004", SITI, LocalDate.of(2026, 12, 1)), T0));
        handle(stored(customer, 1, CustomerDetailsChanged.of(customer, new CustomerDetails("Siti Aminah",
                "siti@example.id", "+6281299990000", "Jl. Merdeka 1", "Bandung", "Jawa Barat", "40111", null,
                Map.of())), T1));

        for (String value : List.of("Siti Aminah", "siti@example.id", "6281234567890", "6281299990000",
                "Merdeka", "Bandung", "40111")) {
            assertThat(count("select 1 from audit_logs where model_id = ? and (coalesce(old_values::text, '')"
                    + " || new_values::text) like ?", customer, "%" + value + "%")).as(value).isZero();
            assertThat(count("select 1 from audit_model_state where model_id = ? and state::text like ?", customer,
                    "%" + value + "%")).as(value).isZero();
        }
        assertThat(row("select new_values::text as changed from audit_logs where model_id = ? and action = 'update'",
                customer)).as("only the phone changed").containsEntry("changed", "{\"phone\": \"[personal]\"}");
    }

    @Test
    void secretsAreRecordedAsChangedButNeverWithTheirValue() throws Exception {
        long nas = Ids.next();
        handle(stored(nas, 0, NasServerRegistered.of(nas, new NasConnection("core", "10.0.0.1", 8728, "api",
                ApiType.ROUTEROS_V7, false, null, Map.of()), new Sealed("k1:c2VjcmV0")), T0));

        assertThat(row("select new_values ->> 'passwordEncrypted' as password from audit_logs where model_id = ?", nas))
                .containsEntry("password", AuditedChange.REDACTED);
        assertThat(jdbc.queryForObject("select count(*) from audit_logs where model_id = ? and "
                + "new_values::text like '%c2VjcmV0%'", Long.class, nas)).isZero();
    }

    @Test
    void anEventOutsideAnAggregateIsRecordedUnderTheModelItNames() throws Exception {
        long nas = Ids.next();
        EventMessage<RouterReconciled> reconciled = new GenericEventMessage<>(new RouterReconciled(nas, 3, List.of(),
                false), WHO).andMetaData(Map.of());
        jdbc.update("insert into domain_event_entry (event_identifier) values (?)", reconciled.getIdentifier());
        handle(reconciled);

        assertThat(row("select action, model_type, new_values ->> 'accountsChecked' as accounts from audit_logs "
                + "where model_id = ?", nas)).containsEntry("action", "reconcile")
                .containsEntry("model_type", "RouterReconciliation").containsEntry("accounts", "3");
    }

    @Test
    void aReplayAfterResetRewritesTheSameRowsInsteadOfAddingNewOnes() throws Exception {
        long customer = Ids.next();
        EventMessage<?> registered = stored(customer, 0, CustomerRegistered.of(customer, "CUST-0003", SITI,
                LocalDate.of(2026, 12, 1)), T0);
        EventMessage<?> changed = stored(customer, 1, CustomerDetailsChanged.of(customer, new CustomerDetails(
                "Siti Rahman", null, null, null, null, null, null, null, Map.of())), T1);
        handle(registered);
        handle(changed);
        String before = auditRows(customer);

        handle(projection::reset);
        assertThat(count("select 1 from audit_model_state")).isZero();
        handle(registered);
        handle(changed);

        assertThat(auditRows(customer)).isEqualTo(before);
        assertThat(count("select 1 from audit_logs where model_id = ?", customer)).isEqualTo(2);
        assertThat(row("select state ->> 'name' as name from audit_model_state where model_id = ?", customer))
                .as("a print, not the name").extractingByKey("name").asString().startsWith("fp:")
                .doesNotContain("Siti");
    }

    private void handle(EventMessage<?> message) throws Exception {
        Exception[] failure = new Exception[1];
        handle(() -> {
            try {
                projection.on(message.getPayload(), message);
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** A domain event as the store holds it: its identifier given a global index. */
    private EventMessage<?> stored(long aggregateId, long sequence, Object payload, Instant at) {
        String type = payload instanceof NasServerRegistered ? "NasServer" : "Customer";
        EventMessage<?> message = new GenericDomainEventMessage<>(type, Long.toString(aggregateId), sequence, payload,
                WHO, UUID.randomUUID().toString(), at);
        jdbc.update("insert into domain_event_entry (event_identifier) values (?)", message.getIdentifier());
        return message;
    }

    private long globalIndex(EventMessage<?> message) {
        return jdbc.queryForObject("select global_index from domain_event_entry where event_identifier = ?",
                Long.class, message.getIdentifier());
    }

    private String auditRows(long modelId) {
        return jdbc.queryForList("""
                select id, action, old_values::text, new_values::text from audit_logs where model_id = ? order by id""",
                modelId).toString();
    }
}
