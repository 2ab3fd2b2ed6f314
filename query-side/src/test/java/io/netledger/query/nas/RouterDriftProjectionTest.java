package io.netledger.query.nas;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.nas.FindRouterDrift;
import io.netledger.api.nas.RouterDrift;
import io.netledger.api.nas.RouterDriftReport;
import io.netledger.api.nas.RouterReconciled;
import io.netledger.query.ProjectionTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RouterDriftProjectionTest extends ProjectionTest {

    private static final RouterDrift MISSING = new RouterDrift("siti", 42L, RouterDrift.MISSING, "enabled", null, true);

    @Autowired
    private RouterDriftProjection projection;

    @Test
    void aReconciliationIsTheNasesRowWithWhatItFound() {
        long nas = Ids.next();
        handle(() -> projection.on(new RouterReconciled(nas, 12, List.of(MISSING), true), T0));

        Map<String, Object> row = row("""
                select checked_at, accounts_checked, repairing, drifts -> 0 ->> 'username' as username,
                       drifts -> 0 ->> 'kind' as kind, jsonb_array_length(drifts) as drifts
                from router_drift where nas_id = ?""", nas);
        assertThat(row).containsEntry("accounts_checked", 12).containsEntry("repairing", true)
                .containsEntry("username", "siti").containsEntry("kind", "missing").containsEntry("drifts", 1);
        assertThat(instant(row.get("checked_at"))).isEqualTo(T0);
    }

    @Test
    void theNextReconciliationReplacesTheOneBefore() {
        long nas = Ids.next();
        handle(() -> projection.on(new RouterReconciled(nas, 12, List.of(MISSING), true), T0));
        handle(() -> projection.on(new RouterReconciled(nas, 13, List.of(), false), T1));

        assertThat(count("select 1 from router_drift where nas_id = ?", nas)).isEqualTo(1);
        RouterDriftReport report = projection.handle(new FindRouterDrift(nas)).orElseThrow();
        assertThat(report).isEqualTo(new RouterDriftReport(nas, T1, 13, false, List.of()));
    }

    @Test
    void reportCarriesTheDriftsAsRecorded() {
        long nas = Ids.next();
        handle(() -> projection.on(new RouterReconciled(nas, 12, List.of(MISSING), true), T0));

        assertThat(projection.handle(new FindRouterDrift(nas)).orElseThrow().drifts()).containsExactly(MISSING);
        assertThat(projection.handle(new FindRouterDrift(Ids.next()))).isEmpty();
    }

    @Test
    void resetEmptiesTheTable() {
        handle(() -> projection.on(new RouterReconciled(Ids.next(), 1, List.of(), false), T0));
        handle(projection::reset);

        assertThat(count("select 1 from router_drift")).isZero();
    }
}
