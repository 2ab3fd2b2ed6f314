package io.netledger.query.invoice;

import io.netledger.api.invoice.PaymentView;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Payments as RFC 4180 CSV, the columns of the JSON list but the gateway's raw response:
 * what a settlement report is matched against. A text cell that a spreadsheet would run as a
 * formula (it begins with =, +, -, @, a tab or a carriage return) is led by an apostrophe.
 */
final class PaymentCsv {

    static final String HEADER = "id,invoiceId,paymentGateway,transactionId,referenceNumber,paymentMethod,amount,"
            + "status,paidAt,createdAt,updatedAt";
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r]");

    private final StringBuilder csv = new StringBuilder(HEADER).append("\r\n");

    void add(List<PaymentView> payments) {
        for (PaymentView p : payments) {
            csv.append(p.id()).append(',')
                    .append(p.invoiceId()).append(',')
                    .append(p.paymentGateway().value()).append(',')
                    .append(text(p.transactionId())).append(',')
                    .append(text(p.referenceNumber())).append(',')
                    .append(text(p.paymentMethod())).append(',')
                    .append(p.amount()).append(',')
                    .append(p.status()).append(',')
                    .append(time(p.paidAt())).append(',')
                    .append(time(p.createdAt())).append(',')
                    .append(time(p.updatedAt())).append("\r\n");
        }
    }

    @Override
    public String toString() {
        return csv.toString();
    }

    private static String text(String value) {
        if (value == null) {
            return "";
        }
        String cell = FORMULA.matcher(value).find() ? "'" + value : value;
        return NEEDS_QUOTES.matcher(cell).find() ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private static String time(OffsetDateTime at) {
        return at == null ? "" : at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
