package io.netledger.app.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.app.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read-side contract: the design document's 15 tables with its column names and the
 * indexes it lists, Axon's tables beside them, and no column stored as an oid large object.
 */
class SchemaTest extends ApiTest {

    /** Columns and indexed columns per table, as written in shared/seed/000_c4c06431aa12276a.txt. */
    private static final Map<String, List<String>> COLUMNS = Map.ofEntries(
            Map.entry("users", List.of("id", "name", "email", "password", "phone", "role", "is_active",
                    "email_verified_at", "created_at", "updated_at")),
            Map.entry("profiles", List.of("id", "user_id", "address", "city", "province", "postal_code", "country",
                    "birth_date", "gender", "photo", "bio", "created_at", "updated_at")),
            Map.entry("nas_servers", List.of("id", "name", "ip_address", "port", "username", "password_encrypted",
                    "api_type", "version", "is_active", "description", "configuration", "last_sync", "created_at",
                    "updated_at")),
            Map.entry("service_plans", List.of("id", "name", "description", "price", "billing_cycle",
                    "download_speed", "upload_speed", "data_limit", "data_unit", "concurrent_connections",
                    "is_active", "metadata", "created_at", "updated_at")),
            Map.entry("customers", List.of("id", "customer_code", "name", "email", "phone", "address", "city",
                    "province", "postal_code", "status", "registration_date", "notes", "metadata", "created_at",
                    "updated_at")),
            Map.entry("customer_subscriptions", List.of("id", "customer_id", "service_plan_id", "nas_server_id",
                    "username", "password_encrypted", "mikrotik_id", "status", "start_date", "end_date", "price",
                    "billing_cycle", "mikrotik_config", "last_sync", "created_at", "updated_at")),
            Map.entry("customer_networks", List.of("id", "customer_id", "subscription_id", "ip_address",
                    "mac_address", "interface", "vlan_id", "description", "is_primary", "network_config",
                    "created_at", "updated_at")),
            Map.entry("invoices", List.of("id", "customer_id", "subscription_id", "invoice_number", "amount", "tax",
                    "total", "due_date", "status", "payment_method", "payment_details", "notes", "created_at",
                    "updated_at")),
            Map.entry("payments", List.of("id", "invoice_id", "transaction_id", "payment_gateway", "amount",
                    "status", "payment_method", "gateway_response", "reference_number", "paid_at", "created_at",
                    "updated_at")),
            Map.entry("monitoring_data", List.of("id", "nas_server_id", "subscription_id", "metric_type", "value",
                    "unit", "additional_data", "recorded_at", "created_at")),
            Map.entry("network_logs", List.of("id", "nas_server_id", "subscription_id", "log_type", "message",
                    "source_ip", "destination_ip", "port", "additional_data", "occurred_at", "created_at")),
            Map.entry("geniacs_integrations", List.of("id", "endpoint_url", "api_key_encrypted", "api_version",
                    "is_active", "configuration", "last_sync", "created_at", "updated_at")),
            Map.entry("geniacs_data_sync", List.of("id", "integration_id", "sync_type", "entity_type", "entity_id",
                    "data", "status", "error_message", "synced_at", "created_at", "updated_at")),
            Map.entry("system_settings", List.of("id", "key", "value", "type", "group", "description", "is_public",
                    "created_at", "updated_at")),
            Map.entry("audit_logs", List.of("id", "user_id", "action", "model_type", "model_id", "old_values",
                    "new_values", "ip_address", "user_agent", "created_at")));

    private static final Map<String, List<String>> INDEXED = Map.ofEntries(
            Map.entry("users", List.of("email", "role", "is_active")),
            Map.entry("nas_servers", List.of("ip_address", "is_active")),
            Map.entry("service_plans", List.of("is_active", "price")),
            Map.entry("customers", List.of("customer_code", "email", "status")),
            Map.entry("customer_subscriptions", List.of("customer_id", "nas_server_id", "mikrotik_id", "status")),
            Map.entry("customer_networks", List.of("ip_address", "mac_address", "subscription_id")),
            Map.entry("invoices", List.of("invoice_number", "customer_id", "status", "due_date")),
            Map.entry("payments", List.of("transaction_id", "invoice_id", "payment_gateway", "status")),
            Map.entry("monitoring_data", List.of("nas_server_id", "subscription_id", "metric_type", "recorded_at")),
            Map.entry("network_logs", List.of("nas_server_id", "subscription_id", "log_type", "occurred_at")),
            Map.entry("geniacs_integrations", List.of("is_active")),
            Map.entry("geniacs_data_sync", List.of("integration_id", "sync_type", "entity_type", "status")),
            Map.entry("system_settings", List.of("key", "group")),
            Map.entry("audit_logs", List.of("user_id", "action", "model_type", "created_at")),
            Map.entry("profiles", List.of("user_id")));

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyTableOfTheDesignDocumentHasItsColumns() {
        COLUMNS.forEach((table, columns) -> assertThat(columnsOf(table)).as(table).containsAll(columns));
    }

    @Test
    void everyIndexTheDesignDocumentListsExists() {
        INDEXED.forEach((table, columns) -> columns.forEach(column -> assertThat(jdbc.queryForObject("""
                select count(*) from pg_index i
                join pg_class t on t.oid = i.indrelid
                join pg_attribute a on a.attrelid = t.oid and a.attnum = i.indkey[0]
                where t.relname = ? and a.attname = ? and t.relnamespace = 'public'::regnamespace""",
                Long.class, table, column)).as("index on %s(%s)", table, column).isPositive()));
    }

    @Test
    void axonsTablesExist() {
        assertThat(List.of("domain_event_entry", "snapshot_event_entry", "token_entry", "saga_entry",
                "association_value_entry", "dead_letter_entry"))
                .allSatisfy(table -> assertThat(columnsOf(table)).as(table).isNotEmpty());
        assertThat(columnsOf("domain_event_entry")).contains("global_index", "aggregate_identifier",
                "sequence_number", "payload", "meta_data");
    }

    @Test
    void noColumnIsAnOidLargeObject() {
        List<String> oidColumns = jdbc.queryForList("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = 'public' and data_type = 'oid'""", String.class);
        assertThat(oidColumns).isEmpty();
        assertThat(jdbc.queryForObject("""
                select data_type from information_schema.columns
                where table_name = 'domain_event_entry' and column_name = 'payload'""", String.class))
                .isEqualTo("bytea");
    }

    @Test
    void timeSeriesAndAuditTablesArePartitionedWithTheCurrentPeriodReady() {
        assertThat(jdbc.queryForList("""
                select c.relname from pg_partitioned_table p join pg_class c on c.oid = p.partrelid
                order by c.relname""", String.class))
                .containsExactly("audit_logs", "monitoring_data", "network_logs");
        String quarter = jdbc.queryForObject(
                "select 'audit_logs_' || to_char(now() at time zone 'UTC', 'YYYY\"q\"Q')", String.class);
        String month = jdbc.queryForObject(
                "select 'monitoring_data_' || to_char(now() at time zone 'UTC', 'YYYYMM')", String.class);
        assertThat(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, quarter)).isTrue();
        assertThat(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, month)).isTrue();
    }

    private List<String> columnsOf(String table) {
        return jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_schema = 'public' and table_name = ?""", String.class, table);
    }
}
