package io.netledger.command.nas;

import io.netledger.api.RuleViolation;
import io.netledger.api.nas.ActivateNasServer;
import io.netledger.api.nas.ApiType;
import io.netledger.api.nas.ChangeNasServer;
import io.netledger.api.nas.DeactivateNasServer;
import io.netledger.api.nas.NasConnection;
import io.netledger.api.nas.NasPasswordRotated;
import io.netledger.api.nas.NasServerActivated;
import io.netledger.api.nas.NasServerChanged;
import io.netledger.api.nas.NasServerDeactivated;
import io.netledger.api.nas.NasServerRegistered;
import io.netledger.api.nas.RegisterNasServer;
import io.netledger.api.nas.RotateNasPassword;
import io.netledger.api.secret.Sealed;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NasServerTest {

    private static final long NAS = 913_000_000_000_000_123L;
    private static final Sealed PASSWORD = new Sealed("0a1b2c3d:c2VhbGVkLW9uZQ==");
    private static final NasConnection CORE = new NasConnection("Core Bekasi", "10.10.0.1", 8728, "netledger",
            ApiType.ROUTEROS_V7, false, "CCR2004 di POP Bekasi", Map.of("isolirList", "isolir"));

    private AggregateTestFixture<NasServer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NasServer.class);
    }

    private static NasConnection at(String ip, int port) {
        return new NasConnection(CORE.name(), ip, port, CORE.username(), CORE.apiType(), CORE.tls(),
                CORE.description(), CORE.configuration());
    }

    @Test
    void registersARouterWithItsSealedPassword() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNasServer(NAS, CORE, PASSWORD))
                .expectEvents(NasServerRegistered.of(NAS, CORE, PASSWORD));
    }

    @Test
    void acceptsIpv6Addresses() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNasServer(NAS, at("2001:db8::1", 8729), PASSWORD))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesHostNamesAndMalformedAddresses() {
        for (String address : new String[] {"router.isp.id", "10.0.0.256", "10.0.0", "", "::g"}) {
            fixture.givenNoPriorActivity()
                    .when(new RegisterNasServer(NAS, at(address, 8728), PASSWORD))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }
    }

    @Test
    void refusesPortsOutsideTcpsRange() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNasServer(NAS, at("10.10.0.1", 0), PASSWORD))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("port must be between 1 and 65535");
        fixture.givenNoPriorActivity()
                .when(new RegisterNasServer(NAS, at("10.10.0.1", 70_000), PASSWORD))
                .expectException(RuleViolation.class);
    }

    @Test
    void refusesARouterWithoutUsernameOrPassword() {
        NasConnection anonymous = new NasConnection("Core", "10.10.0.1", 8728, " ", ApiType.ROUTEROS_V6, false,
                null, null);
        fixture.givenNoPriorActivity()
                .when(new RegisterNasServer(NAS, anonymous, PASSWORD))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("username is required");
        fixture.givenNoPriorActivity()
                .when(new RegisterNasServer(NAS, CORE, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("password is required");
    }

    @Test
    void changesHowTheRouterIsReachedButNotItsPassword() {
        NasConnection moved = at("10.20.0.1", 8729);
        fixture.given(NasServerRegistered.of(NAS, CORE, PASSWORD))
                .when(new ChangeNasServer(NAS, 0L, moved))
                .expectEvents(NasServerChanged.of(NAS, moved))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aChangeToTheSameSettingsRecordsNothing() {
        fixture.given(NasServerRegistered.of(NAS, CORE, PASSWORD))
                .when(new ChangeNasServer(NAS, null, CORE))
                .expectNoEvents();
    }

    @Test
    void rotatesThePasswordEveryTimeItIsAskedTo() {
        Sealed next = new Sealed("0a1b2c3d:c2VhbGVkLXR3bw==");
        fixture.given(NasServerRegistered.of(NAS, CORE, PASSWORD))
                .when(new RotateNasPassword(NAS, null, next))
                .expectEvents(new NasPasswordRotated(NAS, next));
    }

    @Test
    void deactivatesOnceAndReactivates() {
        fixture.given(NasServerRegistered.of(NAS, CORE, PASSWORD))
                .when(new DeactivateNasServer(NAS, null))
                .expectEvents(new NasServerDeactivated(NAS));
        fixture.given(NasServerRegistered.of(NAS, CORE, PASSWORD), new NasServerDeactivated(NAS))
                .when(new DeactivateNasServer(NAS, null))
                .expectNoEvents();
        fixture.given(NasServerRegistered.of(NAS, CORE, PASSWORD), new NasServerDeactivated(NAS))
                .when(new ActivateNasServer(NAS, null))
                .expectEvents(new NasServerActivated(NAS));
    }

    @Test
    void refusesWhatTheNasServersTableCannotHold() {
        NasConnection nulInName = new NasConnection("Core\u0000Bekasi", "10.10.0.1", 8728, "netledger",
                ApiType.ROUTEROS_V7, false, null, Map.of());
        NasConnection newlineInUsername = new NasConnection("Core", "10.10.0.1", 8728, "net\nledger",
                ApiType.ROUTEROS_V7, false, null, Map.of());
        NasConnection nulInConfiguration = new NasConnection("Core", "10.10.0.1", 8728, "netledger",
                ApiType.ROUTEROS_V7, false, null, Map.of("isolirList", "iso\u0000lir"));
        for (NasConnection bad : new NasConnection[] {nulInName, newlineInUsername, nulInConfiguration}) {
            fixture.givenNoPriorActivity()
                    .when(new RegisterNasServer(NAS, bad, PASSWORD))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }
        fixture.givenNoPriorActivity()
                .when(new RegisterNasServer(NAS, new NasConnection("Core", "10.10.0.1", 8728, "netledger",
                        ApiType.ROUTEROS_V7, false, "POP Bekasi\nrak 2", Map.of()), PASSWORD))
                .expectSuccessfulHandlerExecution();
    }
}
