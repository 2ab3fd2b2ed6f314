package io.netledger.command.invoice;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Draws {@code INV-YYYYMM-000123}: gapless per month, as Indonesian tax practice wants.
 * The counter row is updated in the caller's transaction and stays locked until it ends:
 * a rollback returns the numbers, and two issuers of one month never draw the same one.
 */
@Component
class InvoiceNumbers {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyyMM");

    private final JdbcTemplate jdbc;

    InvoiceNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next {@code count} numbers of the month, in order, drawn with one update. */
    List<String> next(YearMonth month, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        String period = month.format(PERIOD);
        Integer last = jdbc.queryForObject("""
                insert into invoice_number_counters (period, last_number) values (?, ?)
                on conflict (period) do update set last_number = invoice_number_counters.last_number + excluded.last_number
                returning last_number""", Integer.class, period, count);
        List<String> numbers = new ArrayList<>(count);
        for (int number = last - count + 1; number <= last; number++) {
            numbers.add("INV-" + period + "-" + String.format("%06d", number));
        }
        return numbers;
    }
}
