package io.netledger.query.nas;

import io.netledger.api.nas.FindNasEndpoint;
import io.netledger.api.nas.FindNasServer;
import io.netledger.api.nas.FindNasServers;
import io.netledger.api.nas.NasEndpoint;
import io.netledger.api.nas.NasPasswordRotated;
import io.netledger.api.nas.NasServerActivated;
import io.netledger.api.nas.NasServerCameUp;
import io.netledger.api.nas.NasServerChanged;
import io.netledger.api.nas.NasServerDeactivated;
import io.netledger.api.nas.NasServerPage;
import io.netledger.api.nas.NasServerRegistered;
import io.netledger.api.nas.NasServerView;
import io.netledger.api.nas.NasServerWentDown;
import io.netledger.api.nas.NasStatus;
import io.netledger.query.Pages;
import io.netledger.query.telemetry.LastPolls;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Owns {@code nas_servers}; the password column holds the sealed value only. Views carry whether the router
 * answers (projected from its history) and what its last poll read (telemetry, beside it).
 */
@Component
@ProcessingGroup("nas-servers")
class NasServerProjection {

    private final NasServerRows rows;
    private final LastPolls polls;

    NasServerProjection(NasServerRows rows, LastPolls polls) {
        this.rows = rows;
        this.polls = polls;
    }

    @EventHandler
    void on(NasServerRegistered event, @Timestamp Instant at, @SequenceNumber long version) {
        NasServerRow row = new NasServerRow(event.nasId(), at);
        row.apply(event.connection());
        row.sealedPassword(event.passwordEncrypted());
        row.touched(at, version);
        rows.save(row);
    }

    @EventHandler
    void on(NasServerChanged event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.nasId(), at, version, row -> row.apply(event.connection()));
    }

    @EventHandler
    void on(NasPasswordRotated event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.nasId(), at, version, row -> row.sealedPassword(event.passwordEncrypted()));
    }

    @EventHandler
    void on(NasServerDeactivated event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.nasId(), at, version, row -> row.setActive(false));
    }

    @EventHandler
    void on(NasServerActivated event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.nasId(), at, version, row -> row.setActive(true));
    }

    @EventHandler
    void on(NasServerWentDown event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.nasId(), at, version, row -> row.reachable(false, at));
    }

    @EventHandler
    void on(NasServerCameUp event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.nasId(), at, version, row -> row.reachable(true, at));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<NasServerView> handle(FindNasServer query) {
        return rows.findById(query.nasId()).map(NasServerRow::view)
                .map(view -> view.withStatus(polls.of(view.id(), view.status())));
    }

    @QueryHandler
    Optional<NasEndpoint> handle(FindNasEndpoint query) {
        return rows.findById(query.nasId()).map(NasServerRow::endpoint);
    }

    @QueryHandler
    NasServerPage handle(FindNasServers query) {
        Pageable pageable = Pages.pageable(query.page());
        Page<NasServerRow> page = query.active() == null ? rows.findAll(pageable)
                : rows.findByIsActive(query.active(), pageable);
        List<NasServerView> views = page.map(NasServerRow::view).getContent();
        Map<Long, NasStatus> statuses = new LinkedHashMap<>();
        views.forEach(view -> statuses.put(view.id(), view.status()));
        Map<Long, NasStatus> polled = polls.of(statuses);
        return new NasServerPage(views.stream().map(view -> view.withStatus(polled.get(view.id()))).toList(),
                Pages.metadata(page));
    }
}
