package io.netledger.query.billing;

import io.netledger.api.NotFound;
import io.netledger.api.billing.BillingRunView;
import io.netledger.api.billing.FindBillingRun;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Staff follow a billing run's progress. */
@RestController
class BillingRunQueryController {

    /** How long a run that is not there yet is waited for: the operator follows the Location a start answered. */
    private static final Duration NOT_YET_PROJECTED = Duration.ofSeconds(5);

    private final QueryGateway queries;
    private final BillingRunsCaughtUp caughtUp;

    BillingRunQueryController(QueryGateway queries, BillingRunsCaughtUp caughtUp) {
        this.queries = queries;
        this.caughtUp = caughtUp;
    }

    @GetMapping("/api/v1/billing-runs/{id}")
    @PreAuthorize("hasRole('STAFF')")
    Map<String, Object> get(@PathVariable long id) {
        BillingRunView run = caughtUp.awaitPresent(() -> find(id), NOT_YET_PROJECTED)
                .orElseThrow(() -> new NotFound("billing run " + id + " does not exist"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", String.valueOf(run.id()));
        body.put("date", run.runDate().toString());
        body.put("status", run.status().value());
        body.put("total", run.counts().total());
        body.put("done", run.counts().done());
        body.put("issued", run.counts().issued());
        body.put("alreadyBilled", run.counts().alreadyBilled());
        body.put("skipped", run.counts().skipped());
        body.put("failed", run.counts().failed());
        body.put("lastError", run.lastError());
        body.put("startedAt", run.startedAt().toString());
        body.put("finishedAt", run.finishedAt() == null ? null : run.finishedAt().toString());
        return body;
    }

    private Optional<BillingRunView> find(long id) {
        return queries.query(new FindBillingRun(id), ResponseTypes.optionalInstanceOf(BillingRunView.class)).join();
    }
}
