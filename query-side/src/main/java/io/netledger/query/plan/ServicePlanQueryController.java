package io.netledger.query.plan;

import io.netledger.api.NotFound;
import io.netledger.api.PageSpec;
import io.netledger.api.Versions;
import io.netledger.api.plan.FindServicePlan;
import io.netledger.api.plan.FindServicePlans;
import io.netledger.api.plan.ServicePlanPage;
import io.netledger.api.plan.ServicePlanView;
import io.netledger.query.Pages;
import io.netledger.query.history.AsOf;
import io.netledger.query.history.RecordKind;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/service-plans")
class ServicePlanQueryController {

    private static final Set<String> SORTABLE = Set.of("price", "name", "downloadSpeed", "uploadSpeed", "createdAt",
            "updatedAt");

    private final QueryGateway queries;
    private final AsOf asOfs;

    ServicePlanQueryController(QueryGateway queries, AsOf asOfs) {
        this.queries = queries;
        this.asOfs = asOfs;
    }

    @GetMapping
    ServicePlanPage list(@RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        PageSpec spec = Pages.spec(page, size, sort, SORTABLE, "createdAt,asc");
        return queries.query(new FindServicePlans(active, spec), ResponseTypes.instanceOf(ServicePlanPage.class)).join();
    }

    @GetMapping("/{id}")
    ResponseEntity<ServicePlanView> get(@PathVariable long id, @RequestParam(required = false) String asOf) {
        Optional<ServicePlanView> plan = asOfs.view(asOf, RecordKind.SERVICE_PLAN, id, () -> queries.query(
                new FindServicePlan(id), ResponseTypes.optionalInstanceOf(ServicePlanView.class)).join());
        ServicePlanView view = plan.orElseThrow(() -> new NotFound("service plan " + id + " does not exist"));
        return ResponseEntity.ok().eTag(Versions.etag(view.aggregateVersion())).body(view);
    }
}
