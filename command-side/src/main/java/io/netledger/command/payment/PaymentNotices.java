package io.netledger.command.payment;

import io.netledger.api.BadRequest;
import io.netledger.api.NotFound;
import io.netledger.api.invoice.RecordFailedPayment;
import io.netledger.api.invoice.RecordPayment;
import io.netledger.api.invoice.RecordRefund;
import io.netledger.command.invoice.InvoiceNumberIndex;
import io.netledger.payment.ForgedNotice;
import io.netledger.payment.PaymentNotice;
import io.netledger.payment.PaymentOutcome;
import io.netledger.payment.UnreadableNotice;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns a gateway's verified {@link PaymentNotice} into the invoice's commands. Every command is
 * idempotent per gateway transaction, so repeated and reordered notifications, which gateways send
 * as a matter of course, end in the same state.
 */
@Component
class PaymentNotices {

    private final CommandGateway commands;
    private final InvoiceNumberIndex invoices;

    PaymentNotices(CommandGateway commands, InvoiceNumberIndex invoices) {
        this.commands = commands;
        this.invoices = invoices;
    }

    /**
     * What the adapter made of a notification: 400 when it is unreadable, 401 when it is not signed
     * with our key. Either way nothing is recorded.
     */
    static <T> T read(Supplier<T> adapter) {
        try {
            return adapter.get();
        } catch (UnreadableNotice e) {
            throw new BadRequest(e.getMessage());
        } catch (ForgedNotice e) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, e.getMessage());
        }
    }

    /**
     * The invoice an order id names, from the claims written with the invoice (the read model may lag);
     * {@link NotFound} unless an invoice has this order id.
     */
    long invoiceOf(String orderId) {
        return invoices.invoiceOf(orderId).orElseThrow(() -> new NotFound("no invoice has the order id " + orderId));
    }

    void record(long invoiceId, PaymentNotice notice) {
        switch (notice.outcome()) {
            case PAID -> pay(invoiceId, notice);
            case FAILED -> commands.sendAndWait(new RecordFailedPayment(invoiceId, notice.gateway(),
                    notice.transactionId(), notice.rawStatus(), notice.fields()));
            case REFUNDED, CHARGED_BACK -> {
                // The gateway only gives back what was paid, so a refund also records the payment it gives
                // back (once, by its transaction id), in case that payment's own notification was lost or is
                // still to come.
                pay(invoiceId, notice);
                commands.sendAndWait(new RecordRefund(invoiceId, notice.gateway(), notice.transactionId(),
                        notice.refundAmount(), notice.outcome() == PaymentOutcome.CHARGED_BACK, notice.fields()));
            }
            case PENDING -> {
                // Nothing is owed or paid yet; the final notification follows.
            }
        }
    }

    private void pay(long invoiceId, PaymentNotice notice) {
        commands.sendAndWait(new RecordPayment(invoiceId, notice.gateway(), notice.transactionId(), notice.amount(),
                notice.channel(), notice.orderId(), notice.fields(), notice.paidAt()));
    }
}
