package io.netledger.query.invoice;

import io.netledger.api.invoice.PaymentView;
import io.netledger.query.CsvCells;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Payments as RFC 4180 CSV ({@link CsvCells}), the columns of the JSON list but the gateway's raw
 * response: what a settlement report is matched against.
 */
final class PaymentCsv {

    static final String HEADER = "id,invoiceId,paymentGateway,transactionId,referenceNumber,paymentMethod,amount,"
            + "status,paidAt,createdAt,updatedAt";

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
        return CsvCells.text(value);
    }

    private static String time(OffsetDateTime at) {
        return at == null ? "" : at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
