package io.netledger.query.nas;

import io.netledger.api.NotFound;
import io.netledger.api.PageSpec;
import io.netledger.api.Versions;
import io.netledger.api.nas.FindNasServer;
import io.netledger.api.nas.FindNasServers;
import io.netledger.api.nas.FindRouterDrift;
import io.netledger.api.nas.NasServerPage;
import io.netledger.api.nas.NasServerView;
import io.netledger.api.nas.RouterDriftReport;
import io.netledger.query.Pages;
import io.netledger.query.history.AsOf;
import io.netledger.query.history.RecordKind;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/nas-servers")
@PreAuthorize("hasRole('STAFF')")
class NasServerQueryController {

    private static final Set<String> SORTABLE = Set.of("name", "ipAddress", "createdAt", "updatedAt", "lastSync");

    private final QueryGateway queries;
    private final AsOf asOfs;

    NasServerQueryController(QueryGateway queries, AsOf asOfs) {
        this.queries = queries;
        this.asOfs = asOfs;
    }

    @GetMapping
    NasServerPage list(@RequestParam(required = false) Boolean active, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        PageSpec spec = Pages.spec(page, size, sort, SORTABLE, "name,asc");
        return queries.query(new FindNasServers(active, spec), ResponseTypes.instanceOf(NasServerPage.class)).join();
    }

    @GetMapping("/{id}")
    ResponseEntity<NasServerView> get(@PathVariable long id, @RequestParam(required = false) String asOf) {
        NasServerView view = asOfs.view(asOf, RecordKind.NAS_SERVER, id, () -> queries.query(new FindNasServer(id),
                ResponseTypes.optionalInstanceOf(NasServerView.class)).join())
                .orElseThrow(() -> new NotFound("NAS server " + id + " does not exist"));
        return ResponseEntity.ok().eTag(Versions.etag(view.aggregateVersion())).body(view);
    }

    /**
     * What the last reconciliation found on the NAS's router. Before the first one the report says so: no
     * check time, nothing checked.
     */
    @GetMapping("/{id}/drift")
    RouterDriftReport drift(@PathVariable long id) {
        get(id, null);
        return queries.query(new FindRouterDrift(id), ResponseTypes.optionalInstanceOf(RouterDriftReport.class))
                .join().orElseGet(() -> new RouterDriftReport(id, null, 0, false, List.of()));
    }
}
