package io.netledger.command.invoice;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Draws {@code INV-YYYYMM-000123}: gapless per month, as Indonesian tax practice wants.
 * The counter row is updated in the caller's transaction and stays locked until it ends:
 * a rollback returns the number, and two issuers of one month never draw the same one.
 */
@Component
class InvoiceNumbers {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyyMM");

    private final JdbcTemplate jdbc;

    InvoiceNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String next(YearMonth month) {
        String period = month.format(PERIOD);
        Integer number = jdbc.queryForObject("""
                insert into invoice_number_counters (period, last_number) values (?, 1)
                on conflict (period) do update set last_number = invoice_number_counters.last_number + 1
                returning last_number""", Integer.class, period);
        return "INV-" + period + "-" + String.format("%06d", number);
    }
}
