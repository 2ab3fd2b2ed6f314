package io.netledger.query.genieacs;

import io.netledger.api.NotFound;
import io.netledger.api.PageSpec;
import io.netledger.api.Versions;
import io.netledger.api.genieacs.FindGenieAcsIntegration;
import io.netledger.api.genieacs.FindGenieAcsIntegrations;
import io.netledger.api.genieacs.FindGenieAcsSyncs;
import io.netledger.api.genieacs.GenieAcsSyncPage;
import io.netledger.api.genieacs.GenieAcsIntegrationPage;
import io.netledger.api.genieacs.GenieAcsIntegrationView;
import io.netledger.query.Pages;
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
@RequestMapping("/api/v1/genieacs-integrations")
@PreAuthorize("hasRole('ADMIN')")
class GenieAcsIntegrationQueryController {

    private static final Set<String> SORTABLE = Set.of("endpointUrl", "createdAt", "updatedAt", "lastSync");


    private final QueryGateway queries;

    GenieAcsIntegrationQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    GenieAcsIntegrationPage list(@RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        PageSpec spec = Pages.spec(page, size, sort, SORTABLE, "createdAt,asc");
        return queries.query(new FindGenieAcsIntegrations(active, spec),
                ResponseTypes.instanceOf(GenieAcsIntegrationPage.class)).join();
    }

    /** The integration's syncs and pushes ({@code geniacs_data_sync}), newest first. */
    @GetMapping("/{id}/syncs")
    GenieAcsSyncPage syncs(@PathVariable long id, @RequestParam(required = false) String entityType,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        get(id);
        PageSpec spec = Pages.spec(page, size, null, Set.of("createdAt"), "createdAt,desc");
        return queries.query(new FindGenieAcsSyncs(id, entityType, spec),
                ResponseTypes.instanceOf(GenieAcsSyncPage.class)).join();
    }

    @GetMapping("/{id}")
    ResponseEntity<GenieAcsIntegrationView> get(@PathVariable long id) {
        GenieAcsIntegrationView view = queries.query(new FindGenieAcsIntegration(id),
                ResponseTypes.optionalInstanceOf(GenieAcsIntegrationView.class)).join()
                .orElseThrow(() -> new NotFound("GenieACS integration " + id + " does not exist"));
        return ResponseEntity.ok().eTag(Versions.etag(view.aggregateVersion())).body(view);
    }
}
