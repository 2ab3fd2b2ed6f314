package io.netledger.query.customer;

import io.netledger.api.BadRequest;
import io.netledger.api.NotFound;
import io.netledger.api.PageSpec;
import io.netledger.api.Versions;
import io.netledger.api.Viewer;
import io.netledger.api.customer.CustomerPage;
import io.netledger.api.customer.CustomerStatus;
import io.netledger.api.customer.CustomerView;
import io.netledger.api.customer.FindCustomer;
import io.netledger.api.customer.FindCustomers;
import io.netledger.query.Pages;
import io.netledger.query.history.AsOf;
import io.netledger.query.history.RecordKind;
import java.util.OptionalLong;
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

/** Staff list and search customers; a customer login sees its own record, and others do not exist for it. */
@RestController
@RequestMapping("/api/v1/customers")
@PreAuthorize("hasRole('CUSTOMER')")
class CustomerQueryController {

    private static final Set<String> SORTABLE = Set.of("name", "customerCode", "city", "status", "registrationDate",
            "createdAt", "updatedAt");

    private final QueryGateway queries;
    private final AsOf asOfs;

    CustomerQueryController(QueryGateway queries, AsOf asOfs) {
        this.queries = queries;
        this.asOfs = asOfs;
    }

    /** {@code q} finds its words in the name, code, email or phone (a phone typed 0812… finds +62812…). */
    @GetMapping
    CustomerPage list(@RequestParam(required = false) String status, @RequestParam(required = false) String city,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort, Viewer viewer) {
        PageSpec spec = Pages.spec(page, size, sort, SORTABLE, "name,asc");
        if (q != null && q.length() > 100) {
            throw new BadRequest("q is at most 100 characters");
        }
        OptionalLong own = viewer.ownCustomer();
        return queries.query(new FindCustomers(status(status), city, q, own.isPresent() ? own.getAsLong() : null,
                spec), ResponseTypes.instanceOf(CustomerPage.class)).join();
    }

    @GetMapping("/{id}")
    ResponseEntity<CustomerView> get(@PathVariable long id, @RequestParam(required = false) String asOf, Viewer viewer) {
        CustomerView view = viewer.mayRead(id) ? asOfs.view(asOf, RecordKind.CUSTOMER, id, () -> queries.query(
                new FindCustomer(id), ResponseTypes.optionalInstanceOf(CustomerView.class)).join().orElse(null)) : null;
        if (view == null) {
            throw new NotFound("customer " + id + " does not exist");
        }
        return ResponseEntity.ok().eTag(Versions.etag(view.aggregateVersion())).body(view);
    }

    private static CustomerStatus status(String value) {
        try {
            return value == null ? null : CustomerStatus.fromValue(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }
}
