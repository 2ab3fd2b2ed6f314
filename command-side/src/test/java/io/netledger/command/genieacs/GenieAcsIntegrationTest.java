package io.netledger.command.genieacs;

import io.netledger.api.RuleViolation;
import io.netledger.api.genieacs.ActivateGenieAcsIntegration;
import io.netledger.api.genieacs.ChangeGenieAcsIntegration;
import io.netledger.api.genieacs.CpeLinkRule;
import io.netledger.api.genieacs.DeactivateGenieAcsIntegration;
import io.netledger.api.genieacs.GenieAcsApiKeyRotated;
import io.netledger.api.genieacs.GenieAcsConfiguration;
import io.netledger.api.genieacs.GenieAcsConnection;
import io.netledger.api.genieacs.GenieAcsIntegrationActivated;
import io.netledger.api.genieacs.GenieAcsIntegrationChanged;
import io.netledger.api.genieacs.GenieAcsIntegrationDeactivated;
import io.netledger.api.genieacs.GenieAcsIntegrationRegistered;
import io.netledger.api.genieacs.RegisterGenieAcsIntegration;
import io.netledger.api.genieacs.RotateGenieAcsApiKey;
import io.netledger.api.secret.Sealed;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GenieAcsIntegrationTest {

    private static final long ACS = 913_000_000_000_000_777L;
    private static final Sealed KEY = new Sealed("0a1b2c3d:c2VhbGVkLWtleQ==");
    private static final GenieAcsConnection JABAR = new GenieAcsConnection("http://acs.jabar.isp.id:7557", "1.2.13",
            null, new GenieAcsConfiguration(CpeLinkRule.TAG, "sub-", 30, 15, true, true,
                    List.of("Device.DeviceInfo.UpTime")));

    private AggregateTestFixture<GenieAcsIntegration> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GenieAcsIntegration.class);
    }

    private static GenieAcsConnection at(String url) {
        return new GenieAcsConnection(url, JABAR.apiVersion(), JABAR.keyHeader(), JABAR.configuration());
    }

    private static GenieAcsConnection configured(GenieAcsConfiguration configuration) {
        return new GenieAcsConnection(JABAR.endpointUrl(), JABAR.apiVersion(), JABAR.keyHeader(), configuration);
    }

    @Test
    void registersAnAcsWithItsSealedKeyAndTheDefaultKeyHeader() {
        fixture.givenNoPriorActivity()
                .when(new RegisterGenieAcsIntegration(ACS, JABAR, KEY))
                .expectEvents(GenieAcsIntegrationRegistered.of(ACS, JABAR, KEY));
    }

    @Test
    void registersAnOpenNbiWithoutAKeyAndDefaultsForAnAbsentConfiguration() {
        GenieAcsConnection open = new GenieAcsConnection("https://10.0.0.5/nbi", null, "", null);

        fixture.givenNoPriorActivity()
                .when(new RegisterGenieAcsIntegration(ACS, open, null))
                .expectEvents(new GenieAcsIntegrationRegistered(ACS, "https://10.0.0.5/nbi", null, "X-API-Key",
                        GenieAcsConfiguration.DEFAULTS, null));
    }

    @Test
    void refusesAnUrlThatIsNotAnHttpBaseOrCarriesCredentials() {
        for (String url : new String[] {"ftp://acs:7557", "acs.isp.id:7557", "http://admin:pw@acs:7557",
                "http://acs:7557/?key=1", "http://acs:7557/#x", "http://", "http://acs:99999", ""}) {
            fixture.givenNoPriorActivity()
                    .when(new RegisterGenieAcsIntegration(ACS, at(url), KEY))
                    .expectException(RuleViolation.class);
        }
    }

    @Test
    void refusesAConfigurationTheSyncCouldNotWorkWith() {
        List<GenieAcsConfiguration> bad = List.of(
                new GenieAcsConfiguration(null, "sub 1", null, null, null, null, null),
                new GenieAcsConfiguration(null, null, 0, null, null, null, null),
                new GenieAcsConfiguration(null, null, 1441, null, null, null, null),
                new GenieAcsConfiguration(null, null, null, 0, null, null, null),
                new GenieAcsConfiguration(null, null, null, null, null, null, List.of("Device.PPP.Interface.1.Password")),
                new GenieAcsConfiguration(null, null, null, null, null, null,
                        List.of("InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.PreSharedKey.1.PreSharedKey")),
                new GenieAcsConfiguration(null, null, null, null, null, null, List.of("$where")));
        for (GenieAcsConfiguration configuration : bad) {
            fixture.givenNoPriorActivity()
                    .when(new RegisterGenieAcsIntegration(ACS, configured(configuration), KEY))
                    .expectException(RuleViolation.class);
        }
    }

    @Test
    void refusesAKeyHeaderThatIsNoHeaderName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterGenieAcsIntegration(ACS, new GenieAcsConnection(JABAR.endpointUrl(), null,
                        "X Key: 1", null), KEY))
                .expectException(RuleViolation.class);
    }

    @Test
    void changesOnlyWhatIsDifferent() {
        GenieAcsConnection moved = at("http://acs2.jabar.isp.id:7557");
        fixture.given(GenieAcsIntegrationRegistered.of(ACS, JABAR, KEY))
                .when(new ChangeGenieAcsIntegration(ACS, null, moved))
                .expectEvents(GenieAcsIntegrationChanged.of(ACS, moved));
        fixture.given(GenieAcsIntegrationRegistered.of(ACS, JABAR, KEY))
                .when(new ChangeGenieAcsIntegration(ACS, null, JABAR))
                .expectNoEvents();
    }

    @Test
    void rotatesOrRemovesTheKey() {
        Sealed next = new Sealed("0a1b2c3d:bmV4dA==");
        fixture.given(GenieAcsIntegrationRegistered.of(ACS, JABAR, KEY))
                .when(new RotateGenieAcsApiKey(ACS, null, next))
                .expectEvents(new GenieAcsApiKeyRotated(ACS, next));
        fixture.given(GenieAcsIntegrationRegistered.of(ACS, JABAR, KEY))
                .when(new RotateGenieAcsApiKey(ACS, null, null))
                .expectEvents(new GenieAcsApiKeyRotated(ACS, null));
    }

    @Test
    void deactivatesAndActivatesOnce() {
        fixture.given(GenieAcsIntegrationRegistered.of(ACS, JABAR, KEY))
                .when(new DeactivateGenieAcsIntegration(ACS, null))
                .expectEvents(new GenieAcsIntegrationDeactivated(ACS));
        fixture.given(GenieAcsIntegrationRegistered.of(ACS, JABAR, KEY), new GenieAcsIntegrationDeactivated(ACS))
                .when(new DeactivateGenieAcsIntegration(ACS, null))
                .expectNoEvents();
        fixture.given(GenieAcsIntegrationRegistered.of(ACS, JABAR, KEY), new GenieAcsIntegrationDeactivated(ACS))
                .when(new ActivateGenieAcsIntegration(ACS, null))
                .expectEvents(new GenieAcsIntegrationActivated(ACS));
    }
}
