package io.netledger.command.genieacs;

import static io.netledger.api.RuleViolation.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.netledger.api.Text;
import io.netledger.api.genieacs.ActivateGenieAcsIntegration;
import io.netledger.api.genieacs.ChangeGenieAcsIntegration;
import io.netledger.api.genieacs.DeactivateGenieAcsIntegration;
import io.netledger.api.genieacs.GenieAcsApiKeyRotated;
import io.netledger.api.genieacs.GenieAcsConnection;
import io.netledger.api.genieacs.GenieAcsIntegrationActivated;
import io.netledger.api.genieacs.GenieAcsIntegrationChanged;
import io.netledger.api.genieacs.GenieAcsIntegrationDeactivated;
import io.netledger.api.genieacs.GenieAcsIntegrationRegistered;
import io.netledger.api.genieacs.RegisterGenieAcsIntegration;
import io.netledger.api.genieacs.RotateGenieAcsApiKey;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A GenieACS that NetLedger reads CPEs from and pushes settings to (one per region, several may exist). */
@Aggregate
class GenieAcsIntegration {

    static final int MAX_URL = 1000;
    static final int MAX_VERSION = 32;
    static final int MAX_HEADER = 64;

    @AggregateIdentifier
    private Long integrationId;
    private GenieAcsConnection connection;
    private boolean active;

    GenieAcsIntegration() {
    }

    @CommandHandler
    GenieAcsIntegration(RegisterGenieAcsIntegration command) {
        requireValid(command.connection());
        apply(GenieAcsIntegrationRegistered.of(command.integrationId(), command.connection(), command.apiKey()));
    }

    @CommandHandler
    long handle(ChangeGenieAcsIntegration command) {
        requireValid(command.connection());
        if (!command.connection().equals(connection)) {
            apply(GenieAcsIntegrationChanged.of(integrationId, command.connection()));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(RotateGenieAcsApiKey command) {
        apply(new GenieAcsApiKeyRotated(integrationId, command.apiKey()));
        return getVersion();
    }

    @CommandHandler
    long handle(DeactivateGenieAcsIntegration command) {
        if (active) {
            apply(new GenieAcsIntegrationDeactivated(integrationId));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(ActivateGenieAcsIntegration command) {
        if (!active) {
            apply(new GenieAcsIntegrationActivated(integrationId));
        }
        return getVersion();
    }

    private static void requireValid(GenieAcsConnection c) {
        check(c.endpointUrl() != null && !c.endpointUrl().isEmpty(), "endpointUrl is required");
        Text.line("endpointUrl", c.endpointUrl(), MAX_URL);
        check(NbiUrl.isValid(c.endpointUrl()),
                "endpointUrl must be http(s)://host[:port][/path], without credentials, query or fragment: "
                        + c.endpointUrl());
        Text.line("apiVersion", c.apiVersion(), MAX_VERSION);
        Text.line("keyHeader", c.keyHeader(), MAX_HEADER);
        check(c.keyHeader().matches("[A-Za-z0-9\\-]+"), "keyHeader must be an HTTP header name: " + c.keyHeader());
        Objects.requireNonNull(c.configuration()).checked();
    }

    @EventSourcingHandler
    void on(GenieAcsIntegrationRegistered event) {
        integrationId = event.integrationId();
        connection = event.connection();
        active = true;
    }

    @EventSourcingHandler
    void on(GenieAcsIntegrationChanged event) {
        connection = event.connection();
    }

    @EventSourcingHandler
    void on(GenieAcsIntegrationDeactivated event) {
        active = false;
    }

    @EventSourcingHandler
    void on(GenieAcsIntegrationActivated event) {
        active = true;
    }
}
