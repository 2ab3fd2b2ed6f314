package io.netledger.query.history;

import io.netledger.api.BadRequest;
import io.netledger.api.IspCalendar;
import io.netledger.api.NotFound;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.config.Configuration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessageHandler;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A record exactly as NetLedger showed it at a moment (issue #14): its events up to then are
 * replayed through the read models' own projections into {@link ShadowTables}, and the record is
 * read by the same query that serves it today, in one transaction that is then rolled back.
 * Nothing of the projection rules is copied here, so a record as of now equals the live one.
 */
@Component
public class AsOf {

    private static final String AUDIT_LOG = "audit";
    private static final String MOMENT = AsOf.class.getName() + "/moment";

    private final StoredEvents events;
    private final ShadowTables shadows;
    private final TransactionTemplate transactions;
    private final IspCalendar calendar;
    private final ApplicationContext context;
    private final Configuration axon;
    private final EntityManager entities;
    private volatile List<EventMessageHandler> projections;

    AsOf(StoredEvents events, ShadowTables shadows, PlatformTransactionManager transactions, IspCalendar calendar,
            ApplicationContext context, Configuration axon, EntityManager entities) {
        this.events = events;
        this.shadows = shadows;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.calendar = calendar;
        this.context = context;
        this.axon = axon;
        this.entities = entities;
    }

    /**
     * The moment {@code asOf} names (ISO-8601 with an offset), refused when it is malformed or in the
     * future, and only for those who read the history (ADMIN, AUDITOR).
     */
    public Instant moment(String asOf) {
        if (!readsHistory(SecurityContextHolder.getContext().getAuthentication())) {
            throw new AccessDeniedException("only an administrator or an auditor reads a record as of a moment");
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(asOf).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequest("asOf must be an ISO-8601 instant with an offset, such as 2026-09-30T23:59:59+07:00");
        }
        if (at.isAfter(calendar.now())) {
            throw new BadRequest("asOf " + asOf + " is in the future");
        }
        return at;
    }

    /** What {@code read} answers now, or as of the moment {@code asOf} names when there is one. */
    public <T> T view(String asOf, RecordKind kind, long id, Supplier<T> read) {
        return asOf == null ? read.get() : read(kind, id, moment(asOf), read);
    }

    /** The same for a setting, which its endpoints find by key. */
    public <T> T setting(String asOf, String key, Supplier<T> read) {
        if (asOf == null) {
            return read.get();
        }
        Instant at = moment(asOf);
        Long id = events.settingId(key);
        if (id == null) {
            throw new NotFound("setting " + key + " does not exist");
        }
        return read(RecordKind.SETTING, id, at, read);
    }

    /** What {@code read} answers once the record's events up to {@code at}, and no others, are projected. */
    public <T> T read(RecordKind kind, long id, Instant at, Supplier<T> read) {
        return replaying(at, () -> events.until(kind, id, at), read);
    }

    /**
     * The moment the read models of this transaction are shown as of, while {@link #read} replays into them:
     * what is not projected from events (the telemetry of the polls) is read as of it too.
     */
    public static Optional<Instant> momentOfThisTransaction() {
        return Optional.ofNullable((Instant) TransactionSynchronizationManager.getResource(MOMENT));
    }

    <T> T replaying(Instant at, Supplier<List<StoredEvent>> history, Supplier<T> read) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            TransactionSynchronizationManager.bindResource(MOMENT, at);
            try {
                return replayed(history, read);
            } finally {
                TransactionSynchronizationManager.unbindResource(MOMENT);
            }
        });
    }

    private <T> T replayed(Supplier<List<StoredEvent>> history, Supplier<T> read) {
        shadows.shadowInThisTransaction();
        List<EventMessageHandler> handlers = projections();
        for (StoredEvent event : history.get()) {
            for (EventMessageHandler handler : handlers) {
                if (handler.canHandle(event.message())) {
                    try {
                        handler.handle(event.message());
                    } catch (Exception e) {
                        throw new IllegalStateException("the event at position " + event.position()
                                + " cannot be replayed as of a moment", e);
                    }
                }
            }
        }
        // What the projections saved through JPA is written before a plain SQL read looks for it.
        entities.flush();
        return read.get();
    }

    /** The read models' projections: every processing group of the query side but the audit log and this index. */
    private List<EventMessageHandler> projections() {
        if (projections == null) {
            projections = context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                    .filter(bean -> {
                        Class<?> type = AopUtils.getTargetClass(bean);
                        ProcessingGroup group = type.getAnnotation(ProcessingGroup.class);
                        return type.getPackageName().startsWith("io.netledger.query.") && group != null
                                && !Map.of(AUDIT_LOG, 0, RecordReferencesProjection.PROCESSING_GROUP, 0)
                                        .containsKey(group.value());
                    })
                    .map(bean -> (EventMessageHandler) new AnnotationEventHandlerAdapter(bean,
                            axon.parameterResolverFactory(), axon.handlerDefinition(bean.getClass())))
                    .toList();
        }
        return projections;
    }

    private static boolean readsHistory(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(a -> a.equals("ROLE_ADMIN") || a.equals("ROLE_AUDITOR"));
    }
}
