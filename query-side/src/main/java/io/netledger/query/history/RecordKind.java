package io.netledger.query.history;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The records an auditor asks about, by the aggregate that keeps each one, the path its
 * endpoints have and the names under which an event's payload refers to one.
 */
public enum RecordKind {
    CUSTOMER("Customer", "customers", Set.of("customerId")),
    SUBSCRIPTION("Subscription", "subscriptions", Set.of("subscriptionId")),
    INVOICE("Invoice", "invoices", Set.of("invoiceId")),
    NAS_SERVER("NasServer", "nas-servers", Set.of("nasId", "nasServerId")),
    SERVICE_PLAN("ServicePlan", "service-plans", Set.of("planId", "servicePlanId", "scheduledPlanId")),
    USER("User", "users", Set.of("userId")),
    SETTING("SystemSetting", "settings", Set.of("settingId")),
    BILLING_RUN("BillingRun", "billing-runs", Set.of("billingRunId"));

    private static final Map<String, RecordKind> BY_FIELD = Arrays.stream(values())
            .flatMap(kind -> kind.fields.stream().map(field -> Map.entry(field, kind)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String aggregateType;
    private final String path;
    private final Set<String> fields;

    RecordKind(String aggregateType, String path, Set<String> fields) {
        this.aggregateType = aggregateType;
        this.path = path;
        this.fields = fields;
    }

    /** The aggregate's type as the event store names it ({@code domain_event_entry.type}). */
    String aggregateType() {
        return aggregateType;
    }

    static Optional<RecordKind> ofAggregate(String type) {
        return Arrays.stream(values()).filter(kind -> kind.aggregateType.equals(type)).findFirst();
    }

    static Optional<RecordKind> ofPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }

    /** The record a payload field names, if it names one. */
    static Optional<RecordKind> ofField(String field) {
        return Optional.ofNullable(BY_FIELD.get(field));
    }
}
