package io.netledger.query.nas;

import io.netledger.api.nas.FindNasEndpoint;
import io.netledger.api.nas.FindNasServer;
import io.netledger.api.nas.FindNasServers;
import io.netledger.api.nas.NasEndpoint;
import io.netledger.api.nas.NasPasswordRotated;
import io.netledger.api.nas.NasServerActivated;
import io.netledger.api.nas.NasServerChanged;
import io.netledger.api.nas.NasServerDeactivated;
import io.netledger.api.nas.NasServerPage;
import io.netledger.api.nas.NasServerRegistered;
import io.netledger.api.nas.NasServerView;
import io.netledger.query.Pages;
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

/** Owns {@code nas_servers}; the password column holds the sealed value only. */
@Component
@ProcessingGroup("nas-servers")
class NasServerProjection {

    private final NasServerRows rows;

    NasServerProjection(NasServerRows rows) {
        this.rows = rows;
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

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<NasServerView> handle(FindNasServer query) {
        return rows.findById(query.nasId()).map(NasServerRow::view);
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
        return new NasServerPage(page.map(NasServerRow::view).getContent(), Pages.metadata(page));
    }
}
