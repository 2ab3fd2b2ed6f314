package io.netledger.query.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.Money;
import io.netledger.api.PageSpec;
import io.netledger.api.invoice.FindAllPayments;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.api.invoice.PaymentPage;
import io.netledger.api.invoice.PaymentRecorded;
import io.netledger.api.invoice.PaymentRefunded;
import io.netledger.api.invoice.PaymentStatus;
import io.netledger.api.invoice.PaymentView;
import io.netledger.query.ProjectionTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The list of payments across invoices that finance reconciles against the gateways' settlement reports. */
class AllPaymentsQueryTest extends ProjectionTest {

    /** 23:59 and 00:00 in WIB: one on each side of the ISP's midnight. */
    private static final Instant LATE_ON_THE_10TH = Instant.parse("2026-12-10T16:59:00Z");
    private static final Instant START_OF_THE_11TH = Instant.parse("2026-12-10T17:00:00Z");
    private static final Instant DAY_10 = Instant.parse("2026-12-09T17:00:00Z");
    private static final Instant DAY_11 = Instant.parse("2026-12-10T17:00:00Z");
    private static final Instant DAY_12 = Instant.parse("2026-12-11T17:00:00Z");

    @Autowired
    private InvoiceProjection projection;

    private long midtransLate;
    private long tripayLate;
    private long midtransNextDay;

    @BeforeEach
    void payments() {
        emptied("payments");
        midtransLate = paid(PaymentChannel.MIDTRANS, "150000.00", LATE_ON_THE_10TH);
        tripayLate = paid(PaymentChannel.TRIPAY, "75000.00", LATE_ON_THE_10TH.minusSeconds(60));
        midtransNextDay = paid(PaymentChannel.MIDTRANS, "99000.00", START_OF_THE_11TH);
        handle(() -> projection.on(new PaymentRefunded(0, tripayLate, 0, "trx", Money.parse("75000.00"), Money.ZERO,
                false, Map.of()), T2, 2));
    }

    @Test
    void paymentsOfOneDayAreThoseTheGatewayMadeBetweenItsMidnightsInTheIspsZone() {
        assertThat(ids(find(null, null, DAY_10, DAY_11, "paidAt", true))).containsExactly(tripayLate, midtransLate);
        assertThat(ids(find(null, null, DAY_11, DAY_12, "paidAt", true))).containsExactly(midtransNextDay);
    }

    @Test
    void gatewayAndStatusNarrowTheList() {
        assertThat(ids(find(PaymentChannel.MIDTRANS, null, null, null, "paidAt", true)))
                .containsExactly(midtransLate, midtransNextDay);
        assertThat(ids(find(null, PaymentStatus.REFUNDED, null, null, "paidAt", true))).containsExactly(tripayLate);
        assertThat(ids(find(PaymentChannel.TRIPAY, PaymentStatus.PAID, null, null, "paidAt", true))).isEmpty();
        assertThat(ids(find(PaymentChannel.MANUAL, null, null, null, "paidAt", true))).isEmpty();
    }

    @Test
    void theListIsSortedAndPagedAsAsked() {
        PaymentPage first = projection.handle(new FindAllPayments(null, null, null, null,
                new PageSpec(0, 2, "amount", false)));
        assertThat(ids(first)).containsExactly(midtransLate, midtransNextDay);
        assertThat(first.page().totalElements()).isEqualTo(3);
        assertThat(first.page().totalPages()).isEqualTo(2);
        assertThat(ids(projection.handle(new FindAllPayments(null, null, null, null,
                new PageSpec(1, 2, "amount", false))))).containsExactly(tripayLate);
    }

    @Test
    void eachPaymentReadsAsOnItsInvoice() {
        PaymentView view = find(null, null, DAY_11, DAY_12, "paidAt", true).content().get(0);

        assertThat(view.paymentGateway()).isEqualTo(PaymentChannel.MIDTRANS);
        assertThat(view.amount()).isEqualTo(Money.parse("99000.00"));
        assertThat(view.paidAt().toInstant()).isEqualTo(START_OF_THE_11TH);
        assertThat(view.status()).isEqualTo("paid");
        assertThat(view.transactionId()).isEqualTo("trx-" + midtransNextDay);
    }

    private long paid(PaymentChannel gateway, String amount, Instant at) {
        long id = Ids.next();
        handle(() -> projection.on(new PaymentRecorded(Ids.next(), id, gateway, "trx-" + id, Money.parse(amount),
                "qris", "REF-" + id, Map.of(), at), T1, 1));
        return id;
    }

    private PaymentPage find(PaymentChannel gateway, PaymentStatus status, Instant from, Instant before, String sort,
            boolean ascending) {
        return projection.handle(new FindAllPayments(gateway, status, from, before, new PageSpec(0, 20, sort,
                ascending)));
    }

    private static List<Long> ids(PaymentPage page) {
        return page.content().stream().map(PaymentView::id).toList();
    }
}
