package io.netledger.saga.dunning;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.netledger.api.invoice.InvoiceOverdue;
import io.netledger.api.invoice.InvoicePaid;
import io.netledger.api.invoice.InvoiceReopened;
import io.netledger.api.subscription.SubscriptionActivated;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.subscription.SubscriptionExpired;
import io.netledger.api.subscription.SubscriptionReactivated;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.api.subscription.SubscriptionSuspended;
import io.netledger.api.subscription.SubscriptionTerminated;
import io.netledger.api.subscription.SuspendSubscription;
import io.netledger.saga.NetworkCatalogue;
import io.netledger.saga.SagaCommands;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dunning, a billing rule: an active subscription whose invoice is overdue for longer than the grace days
 * ({@code billing.suspension_grace_days}) is suspended, unless the invoice is paid first; a refund or chargeback
 * that reopens a paid invoice suspends it at once. The suspension is an ordinary one: the provisioning saga
 * turns the service off on the router. Its own processor, started at the head of the event stream and never
 * replayed, so that rebuilding the read models never suspends anyone.
 *
 * <p>Public only because Axon creates sagas through their public constructor; nothing else may use it.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class SubscriptionDunning {

    static final String GRACE_DEADLINE = "overdue-grace";
    private static final String SUBSCRIPTION = "subscriptionId";

    record GraceOver(long invoiceId) {
    }

    @Autowired
    private transient NetworkCatalogue catalogue;
    @Autowired
    private transient SagaCommands commands;
    @Autowired
    private transient DeadlineManager deadlines;

    private long subscriptionId;
    private SubscriptionStatus status;
    /** The grace deadline of each overdue invoice. */
    private final Map<Long, String> graceDeadlines = new LinkedHashMap<>();

    @StartSaga
    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionCreated event) {
        subscriptionId = event.subscriptionId();
        status = SubscriptionStatus.PENDING;
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(InvoiceOverdue event) {
        if (status != SubscriptionStatus.ACTIVE || graceDeadlines.containsKey(event.invoiceId())) {
            return;
        }
        int graceDays = catalogue.suspension().graceDays();
        graceDeadlines.put(event.invoiceId(),
                deadlines.schedule(Duration.ofDays(graceDays), GRACE_DEADLINE, new GraceOver(event.invoiceId())));
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(InvoicePaid event) {
        Optional.ofNullable(graceDeadlines.remove(event.invoiceId()))
                .ifPresent(id -> deadlines.cancelSchedule(GRACE_DEADLINE, id));
    }

    @DeadlineHandler(deadlineName = GRACE_DEADLINE)
    void on(GraceOver due) {
        if (graceDeadlines.remove(due.invoiceId()) != null && status == SubscriptionStatus.ACTIVE) {
            commands.send(new SuspendSubscription(subscriptionId, null,
                    "invoice " + due.invoiceId() + " overdue past the grace days"));
        }
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(InvoiceReopened event) {
        if (status == SubscriptionStatus.ACTIVE) {
            commands.send(new SuspendSubscription(subscriptionId, null, (event.chargeback() ? "chargeback" : "refund")
                    + " of paid invoice " + event.invoiceId()));
        }
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionActivated event) {
        status = SubscriptionStatus.ACTIVE;
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionReactivated event) {
        status = SubscriptionStatus.ACTIVE;
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionSuspended event) {
        status = SubscriptionStatus.SUSPENDED;
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionExpired event) {
        status = SubscriptionStatus.EXPIRED;
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionTerminated event) {
        graceDeadlines.values().forEach(id -> deadlines.cancelSchedule(GRACE_DEADLINE, id));
        graceDeadlines.clear();
        SagaLifecycle.end();
    }
}
