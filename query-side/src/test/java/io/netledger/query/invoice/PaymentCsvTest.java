package io.netledger.query.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Money;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.api.invoice.PaymentView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentCsvTest {

    private static final OffsetDateTime PAID = OffsetDateTime.parse("2026-12-10T16:59:00Z");

    @Test
    void eachPaymentIsALineUnderTheHeader() {
        PaymentCsv csv = new PaymentCsv();
        csv.add(List.of(payment("ORDER-1", "REF 1", "qris")));

        assertThat(csv.toString()).isEqualTo(PaymentCsv.HEADER + "\r\n"
                + "7,8,midtrans,ORDER-1,REF 1,qris,150000.00,paid,2026-12-10T16:59:00Z,2026-12-10T16:59:00Z,"
                + "2026-12-10T16:59:00Z\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndMissingValuesAreEmpty() {
        PaymentCsv csv = new PaymentCsv();
        csv.add(List.of(payment("A,B", "say \"hi\"\nthere", null)));

        assertThat(csv.toString().split("\r\n")[1])
                .startsWith("7,8,midtrans,\"A,B\",\"say \"\"hi\"\"\nthere\",,150000.00,");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsLedByAnApostrophe() {
        PaymentCsv csv = new PaymentCsv();
        csv.add(List.of(payment("=HYPERLINK(\"x\")", "@SUM(A1)", "-1+1")));

        assertThat(csv.toString().split("\r\n")[1])
                .startsWith("7,8,midtrans,\"'=HYPERLINK(\"\"x\"\")\",'@SUM(A1),'-1+1,150000.00,");
    }

    private static PaymentView payment(String transactionId, String reference, String method) {
        return new PaymentView(7, 8, transactionId, PaymentChannel.MIDTRANS, Money.parse("150000.00"), "paid", method,
                Map.of(), reference, PAID, PAID, PAID);
    }
}
