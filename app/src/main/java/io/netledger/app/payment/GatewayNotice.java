package io.netledger.app.payment;

import io.netledger.api.Money;
import io.netledger.api.NotFound;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.api.invoice.RecordFailedPayment;
import io.netledger.api.invoice.RecordPayment;
import io.netledger.api.invoice.RecordRefund;
import io.netledger.command.invoice.InvoiceNumberIndex;
import io.netledger.payment.PaymentOutcome;
import java.time.Instant;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Turns a verified gateway notification into the invoice's command. Every command is
 * idempotent per gateway transaction, so repeated and reordered notifications, which
 * gateways send as a matter of course, end in the same state.
 */
@Component
class GatewayNotice {

    private final CommandGateway commands;
    private final InvoiceNumberIndex invoices;

    GatewayNotice(CommandGateway commands, InvoiceNumberIndex invoices) {
        this.commands = commands;
        this.invoices = invoices;
    }

    /**
     * {@code refundAmount} is null for a whole refund or chargeback. {@code refundImpliesPayment}:
     * the gateway only gives back what was paid, so a refund also records the payment it gives
     * back (once, by its transaction id), in case that payment's own notification was lost or
     * is still to come.
     */
    record Notice(PaymentChannel channel, String orderId, String transactionId, PaymentOutcome outcome,
                  String gatewayStatus, Money amount, String method, Instant paidAt, Money refundAmount,
                  boolean refundImpliesPayment, Map<String, Object> response) {
    }

    /** {@link NotFound} unless an invoice has this order id. */
    long invoiceOf(String orderId) {
        return invoices.invoiceOf(orderId).orElseThrow(() -> new NotFound("no invoice has the order id " + orderId));
    }

    void apply(Notice notice) {
        long invoiceId = invoiceOf(notice.orderId());
        switch (notice.outcome()) {
            case PAID -> pay(invoiceId, notice);
            case FAILED -> commands.sendAndWait(new RecordFailedPayment(invoiceId, notice.channel(),
                    notice.transactionId(), notice.gatewayStatus(), notice.response()));
            case REFUNDED, CHARGED_BACK -> {
                if (notice.refundImpliesPayment()) {
                    pay(invoiceId, notice);
                }
                commands.sendAndWait(new RecordRefund(invoiceId, notice.channel(), notice.transactionId(),
                        notice.refundAmount(), notice.outcome() == PaymentOutcome.CHARGED_BACK, notice.response()));
            }
            case PENDING -> {
                // Nothing is owed or paid yet; the final notification follows.
            }
        }
    }

    private void pay(long invoiceId, Notice notice) {
        commands.sendAndWait(new RecordPayment(invoiceId, notice.channel(), notice.transactionId(), notice.amount(),
                notice.method(), notice.orderId(), notice.response(), notice.paidAt()));
    }
}
