package io.netledger.command.nas;

import static io.netledger.api.RuleViolation.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.netledger.api.Text;
import io.netledger.api.nas.ActivateNasServer;
import io.netledger.api.nas.ChangeNasServer;
import io.netledger.api.nas.DeactivateNasServer;
import io.netledger.api.nas.NasConnection;
import io.netledger.api.nas.NasPasswordRotated;
import io.netledger.api.nas.NasServerActivated;
import io.netledger.api.nas.NasServerCameUp;
import io.netledger.api.nas.NasServerChanged;
import io.netledger.api.nas.NasServerDeactivated;
import io.netledger.api.nas.NasServerRegistered;
import io.netledger.api.nas.NasServerWentDown;
import io.netledger.api.nas.RecordNasDown;
import io.netledger.api.nas.RecordNasUp;
import io.netledger.api.nas.RegisterNasServer;
import io.netledger.api.nas.RotateNasPassword;
import io.netledger.api.secret.Sealed;
import io.netledger.command.IpLiteral;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A MikroTik router that NetLedger provisions subscribers on (a NAS). */
@Aggregate
class NasServer {

    static final int MAX_TEXT = 255;
    static final int MAX_DESCRIPTION = 10_000;

    @AggregateIdentifier
    private Long nasId;
    private NasConnection connection;
    private boolean active;
    /** What the poller last said of the router: null before its first poll. */
    private Boolean reachable;

    NasServer() {
    }

    @CommandHandler
    NasServer(RegisterNasServer command) {
        requireValid(command.connection());
        requireSealed(command.password());
        apply(NasServerRegistered.of(command.nasId(), command.connection(), command.password()));
    }

    @CommandHandler
    long handle(ChangeNasServer command) {
        requireValid(command.connection());
        if (!command.connection().equals(connection)) {
            apply(NasServerChanged.of(nasId, command.connection()));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(RotateNasPassword command) {
        requireSealed(command.password());
        apply(new NasPasswordRotated(nasId, command.password()));
        return getVersion();
    }

    @CommandHandler
    long handle(DeactivateNasServer command) {
        if (active) {
            apply(new NasServerDeactivated(nasId));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(ActivateNasServer command) {
        if (!active) {
            apply(new NasServerActivated(nasId));
        }
        return getVersion();
    }

    @CommandHandler
    void handle(RecordNasDown command) {
        check(command.missedPolls() > 0, "a router is down after missed polls, not " + command.missedPolls());
        if (!Boolean.FALSE.equals(reachable)) {
            apply(new NasServerWentDown(nasId, command.lastSeen(), command.missedPolls(),
                    Text.line("reason", command.reason(), MAX_TEXT)));
        }
    }

    @CommandHandler
    void handle(RecordNasUp command) {
        if (!Boolean.TRUE.equals(reachable)) {
            apply(new NasServerCameUp(nasId));
        }
    }

    boolean isActive() {
        return active;
    }

    private static void requireValid(NasConnection c) {
        check(c.name() != null && !c.name().isEmpty(), "name is required");
        Text.line("name", c.name(), MAX_TEXT);
        check(IpLiteral.isValid(c.ipAddress()), "ipAddress must be an IPv4 or IPv6 address: " + c.ipAddress());
        check(c.port() >= 1 && c.port() <= 65_535, "port must be between 1 and 65535");
        check(c.username() != null && !c.username().isEmpty(), "username is required");
        Text.line("username", c.username(), MAX_TEXT);
        Text.lines("description", c.description(), MAX_DESCRIPTION);
        Text.json("configuration", c.configuration());
        check(c.apiType() != null, "apiType is required");
    }

    private static void requireSealed(Sealed password) {
        check(password != null, "password is required");
    }

    @EventSourcingHandler
    void on(NasServerRegistered event) {
        nasId = event.nasId();
        connection = event.connection();
        active = true;
    }

    @EventSourcingHandler
    void on(NasServerChanged event) {
        connection = event.connection();
    }

    @EventSourcingHandler
    void on(NasServerDeactivated event) {
        active = false;
    }

    @EventSourcingHandler
    void on(NasServerActivated event) {
        active = true;
    }

    @EventSourcingHandler
    void on(NasServerWentDown event) {
        reachable = false;
    }

    @EventSourcingHandler
    void on(NasServerCameUp event) {
        reachable = true;
    }
}
