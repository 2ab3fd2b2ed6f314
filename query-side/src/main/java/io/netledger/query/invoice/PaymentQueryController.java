package io.netledger.query.invoice;

import io.netledger.api.BadRequest;
import io.netledger.api.IspCalendar;
import io.netledger.api.PageSpec;
import io.netledger.api.invoice.FindAllPayments;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.api.invoice.PaymentPage;
import io.netledger.api.invoice.PaymentStatus;
import io.netledger.query.Pages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments across invoices, for finance's daily reconciliation against the gateways'
 * settlement reports: as a page of JSON, or with {@code Accept: text/csv} as one CSV of every
 * payment that matches. {@code from} and {@code to} are the ISP's days, both included, of the
 * moment the gateway says the payment was made.
 */
@RestController
@RequestMapping("/api/v1/payments")
@PreAuthorize("hasRole('STAFF')")
class PaymentQueryController {

    static final String CSV = "text/csv";
    private static final Set<String> SORTABLE = Set.of("paidAt", "amount", "paymentGateway", "status",
            "transactionId", "createdAt", "updatedAt");
    private static final String DEFAULT_SORT = "paidAt,asc";
    private static final String DESCRIPTION = """
            Payments of every invoice, filtered by gateway (midtrans, tripay, manual), status (paid, refunded, \
            chargeback) and the ISP's days from/to (YYYY-MM-DD, both included) of paidAt. Paged and sorted like \
            the other lists (default paidAt,asc). Send 'Accept: text/csv' for the same list as one CSV file of \
            every matching payment (page and size do not apply), columns as in the JSON but gatewayResponse.""";

    private final QueryGateway queries;
    private final IspCalendar calendar;

    PaymentQueryController(QueryGateway queries, IspCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    /** JSON unless CSV is asked for: a request that accepts anything (or says nothing) gets the page. */
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    @Operation(summary = "Payments across invoices, as JSON or (Accept: text/csv) as CSV", description = DESCRIPTION,
            responses = @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = PaymentPage.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = "string", example = PaymentCsv.HEADER))}))
    PaymentPage list(@RequestParam(required = false) String gateway, @RequestParam(required = false) String status,
            @Parameter(description = "first day, YYYY-MM-DD") @RequestParam(required = false) String from,
            @Parameter(description = "last day, YYYY-MM-DD") @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        PageSpec spec = Pages.spec(page, size, sort, SORTABLE, DEFAULT_SORT);
        return queries.query(query(gateway, status, from, to, spec), ResponseTypes.instanceOf(PaymentPage.class))
                .join();
    }

    @GetMapping(produces = CSV)
    @Operation(summary = "Payments across invoices, as JSON or (Accept: text/csv) as CSV", description = DESCRIPTION)
    ResponseEntity<String> csv(@RequestParam(required = false) String gateway,
            @RequestParam(required = false) String status, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String sort) {
        PaymentCsv csv = new PaymentCsv();
        PageSpec spec = Pages.spec(0, PageSpec.MAX_SIZE, sort, SORTABLE, DEFAULT_SORT);
        FindAllPayments query = query(gateway, status, from, to, spec);
        for (int number = 0; ; number++) {
            PaymentPage page = queries.query(new FindAllPayments(query.gateway(), query.status(), query.paidFrom(),
                    query.paidBefore(), new PageSpec(number, spec.size(), spec.sortField(), spec.ascending())),
                    ResponseTypes.instanceOf(PaymentPage.class)).join();
            csv.add(page.content());
            if (number + 1 >= page.page().totalPages()) {
                break;
            }
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"payments.csv\"")
                .body(csv.toString());
    }

    private FindAllPayments query(String gateway, String status, String from, String to, PageSpec spec) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new BadRequest("from must not be after to: " + from + " > " + to);
        }
        Instant paidFrom = first == null ? null : calendar.startOf(first);
        Instant paidBefore = last == null ? null : calendar.startOf(last.plusDays(1));
        try {
            return new FindAllPayments(gateway == null ? null : PaymentChannel.fromValue(gateway),
                    status == null ? null : PaymentStatus.fromValue(status), paidFrom, paidBefore, spec);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage().replace("paymentGateway must", "gateway must"));
        }
    }

    private static LocalDate day(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be a date, YYYY-MM-DD: " + value);
        }
    }
}
