package io.netledger.query.history;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Empty copies of every read-model table, visible only to the current transaction and dropped
 * with it: the projections, replaying a record's events into them, build the record as it
 * stood then without touching (or locking) a live row. Temporary tables come first in
 * PostgreSQL's search path, so the projections' own unqualified statements reach the copies.
 */
@Component
class ShadowTables {

    private final JdbcTemplate jdbc;
    private final List<String> tables;

    ShadowTables(JdbcTemplate jdbc, EntityManagerFactory entities) {
        this.jdbc = jdbc;
        // The tables are the read models' entities, so a new read model is shadowed the day it lands.
        this.tables = entities.getMetamodel().getEntities().stream()
                .map(entity -> entity.getJavaType().getAnnotation(Table.class))
                .filter(table -> table != null && !table.name().isBlank())
                .map(table -> table.name().replace("\"", "")).distinct().sorted().toList();
    }

    /** Shadows every read-model table for the rest of the current transaction, which must roll back. */
    void shadowInThisTransaction() {
        String schema = jdbc.queryForObject("select current_schema()", String.class);
        for (String table : tables) {
            jdbc.execute("create temporary table \"" + table + "\" (like \"" + schema + "\".\"" + table
                    + "\" including all) on commit drop");
        }
        // A statement this connection prepared earlier keeps the plan it made against the live table; the
        // copies are new relations that invalidate nothing, so the plans are made again against them.
        jdbc.execute("discard plans");
    }

    List<String> tables() {
        return tables;
    }
}
