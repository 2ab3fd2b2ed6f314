package io.netledger.query.nas;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.PageSpec;
import io.netledger.api.nas.ApiType;
import io.netledger.api.nas.FindNasEndpoint;
import io.netledger.api.nas.FindNasServer;
import io.netledger.api.nas.FindNasServers;
import io.netledger.api.nas.NasConnection;
import io.netledger.api.nas.NasEndpoint;
import io.netledger.api.nas.NasPasswordRotated;
import io.netledger.api.nas.NasServerActivated;
import io.netledger.api.nas.NasServerChanged;
import io.netledger.api.nas.NasServerDeactivated;
import io.netledger.api.nas.NasServerRegistered;
import io.netledger.api.nas.NasServerView;
import io.netledger.api.secret.Sealed;
import io.netledger.query.ProjectionTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NasServerProjectionTest extends ProjectionTest {

    private static final Sealed PASSWORD = new Sealed("k1:c2VhbGVk");

    @Autowired
    private NasServerProjection projection;

    @Test
    void registeredNasIsAnActiveRowWithItsSealedPasswordAndTlsInConfiguration() {
        long id = registered("core-bdg", "10.0.0.1");

        Map<String, Object> row = row("""
                select name, ip_address, port, username, password_encrypted, api_type, is_active, description,
                       configuration ->> 'tls' as tls, configuration ->> 'isolirList' as isolir_list, created_at,
                       updated_at, aggregate_version
                from nas_servers where id = ?""", id);
        assertThat(row).containsEntry("name", "core-bdg").containsEntry("ip_address", "10.0.0.1")
                .containsEntry("port", 8729).containsEntry("username", "netledger")
                .containsEntry("password_encrypted", "k1:c2VhbGVk").containsEntry("api_type", "routeros_v7")
                .containsEntry("is_active", true).containsEntry("description", "Bandung core")
                .containsEntry("tls", "true").containsEntry("isolir_list", "isolir")
                .containsEntry("aggregate_version", 0L);
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
    }

    @Test
    void changesRotationAndActivationUpdateTheRowAndItsVersion() {
        long id = registered("core-bdg", "10.0.0.1");
        handle(() -> {
            projection.on(NasServerChanged.of(id, new NasConnection("core-bdg-2", "10.0.0.2", 8728, "api",
                    ApiType.ROUTEROS_V6, false, null, Map.of())), T1, 1);
            projection.on(new NasPasswordRotated(id, new Sealed("k2:bmV3")), T1, 2);
            projection.on(new NasServerDeactivated(id), T1, 3);
        });
        Map<String, Object> row = row("""
                select name, ip_address, port, username, api_type, description, configuration::text as configuration,
                       password_encrypted, is_active, created_at, updated_at, aggregate_version
                from nas_servers where id = ?""", id);
        assertThat(row).containsEntry("name", "core-bdg-2").containsEntry("ip_address", "10.0.0.2")
                .containsEntry("port", 8728).containsEntry("username", "api").containsEntry("api_type", "routeros_v6")
                .containsEntry("description", null).containsEntry("configuration", "{\"tls\": false}")
                .containsEntry("password_encrypted", "k2:bmV3").containsEntry("is_active", false)
                .containsEntry("aggregate_version", 3L);
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T1);

        handle(() -> projection.on(new NasServerActivated(id), T2, 4));
        assertThat(jdbc.queryForObject("select is_active from nas_servers where id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void viewHidesTlsFromTheSettingsAndTheEndpointCarriesTheSealedPassword() {
        long id = registered("core-bdg", "10.0.0.1");

        NasServerView view = projection.handle(new FindNasServer(id)).orElseThrow();
        assertThat(view.tls()).isTrue();
        assertThat(view.configuration()).containsExactly(Map.entry("isolirList", "isolir"));
        NasEndpoint endpoint = projection.handle(new FindNasEndpoint(id)).orElseThrow();
        assertThat(endpoint).isEqualTo(new NasEndpoint(id, "10.0.0.1", 8729, "netledger", PASSWORD, true,
                ApiType.ROUTEROS_V7, true));
    }

    @Test
    void listFiltersOnActiveInTheOrderAsked() {
        emptied("nas_servers");
        long a = registered("a-core", "10.0.0.3");
        long b = registered("b-core", "10.0.0.4");
        long c = registered("c-core", "10.0.0.5");
        handle(() -> projection.on(new NasServerDeactivated(b), T1, 1));

        assertThat(projection.handle(new FindNasServers(null, new PageSpec(0, 20, "name", false))).content())
                .extracting(NasServerView::id).containsExactly(c, b, a);
        assertThat(projection.handle(new FindNasServers(true, new PageSpec(0, 20, "name", true))).content())
                .extracting(NasServerView::id).containsExactly(a, c);
        assertThat(projection.handle(new FindNasServers(false, new PageSpec(0, 20, "name", true))).content())
                .extracting(NasServerView::id).containsExactly(b);
    }

    @Test
    void resetEmptiesTheTable() {
        registered("core-bdg", "10.0.0.1");
        handle(projection::reset);

        assertThat(count("select 1 from nas_servers")).isZero();
    }

    private long registered(String name, String ip) {
        long id = Ids.next();
        handle(() -> projection.on(NasServerRegistered.of(id, new NasConnection(name, ip, 8729, "netledger",
                ApiType.ROUTEROS_V7, true, "Bandung core", Map.of("isolirList", "isolir")), PASSWORD), T0, 0));
        return id;
    }
}
