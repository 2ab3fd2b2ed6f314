package io.netledger.query.genieacs;

import io.netledger.api.NotFound;
import io.netledger.api.Viewer;
import io.netledger.api.genieacs.CpeDeviceView;
import io.netledger.api.genieacs.CpeTaskView;
import io.netledger.api.genieacs.FindCpeTasks;
import io.netledger.api.genieacs.FindSubscriptionCpe;
import io.netledger.api.subscription.FindSubscription;
import io.netledger.api.subscription.SubscriptionView;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A subscription's CPE as staff and its customer see it: the device (null when none is linked) and its last tasks. */
@RestController
@PreAuthorize("hasRole('CUSTOMER')")
class SubscriptionCpeQueryController {

    static final int LAST_TASKS = 20;

    /** The answer of {@code GET /api/v1/subscriptions/{id}/cpe}. */
    record SubscriptionCpe(CpeDeviceView device, List<CpeTaskView> tasks) {
    }

    private final QueryGateway queries;

    SubscriptionCpeQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/subscriptions/{id}/cpe")
    SubscriptionCpe cpe(@PathVariable long id, Viewer viewer) {
        queries.query(new FindSubscription(id), ResponseTypes.optionalInstanceOf(SubscriptionView.class)).join()
                .filter(subscription -> viewer.mayRead(subscription.customerId()))
                .orElseThrow(() -> new NotFound("subscription " + id + " does not exist"));
        CpeDeviceView device = queries.query(new FindSubscriptionCpe(id),
                ResponseTypes.optionalInstanceOf(CpeDeviceView.class)).join().orElse(null);
        List<CpeTaskView> tasks = queries.query(new FindCpeTasks(id, LAST_TASKS),
                ResponseTypes.multipleInstancesOf(CpeTaskView.class)).join();
        return new SubscriptionCpe(device, tasks);
    }
}
