package io.netledger.query.history;

import io.netledger.api.BadRequest;
import io.netledger.api.IspCalendar;
import io.netledger.query.CsvCells;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The receivables an auditor asks for first: what was owed at the end of a day, aged, as JSON or CSV. */
@RestController
@PreAuthorize("hasRole('AUDITOR')")
class ReceivablesQueryController {

    private static final String CSV = "text/csv";
    private static final String PATH = "/api/v1/reports/receivables";

    private final ReceivablesReport receivables;
    private final IspCalendar calendar;

    ReceivablesQueryController(ReceivablesReport receivables, IspCalendar calendar) {
        this.receivables = receivables;
        this.calendar = calendar;
    }

    @GetMapping(path = PATH, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    Map<String, Object> json(@RequestParam(required = false) String asOf) {
        ReceivablesReport.Report report = receivables.on(day(asOf));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asOf", report.asOf().toString());
        body.put("endOfDay", OffsetDateTime.ofInstant(report.endOfDay(), calendar.zone()).toString());
        body.put("currency", "IDR");
        body.put("customers", report.customers().stream().map(customer -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("customerId", String.valueOf(customer.customerId()));
            row.put("customerCode", customer.customerCode());
            row.put("name", customer.name());
            buckets(row, customer.buckets());
            row.put("total", money(customer.total()));
            row.put("invoices", customer.invoices().stream().map(ReceivablesQueryController::invoice).toList());
            return row;
        }).toList());
        Map<String, Object> totals = new LinkedHashMap<>();
        buckets(totals, report.totals());
        totals.put("total", money(report.total()));
        totals.put("invoiceCount", report.invoiceCount());
        totals.put("customerCount", report.customers().size());
        body.put("totals", totals);
        return body;
    }

    @GetMapping(path = PATH, produces = CSV)
    ResponseEntity<String> csv(@RequestParam(required = false) String asOf) {
        ReceivablesReport.Report report = receivables.on(day(asOf));
        StringBuilder csv = new StringBuilder("customerId,customerCode,name,current,days1to30,days31to60,days61to90,"
                + "over90,total\r\n");
        for (ReceivablesReport.Customer customer : report.customers()) {
            csv.append(customer.customerId()).append(',').append(CsvCells.text(customer.customerCode())).append(',')
                    .append(CsvCells.text(customer.name()));
            cells(csv, customer.buckets(), customer.total());
        }
        csv.append(",,TOTAL");
        cells(csv, report.totals(), report.total());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"receivables-" + report.asOf()
                        + ".csv\"")
                .body(csv.toString());
    }

    private static void cells(StringBuilder csv, Map<ReceivablesReport.Bucket, BigDecimal> buckets, BigDecimal total) {
        for (ReceivablesReport.Bucket bucket : ReceivablesReport.Bucket.values()) {
            csv.append(',').append(money(buckets.get(bucket)));
        }
        csv.append(',').append(money(total)).append("\r\n");
    }

    private static Map<String, Object> invoice(ReceivablesReport.Invoice invoice) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("invoiceId", String.valueOf(invoice.invoiceId()));
        row.put("invoiceNumber", invoice.invoiceNumber());
        row.put("dueDate", invoice.dueDate().toString());
        row.put("total", money(invoice.total()));
        row.put("paid", money(invoice.paid()));
        row.put("outstanding", money(invoice.outstanding()));
        row.put("daysPastDue", invoice.daysPastDue());
        row.put("bucket", invoice.bucket().field);
        return row;
    }

    private static void buckets(Map<String, Object> row, Map<ReceivablesReport.Bucket, BigDecimal> buckets) {
        buckets.forEach((bucket, amount) -> row.put(bucket.field, money(amount)));
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    private LocalDate day(String value) {
        if (value == null) {
            return calendar.today();
        }
        LocalDate day;
        try {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest("asOf must be a date, YYYY-MM-DD");
        }
        if (day.isAfter(calendar.today())) {
            throw new BadRequest("asOf " + value + " is in the future");
        }
        return day;
    }
}
