package io.netledger.query.genieacs;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.PageSpec;
import io.netledger.api.genieacs.CpeLinkRule;
import io.netledger.api.genieacs.FindGenieAcsEndpoint;
import io.netledger.api.genieacs.FindGenieAcsIntegration;
import io.netledger.api.genieacs.FindGenieAcsIntegrations;
import io.netledger.api.genieacs.GenieAcsApiKeyRotated;
import io.netledger.api.genieacs.GenieAcsConfiguration;
import io.netledger.api.genieacs.GenieAcsConnection;
import io.netledger.api.genieacs.GenieAcsEndpoint;
import io.netledger.api.genieacs.GenieAcsIntegrationChanged;
import io.netledger.api.genieacs.GenieAcsIntegrationDeactivated;
import io.netledger.api.genieacs.GenieAcsIntegrationRegistered;
import io.netledger.api.genieacs.GenieAcsIntegrationView;
import io.netledger.api.secret.Sealed;
import io.netledger.query.ProjectionTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GenieAcsIntegrationProjectionTest extends ProjectionTest {

    private static final Sealed KEY = new Sealed("k1:c2VhbGVk");
    private static final GenieAcsConfiguration TAGGED = new GenieAcsConfiguration(CpeLinkRule.TAG, "sub-", 30, 12,
            true, false, List.of("Device.DeviceInfo.UpTime"));

    @Autowired
    private GenieAcsIntegrationProjection projection;

    private long registered(Sealed key) {
        long id = Ids.next();
        handle(() -> projection.on(GenieAcsIntegrationRegistered.of(id, new GenieAcsConnection(
                "http://acs.jabar.isp.id:7557", "1.2.13", "X-Acs-Key", TAGGED), key), T0, 0));
        return id;
    }

    @Test
    void registeredIntegrationIsAnActiveRowWithItsSealedKeyAndConfiguration() {
        long id = registered(KEY);

        Map<String, Object> row = row("""
                select endpoint_url, api_key_encrypted, api_version, is_active, configuration ->> 'linkBy' as link_by,
                       configuration ->> 'keyHeader' as key_header, configuration ->> 'syncIntervalMinutes' as every,
                       last_sync, created_at, aggregate_version
                from geniacs_integrations where id = ?""", id);
        assertThat(row).containsEntry("endpoint_url", "http://acs.jabar.isp.id:7557")
                .containsEntry("api_key_encrypted", "k1:c2VhbGVk").containsEntry("api_version", "1.2.13")
                .containsEntry("is_active", true).containsEntry("link_by", "tag")
                .containsEntry("key_header", "X-Acs-Key").containsEntry("every", "30")
                .containsEntry("last_sync", null).containsEntry("aggregate_version", 0L);
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
    }

    @Test
    void theViewSaysWhetherAKeyIsSetAndTheEndpointCarriesItSealed() {
        long id = registered(KEY);

        GenieAcsIntegrationView view = projection.handle(new FindGenieAcsIntegration(id)).orElseThrow();
        assertThat(view.hasApiKey()).isTrue();
        assertThat(view.configuration()).isEqualTo(TAGGED);
        assertThat(view.keyHeader()).isEqualTo("X-Acs-Key");
        GenieAcsEndpoint endpoint = projection.handle(new FindGenieAcsEndpoint(id)).orElseThrow();
        assertThat(endpoint.apiKey()).isEqualTo(KEY);
        assertThat(endpoint.configuration()).isEqualTo(TAGGED);
    }

    @Test
    void changesRotationAndDeactivationUpdateTheRowAndItsVersion() {
        long id = registered(KEY);
        handle(() -> {
            projection.on(GenieAcsIntegrationChanged.of(id, new GenieAcsConnection("https://acs2.isp.id", null, null,
                    null)), T1, 1);
            projection.on(new GenieAcsApiKeyRotated(id, null), T1, 2);
            projection.on(new GenieAcsIntegrationDeactivated(id), T1, 3);
        });

        Map<String, Object> row = row("""
                select endpoint_url, api_key_encrypted, api_version, is_active, configuration ->> 'linkBy' as link_by,
                       configuration ->> 'keyHeader' as key_header, updated_at, aggregate_version
                from geniacs_integrations where id = ?""", id);
        assertThat(row).containsEntry("endpoint_url", "https://acs2.isp.id").containsEntry("api_key_encrypted", null)
                .containsEntry("api_version", null).containsEntry("is_active", false)
                .containsEntry("link_by", "pppoe_username").containsEntry("key_header", "X-API-Key")
                .containsEntry("aggregate_version", 3L);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T1);
        assertThat(projection.handle(new FindGenieAcsIntegration(id)).orElseThrow().hasApiKey()).isFalse();
    }

    @Test
    void listsByActivity() {
        emptied("geniacs_integrations");
        long active = registered(KEY);
        long inactive = registered(null);
        handle(() -> projection.on(new GenieAcsIntegrationDeactivated(inactive), T1, 1));

        assertThat(projection.handle(new FindGenieAcsIntegrations(true, new PageSpec(0, 20, "createdAt", true)))
                .content()).extracting(GenieAcsIntegrationView::id).containsExactly(active);
        assertThat(projection.handle(new FindGenieAcsIntegrations(null, new PageSpec(0, 20, "createdAt", true)))
                .content()).hasSize(2);
    }
}
