package io.netledger.query.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.Money;
import io.netledger.api.PageSpec;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.plan.DataUnit;
import io.netledger.api.plan.FindServicePlan;
import io.netledger.api.plan.FindServicePlans;
import io.netledger.api.plan.PlanTerms;
import io.netledger.api.plan.ServicePlanActivated;
import io.netledger.api.plan.ServicePlanChanged;
import io.netledger.api.plan.ServicePlanCreated;
import io.netledger.api.plan.ServicePlanDeactivated;
import io.netledger.api.plan.ServicePlanView;
import io.netledger.query.ProjectionTest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ServicePlanProjectionTest extends ProjectionTest {

    @Autowired
    private ServicePlanProjection projection;

    @Test
    void createdPlanIsAnActiveRowWithItsTermsInTheirColumns() {
        long id = created("Home 20", "150000.00");

        Map<String, Object> row = row("""
                select name, description, price, billing_cycle, download_speed, upload_speed, data_limit, data_unit,
                       concurrent_connections, is_active, metadata ->> 'tier' as tier, created_at, updated_at,
                       aggregate_version
                from service_plans where id = ?""", id);
        assertThat(row).containsEntry("name", "Home 20").containsEntry("description", "for homes")
                .containsEntry("price", new BigDecimal("150000.00")).containsEntry("billing_cycle", "monthly")
                .containsEntry("download_speed", 20480).containsEntry("upload_speed", 10240)
                .containsEntry("data_limit", 300).containsEntry("data_unit", "GB")
                .containsEntry("concurrent_connections", 2).containsEntry("is_active", true)
                .containsEntry("tier", "home").containsEntry("aggregate_version", 0L);
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T0);
    }

    @Test
    void changedTermsReplaceTheOldOnesAndDeactivationAndActivationFollow() {
        long id = created("Home 20", "150000.00");
        handle(() -> projection.on(ServicePlanChanged.of(id, new PlanTerms("Home 30", null, Money.parse("1800000.00"),
                BillingCycle.YEARLY, 30720, 15360, null, DataUnit.UNLIMITED, 1, Map.of())), T1, 1));
        Map<String, Object> row = row("""
                select name, description, price, billing_cycle, download_speed, upload_speed, data_limit, data_unit,
                       concurrent_connections, created_at, updated_at, aggregate_version
                from service_plans where id = ?""", id);
        assertThat(row).containsEntry("name", "Home 30").containsEntry("description", null)
                .containsEntry("price", new BigDecimal("1800000.00")).containsEntry("billing_cycle", "yearly")
                .containsEntry("download_speed", 30720).containsEntry("upload_speed", 15360)
                .containsEntry("data_limit", null).containsEntry("data_unit", "unlimited")
                .containsEntry("concurrent_connections", 1).containsEntry("aggregate_version", 1L);
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T1);

        handle(() -> projection.on(new ServicePlanDeactivated(id), T2, 2));
        assertThat(row("select is_active, aggregate_version from service_plans where id = ?", id))
                .containsEntry("is_active", false).containsEntry("aggregate_version", 2L);
        handle(() -> projection.on(new ServicePlanActivated(id), T2, 3));
        assertThat(row("select is_active from service_plans where id = ?", id)).containsEntry("is_active", true);
    }

    @Test
    void listFiltersOnActiveInTheOrderAsked() {
        emptied("service_plans");
        long cheap = created("Lite", "99000.00");
        long dear = created("Pro", "450000.00");
        long mid = created("Home", "150000.00");
        handle(() -> projection.on(new ServicePlanDeactivated(mid), T1, 1));

        assertThat(projection.handle(new FindServicePlans(null, new PageSpec(0, 20, "price", false))).content())
                .extracting(ServicePlanView::id).containsExactly(dear, mid, cheap);
        assertThat(projection.handle(new FindServicePlans(true, new PageSpec(0, 20, "price", true))).content())
                .extracting(ServicePlanView::id).containsExactly(cheap, dear);
        ServicePlanView view = projection.handle(new FindServicePlan(mid)).orElseThrow();
        assertThat(view.price()).isEqualTo(Money.parse("150000.00"));
        assertThat(view.isActive()).isFalse();
    }

    @Test
    void resetEmptiesTheTable() {
        created("Home 20", "150000.00");
        handle(projection::reset);

        assertThat(count("select 1 from service_plans")).isZero();
    }

    private long created(String name, String price) {
        long id = Ids.next();
        handle(() -> projection.on(ServicePlanCreated.of(id, new PlanTerms(name, "for homes", Money.parse(price),
                BillingCycle.MONTHLY, 20480, 10240, 300, DataUnit.GB, 2, Map.of("tier", "home"))), T0, 0));
        return id;
    }
}
