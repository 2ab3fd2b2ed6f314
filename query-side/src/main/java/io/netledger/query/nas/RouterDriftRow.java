package io.netledger.query.nas;

import io.netledger.api.nas.RouterDrift;
import io.netledger.api.nas.RouterDriftReport;
import io.netledger.query.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code router_drift}: the last reconciliation of one NAS. */
@Entity
@Table(name = "router_drift")
class RouterDriftRow extends ProjectedRow {

    @Id
    private long nasId;
    private Instant checkedAt;
    private int accountsChecked;
    private boolean repairing;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<RouterDrift> drifts;

    protected RouterDriftRow() {
    }

    RouterDriftRow(long nasId) {
        this.nasId = nasId;
        markCreated();
    }

    @Override
    public Long getId() {
        return nasId;
    }

    void checked(int accounts, boolean repairing, List<RouterDrift> drifts) {
        this.accountsChecked = accounts;
        this.repairing = repairing;
        this.drifts = List.copyOf(drifts);
    }

    /** A reconciliation is no aggregate's event: the row keeps when it ran. */
    @Override
    protected void touched(Instant at, long version) {
        this.checkedAt = at;
    }

    RouterDriftReport report() {
        return new RouterDriftReport(nasId, checkedAt, accountsChecked, repairing, drifts);
    }
}
