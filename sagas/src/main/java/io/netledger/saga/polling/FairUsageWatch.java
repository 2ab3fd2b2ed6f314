package io.netledger.saga.polling;

import io.netledger.api.IspCalendar;
import io.netledger.api.invoice.BillingPeriod;
import io.netledger.api.plan.DataUnit;
import io.netledger.api.plan.FindServicePlan;
import io.netledger.api.plan.ServicePlanView;
import io.netledger.api.subscription.ApplyFairUsage;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.api.subscription.SubscriptionView;
import io.netledger.api.telemetry.FindSubscriberLive;
import io.netledger.api.telemetry.SubscriberLive;
import io.netledger.api.telemetry.SubscriberSession;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After each poll, the subscriptions online on the NAS whose plan has a {@code data_limit}: one whose bytes down
 * and up in its current billing period reach the limit comes under its plan's fair-usage terms
 * ({@link ApplyFairUsage}; the subscription applies them once per period, the provisioning saga writes the
 * router). A limit counts in powers of ten, as the plan's unit says: 1 GB is 1,000,000,000 bytes.
 */
final class FairUsageWatch {

    private static final Logger log = LoggerFactory.getLogger(FairUsageWatch.class);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final IspCalendar calendar;
    /** Subscription and period already told, so that a poll a minute does not repeat it. */
    private final Set<String> told = ConcurrentHashMap.newKeySet();

    FairUsageWatch(QueryGateway queries, CommandGateway commands, IspCalendar calendar) {
        this.queries = queries;
        this.commands = commands;
        this.calendar = calendar;
    }

    void check(List<SubscriberSession> online, Map<Long, SubscriptionView> subscriptions) {
        Map<Long, Optional<ServicePlanView>> plans = new HashMap<>();
        LocalDate today = calendar.today();
        for (SubscriberSession session : online) {
            SubscriptionView subscription = subscriptions.get(session.subscriptionId());
            if (subscription == null || subscription.status() != SubscriptionStatus.ACTIVE) {
                continue;
            }
            Optional<ServicePlanView> plan = plans.computeIfAbsent(subscription.servicePlanId(), id -> queries.query(
                    new FindServicePlan(id), ResponseTypes.optionalInstanceOf(ServicePlanView.class)).join());
            OptionalLong limit = plan.map(p -> limitBytes(p.dataLimit(), p.dataUnit())).orElse(OptionalLong.empty());
            if (limit.isEmpty()) {
                continue;
            }
            LocalDate start = BillingPeriod.startOn(subscription.startDate(), subscription.billingCycle(), today)
                    .orElseGet(() -> today.withDayOfMonth(1));
            LocalDate end = BillingPeriod.endOf(subscription.startDate(), subscription.billingCycle(), start)
                    .orElseGet(() -> start.plusMonths(1));
            String key = subscription.id() + "/" + start;
            if (start.equals(subscription.fairUsagePeriod()) || told.contains(key)) {
                continue;
            }
            SubscriberLive seen = queries.query(new FindSubscriberLive(subscription.id(), start, end,
                    calendar.startOf(start), calendar.startOf(end)), ResponseTypes.instanceOf(SubscriberLive.class))
                    .join();
            long used = seen.usageThisPeriod().bytesDown() + seen.usageThisPeriod().bytesUp();
            if (used >= limit.getAsLong()) {
                told.add(key);
                commands.send(new ApplyFairUsage(subscription.id(), start, end, used, limit.getAsLong()))
                        .whenComplete((result, refused) -> {
                            if (refused != null) {
                                told.remove(key);
                                log.warn("Could not apply fair usage to subscription {}: {}", subscription.id(),
                                        refused.getMessage());
                            }
                        });
            }
        }
    }

    /** The plan's limit in bytes; none for an unlimited plan or one without a positive limit. */
    static OptionalLong limitBytes(Integer dataLimit, DataUnit unit) {
        if (dataLimit == null || dataLimit <= 0 || unit == null || unit == DataUnit.UNLIMITED) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(dataLimit * (unit == DataUnit.GB ? 1_000_000_000L : 1_000_000L));
    }
}
