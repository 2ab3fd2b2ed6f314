package io.netledger.query.subscription;

import io.netledger.api.BadRequest;
import io.netledger.api.IspCalendar;
import io.netledger.api.NotFound;
import io.netledger.api.PageMetadata;
import io.netledger.api.PageSpec;
import io.netledger.api.Versions;
import io.netledger.api.Viewer;
import io.netledger.api.invoice.BillingPeriod;
import io.netledger.api.provisioning.FindProvisioning;
import io.netledger.api.provisioning.ProvisioningView;
import io.netledger.api.subscription.FindNetworks;
import io.netledger.api.subscription.FindSubscription;
import io.netledger.api.subscription.FindSubscriptions;
import io.netledger.api.subscription.NetworkList;
import io.netledger.api.subscription.SubscriptionPage;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.api.subscription.SubscriptionView;
import io.netledger.api.telemetry.FindSubscriberLive;
import io.netledger.api.telemetry.SubscriberLive;
import io.netledger.query.Pages;
import io.netledger.query.history.AsOf;
import io.netledger.query.history.RecordKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subscriptions and their networks. A customer login reads its own; another customer's
 * answer 404, as if they did not exist, so that ids cannot be probed.
 */
@RestController
@PreAuthorize("hasRole('CUSTOMER')")
class SubscriptionQueryController {

    private static final Set<String> SORTABLE = Set.of("username", "status", "startDate", "endDate", "price",
            "createdAt", "updatedAt", "lastSync");

    private final QueryGateway queries;
    private final AsOf asOfs;
    private final IspCalendar calendar;

    SubscriptionQueryController(QueryGateway queries, AsOf asOfs, IspCalendar calendar) {
        this.queries = queries;
        this.asOfs = asOfs;
        this.calendar = calendar;
    }

    @GetMapping("/api/v1/subscriptions")
    SubscriptionPage list(@RequestParam(required = false) String status,
            @RequestParam(required = false) Long nasServerId, @RequestParam(required = false) Long servicePlanId,
            @RequestParam(required = false) Long customerId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort, Viewer viewer) {
        PageSpec spec = Pages.spec(page, size, sort, SORTABLE, "createdAt,desc");
        OptionalLong own = viewer.ownCustomer();
        if (own.isPresent()) {
            if (customerId != null && customerId != own.getAsLong()) {
                return new SubscriptionPage(List.of(), new PageMetadata(spec.size(), spec.number(),
                        0, 0));
            }
            customerId = own.getAsLong();
        }
        return queries.query(new FindSubscriptions(status(status), nasServerId, servicePlanId, customerId, spec),
                ResponseTypes.instanceOf(SubscriptionPage.class)).join();
    }

    @GetMapping("/api/v1/customers/{customerId}/subscriptions")
    SubscriptionPage ofCustomer(@PathVariable long customerId, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, Viewer viewer) {
        if (!viewer.mayRead(customerId)) {
            throw new NotFound("customer " + customerId + " does not exist");
        }
        PageSpec spec = Pages.spec(page, size, sort, SORTABLE, "createdAt,desc");
        return queries.query(new FindSubscriptions(status(status), null, null, customerId, spec),
                ResponseTypes.instanceOf(SubscriptionPage.class)).join();
    }

    /**
     * The subscription and how the routers see it: online, since when, its address, and its usage in the billing
     * period today falls in (the calendar month for a custom cycle). As of a moment, both as they were then: the
     * record from its events, the rest from the polls recorded up to that moment.
     */
    @GetMapping("/api/v1/subscriptions/{id}")
    ResponseEntity<SubscriptionView> get(@PathVariable long id, @RequestParam(required = false) String asOf, Viewer viewer) {
        Instant at = asOf == null ? null : asOfs.moment(asOf);
        SubscriptionView view = at == null ? readable(id, viewer)
                : asOfs.read(RecordKind.SUBSCRIPTION, id, at, () -> readable(id, viewer));
        view = view.withLive(live(view, at));
        return ResponseEntity.ok().eTag(Versions.etag(view.aggregateVersion())).body(view);
    }

    private SubscriberLive live(SubscriptionView view, Instant asOf) {
        LocalDate day = asOf == null ? calendar.today() : calendar.dateOf(asOf);
        LocalDate start = BillingPeriod.startOn(view.startDate(), view.billingCycle(), day)
                .orElseGet(() -> day.withDayOfMonth(1));
        LocalDate end = BillingPeriod.endOf(view.startDate(), view.billingCycle(), start)
                .orElseGet(() -> start.plusMonths(1));
        return queries.query(new FindSubscriberLive(view.id(), start, end, calendar.startOf(start),
                calendar.startOf(end), asOf), ResponseTypes.instanceOf(SubscriberLive.class)).join();
    }

    /** The ETag is the subscription's: network commands are checked against it. */
    @GetMapping("/api/v1/subscriptions/{id}/networks")
    ResponseEntity<NetworkList> networks(@PathVariable long id, Viewer viewer) {
        SubscriptionView subscription = readable(id, viewer);
        NetworkList list = queries.query(new FindNetworks(id), ResponseTypes.instanceOf(NetworkList.class)).join();
        return ResponseEntity.ok().eTag(Versions.etag(subscription.aggregateVersion())).body(list);
    }

    /**
     * Where the sagas are with the subscription's router account: operation, state, failed step, attempts,
     * last error, next retry. State {@code none} when they have not touched the router for it yet.
     */
    @GetMapping("/api/v1/subscriptions/{id}/provisioning")
    @PreAuthorize("hasRole('STAFF')")
    ProvisioningView provisioning(@PathVariable long id, Viewer viewer) {
        readable(id, viewer);
        return queries.query(new FindProvisioning(id), ResponseTypes.optionalInstanceOf(ProvisioningView.class))
                .join().orElseGet(() -> new ProvisioningView(id, null, "none", null, null, 0, null, null, null, null,
                        null));
    }

    private SubscriptionView readable(long id, Viewer viewer) {
        return queries.query(new FindSubscription(id), ResponseTypes.optionalInstanceOf(SubscriptionView.class))
                .join().filter(view -> viewer.mayRead(view.customerId()))
                .orElseThrow(() -> new NotFound("subscription " + id + " does not exist"));
    }

    private static SubscriptionStatus status(String value) {
        try {
            return value == null ? null : SubscriptionStatus.fromValue(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }
}
