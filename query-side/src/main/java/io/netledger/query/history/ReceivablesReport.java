package io.netledger.query.history;

import io.netledger.api.IspCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What customers owed at the end of a day, per customer and by how long past due: the invoice
 * events recorded until then are replayed through the invoice projection (as any record as of a
 * moment is), and the receivable of each invoice is read off the rows it left, so the report ties
 * to the invoices and payments exactly as NetLedger showed them that evening.
 */
@Component
class ReceivablesReport {

    /** Ageing buckets by days past due, in the order an auditor reads them. */
    enum Bucket {
        CURRENT("current"), DAYS_1_30("days1to30"), DAYS_31_60("days31to60"), DAYS_61_90("days61to90"),
        OVER_90("over90");

        final String field;

        Bucket(String field) {
            this.field = field;
        }

        static Bucket of(long daysPastDue) {
            if (daysPastDue <= 0) {
                return CURRENT;
            }
            return daysPastDue <= 30 ? DAYS_1_30 : daysPastDue <= 60 ? DAYS_31_60 : daysPastDue <= 90 ? DAYS_61_90
                    : OVER_90;
        }
    }

    record Invoice(long invoiceId, long customerId, String invoiceNumber, LocalDate dueDate, BigDecimal total,
            BigDecimal paid, BigDecimal outstanding, long daysPastDue, Bucket bucket) {
    }

    record Customer(long customerId, String customerCode, String name, Map<Bucket, BigDecimal> buckets,
            BigDecimal total, List<Invoice> invoices) {
    }

    record Report(LocalDate asOf, Instant endOfDay, List<Customer> customers, Map<Bucket, BigDecimal> totals,
            BigDecimal total, int invoiceCount) {
    }

    private static final List<String> INVOICES = List.of("Invoice");

    private final AsOf asOf;
    private final StoredEvents events;
    private final JdbcTemplate jdbc;
    private final IspCalendar calendar;

    ReceivablesReport(AsOf asOf, StoredEvents events, JdbcTemplate jdbc, IspCalendar calendar) {
        this.asOf = asOf;
        this.events = events;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    Report on(LocalDate day) {
        Instant endOfDay = calendar.startOf(day.plusDays(1)).minusNanos(1);
        List<Invoice> open = asOf.replaying(endOfDay, () -> events.ofTypesUntil(INVOICES, endOfDay), () -> jdbc.query("""
                select id, customer_id, invoice_number, due_date, total,
                       coalesce((payment_details ->> 'received')::numeric, 0)
                       - coalesce((payment_details ->> 'refunded')::numeric, 0) as paid
                from invoices where status <> 'cancelled'
                order by customer_id, due_date, id""", (rows, n) -> {
                    LocalDate due = rows.getObject(4, LocalDate.class);
                    BigDecimal total = rows.getBigDecimal(5);
                    BigDecimal paid = rows.getBigDecimal(6);
                    BigDecimal outstanding = total.subtract(paid).max(BigDecimal.ZERO).setScale(2);
                    long late = ChronoUnit.DAYS.between(due, day);
                    return new Invoice(rows.getLong(1), rows.getLong(2), rows.getString(3), due, total.setScale(2),
                            paid.setScale(2), outstanding, Math.max(late, 0), Bucket.of(late));
                })).stream().filter(invoice -> invoice.outstanding().signum() > 0).toList();

        Map<Long, List<Invoice>> byCustomer = new LinkedHashMap<>();
        open.forEach(invoice -> byCustomer.computeIfAbsent(invoice.customerId(), id -> new ArrayList<>()).add(invoice));
        Map<Long, String[]> names = names(byCustomer.keySet());
        List<Customer> customers = new ArrayList<>();
        byCustomer.forEach((id, invoices) -> {
            String[] name = names.getOrDefault(id, new String[] {null, null});
            Map<Bucket, BigDecimal> buckets = sums(invoices);
            customers.add(new Customer(id, name[0], name[1], buckets, sum(buckets.values()), invoices));
        });
        Map<Bucket, BigDecimal> totals = sums(open);
        return new Report(day, endOfDay, customers, totals, sum(totals.values()), open.size());
    }

    /** Codes and names as they are now: the report's amounts are of the day asked, its people are today's. */
    private Map<Long, String[]> names(Collection<Long> customers) {
        Map<Long, String[]> names = new LinkedHashMap<>();
        if (!customers.isEmpty()) {
            jdbc.query(connection -> {
                var statement = connection.prepareStatement("select id, customer_code, name from customers where id = any (?)");
                statement.setArray(1, connection.createArrayOf("bigint", customers.toArray(Long[]::new)));
                return statement;
            }, rows -> {
                names.put(rows.getLong(1), new String[] {rows.getString(2), rows.getString(3)});
            });
        }
        return names;
    }

    private static Map<Bucket, BigDecimal> sums(List<Invoice> invoices) {
        Map<Bucket, BigDecimal> sums = new LinkedHashMap<>();
        for (Bucket bucket : Bucket.values()) {
            sums.put(bucket, BigDecimal.ZERO.setScale(2));
        }
        invoices.forEach(invoice -> sums.merge(invoice.bucket(), invoice.outstanding(), BigDecimal::add));
        return sums;
    }

    private static BigDecimal sum(Collection<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
