package io.netledger.query.invoice;

import io.netledger.api.BadRequest;
import io.netledger.api.NotFound;
import io.netledger.api.PageMetadata;
import io.netledger.api.PageSpec;
import io.netledger.api.Versions;
import io.netledger.api.Viewer;
import io.netledger.api.invoice.FindInvoice;
import io.netledger.api.invoice.FindInvoices;
import io.netledger.api.invoice.FindPayments;
import io.netledger.api.invoice.InvoicePage;
import io.netledger.api.invoice.InvoiceStatus;
import io.netledger.api.invoice.InvoiceView;
import io.netledger.api.invoice.PaymentList;
import io.netledger.query.Pages;
import io.netledger.query.history.AsOf;
import io.netledger.query.history.RecordKind;
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

/** Invoices and their payments; a customer login reads its own, and others answer 404. */
@RestController
@PreAuthorize("hasRole('CUSTOMER')")
class InvoiceQueryController {

    private static final Set<String> SORTABLE = Set.of("invoiceNumber", "dueDate", "total", "status", "createdAt",
            "updatedAt", "periodStart");

    private final QueryGateway queries;
    private final AsOf asOfs;

    InvoiceQueryController(QueryGateway queries, AsOf asOfs) {
        this.queries = queries;
        this.asOfs = asOfs;
    }

    @GetMapping("/api/v1/invoices")
    InvoicePage list(@RequestParam(required = false) String status, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long subscriptionId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort, Viewer viewer) {
        PageSpec spec = Pages.spec(page, size, sort, SORTABLE, "createdAt,desc");
        OptionalLong own = viewer.ownCustomer();
        if (own.isPresent()) {
            if (customerId != null && customerId != own.getAsLong()) {
                return new InvoicePage(List.of(), new PageMetadata(spec.size(), spec.number(), 0, 0));
            }
            customerId = own.getAsLong();
        }
        return queries.query(new FindInvoices(status(status), customerId, subscriptionId, spec),
                ResponseTypes.instanceOf(InvoicePage.class)).join();
    }

    @GetMapping("/api/v1/customers/{customerId}/invoices")
    InvoicePage ofCustomer(@PathVariable long customerId, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, Viewer viewer) {
        if (!viewer.mayRead(customerId)) {
            throw new NotFound("customer " + customerId + " does not exist");
        }
        PageSpec spec = Pages.spec(page, size, sort, SORTABLE, "createdAt,desc");
        return queries.query(new FindInvoices(status(status), customerId, null, spec),
                ResponseTypes.instanceOf(InvoicePage.class)).join();
    }

    @GetMapping("/api/v1/invoices/{id}")
    ResponseEntity<InvoiceView> get(@PathVariable long id, @RequestParam(required = false) String asOf, Viewer viewer) {
        InvoiceView view = asOfs.view(asOf, RecordKind.INVOICE, id, () -> readable(id, viewer));
        return ResponseEntity.ok().eTag(Versions.etag(view.aggregateVersion())).body(view);
    }

    @GetMapping("/api/v1/invoices/{id}/payments")
    ResponseEntity<PaymentList> payments(@PathVariable long id, Viewer viewer) {
        InvoiceView invoice = readable(id, viewer);
        PaymentList list = queries.query(new FindPayments(id), ResponseTypes.instanceOf(PaymentList.class)).join();
        return ResponseEntity.ok().eTag(Versions.etag(invoice.aggregateVersion())).body(list);
    }

    private InvoiceView readable(long id, Viewer viewer) {
        return queries.query(new FindInvoice(id), ResponseTypes.optionalInstanceOf(InvoiceView.class)).join()
                .filter(view -> viewer.mayRead(view.customerId()))
                .orElseThrow(() -> new NotFound("invoice " + id + " does not exist"));
    }

    private static InvoiceStatus status(String value) {
        try {
            return value == null ? null : InvoiceStatus.fromValue(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }
}
