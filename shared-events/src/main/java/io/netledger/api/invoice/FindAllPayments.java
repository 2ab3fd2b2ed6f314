package io.netledger.api.invoice;

import io.netledger.api.PageSpec;
import java.time.Instant;

/**
 * Answers a {@link PaymentPage}: payments across invoices, for reconciliation against the
 * gateways' settlement reports. Null filters match everything.
 *
 * @param paidFrom   the first instant of {@code paid_at} that matches
 * @param paidBefore the first instant after the matching ones
 */
public record FindAllPayments(PaymentChannel gateway, PaymentStatus status, Instant paidFrom, Instant paidBefore,
                              PageSpec page) {
}
