package io.netledger.query.genieacs;

import io.netledger.api.genieacs.FindGenieAcsEndpoint;
import io.netledger.api.genieacs.FindGenieAcsIntegration;
import io.netledger.api.genieacs.FindGenieAcsIntegrations;
import io.netledger.api.genieacs.GenieAcsApiKeyRotated;
import io.netledger.api.genieacs.GenieAcsEndpoint;
import io.netledger.api.genieacs.GenieAcsIntegrationActivated;
import io.netledger.api.genieacs.GenieAcsIntegrationChanged;
import io.netledger.api.genieacs.GenieAcsIntegrationDeactivated;
import io.netledger.api.genieacs.GenieAcsIntegrationPage;
import io.netledger.api.genieacs.GenieAcsIntegrationRegistered;
import io.netledger.api.genieacs.GenieAcsIntegrationView;
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

/** Owns {@code geniacs_integrations}; the key column holds the sealed value only, and no view shows it. */
@Component
@ProcessingGroup("genieacs-integrations")
class GenieAcsIntegrationProjection {

    private final GenieAcsIntegrationRows rows;

    GenieAcsIntegrationProjection(GenieAcsIntegrationRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(GenieAcsIntegrationRegistered event, @Timestamp Instant at, @SequenceNumber long version) {
        GenieAcsIntegrationRow row = new GenieAcsIntegrationRow(event.integrationId(), at);
        row.apply(event.connection());
        row.sealedApiKey(event.apiKeyEncrypted());
        row.touched(at, version);
        rows.save(row);
    }

    @EventHandler
    void on(GenieAcsIntegrationChanged event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.integrationId(), at, version, row -> row.apply(event.connection()));
    }

    @EventHandler
    void on(GenieAcsApiKeyRotated event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.integrationId(), at, version, row -> row.sealedApiKey(event.apiKeyEncrypted()));
    }

    @EventHandler
    void on(GenieAcsIntegrationDeactivated event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.integrationId(), at, version, row -> row.setActive(false));
    }

    @EventHandler
    void on(GenieAcsIntegrationActivated event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.integrationId(), at, version, row -> row.setActive(true));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<GenieAcsIntegrationView> handle(FindGenieAcsIntegration query) {
        return rows.findById(query.integrationId()).map(GenieAcsIntegrationRow::view);
    }

    @QueryHandler
    Optional<GenieAcsEndpoint> handle(FindGenieAcsEndpoint query) {
        return rows.findById(query.integrationId()).map(GenieAcsIntegrationRow::endpoint);
    }

    @QueryHandler
    GenieAcsIntegrationPage handle(FindGenieAcsIntegrations query) {
        Pageable pageable = Pages.pageable(query.page());
        Page<GenieAcsIntegrationRow> page = query.active() == null ? rows.findAll(pageable)
                : rows.findByIsActive(query.active(), pageable);
        return new GenieAcsIntegrationPage(page.map(GenieAcsIntegrationRow::view).getContent(), Pages.metadata(page));
    }
}
