package io.netledger.routeros.mikrotik;

import static io.netledger.routeros.mikrotik.SimulatedRouters.OPENER;
import static io.netledger.routeros.mikrotik.SimulatedRouters.endpoint;
import static io.netledger.routeros.mikrotik.SimulatedRouters.logins;
import static io.netledger.routeros.mikrotik.SimulatedRouters.received;
import static io.netledger.routeros.mikrotik.SimulatedRouters.seal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netledger.routeros.AddressListEntry;
import io.netledger.routeros.HotspotUser;
import io.netledger.routeros.InterfaceTraffic;
import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.PppProfileEntry;
import io.netledger.routeros.PppSecret;
import io.netledger.routeros.PppSecretEntry;
import io.netledger.routeros.PppSession;
import io.netledger.routeros.RateLimit;
import io.netledger.routeros.RouterInterface;
import io.netledger.routeros.RouterItemId;
import io.netledger.routeros.RouterLogEntry;
import io.netledger.routeros.RouterRejected;
import io.netledger.routeros.SystemResource;
import io.netledger.routeros.simulator.RouterOsSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every gateway call through the real client library against a simulated router: before
 * 6.43 (MD5 challenge login), 7.16 (plaintext login) and 7.18 ({@code !empty} answers to
 * prints that find nothing).
 */
@ParameterizedClass(name = "RouterOS {0}")
@ValueSource(strings = {"6.42", "7.16", "7.18"})
class RouterGatewayOperationsTest {

    private static final String SECRETS = "/ppp/secret";
    private static final RateLimit TEN_BY_TWENTY = new RateLimit(10_000, 20_000);

    @Parameter
    String version;

    private RouterOsSimulator router;
    private MikrotikRouterGateway gateway;
    private RouterLogin nas;

    @BeforeEach
    void startRouter() {
        router = SimulatedRouters.start(version);
        gateway = new MikrotikRouterGateway(OPENER);
        nas = endpoint(router);
    }

    @AfterEach
    void stopRouter() {
        gateway.close();
        router.close();
    }

    @Test
    void createsAPppProfileWithThePlansSpeedsAndCorrectsItLater() throws Exception {
        gateway.ensurePppProfile(nas, "10M-20M", TEN_BY_TWENTY);
        gateway.ensurePppProfile(nas, "10M-20M", TEN_BY_TWENTY);
        assertThat(profile("10M-20M")).containsEntry("rate-limit", "10M/20M");

        gateway.ensurePppProfile(nas, "10M-20M", new RateLimit(15_000, 30_000));

        assertThat(profile("10M-20M")).containsEntry("rate-limit", "15M/30M");
        assertThat(received(router, "/ppp/profile/add")).isEqualTo(1);
        assertThat(received(router, "/ppp/profile/set")).isEqualTo(1);
    }

    @Test
    void createsAPppSecretOnceAndAnswersTheSameIdOnEveryRepeat() throws Exception {
        PppSecret alice = secret("alice", "rahasia", "default", "10.10.0.2", "Jl. Mawar 5", false);

        RouterItemId first = gateway.ensurePppSecret(nas, alice);
        RouterItemId again = gateway.ensurePppSecret(nas, alice);

        assertThat(again).isEqualTo(first);
        assertThat(router.state().records(SECRETS)).singleElement().satisfies(secret -> assertThat(secret)
                .containsEntry(".id", first.value())
                .containsEntry("name", "alice")
                .containsEntry("password", "rahasia")
                .containsEntry("service", "pppoe")
                .containsEntry("profile", "default")
                .containsEntry("remote-address", "10.10.0.2")
                .containsEntry("comment", "Jl. Mawar 5")
                .containsEntry("disabled", "false"));
        assertThat(received(router, "/ppp/secret/add")).isEqualTo(1);
        assertThat(received(router, "/ppp/secret/set")).isZero();
    }

    @Test
    void bringsAnExistingSecretToTheDesiredPasswordProfileAddressCommentAndFlag() throws Exception {
        gateway.ensurePppProfile(nas, "20M-40M", new RateLimit(20_000, 40_000));
        String id = router.state().add(SECRETS, Map.of("name", "bob", "password", "old", "service", "any",
                "profile", "default", "comment", "made by hand", "disabled", "true"));

        RouterItemId ensured = gateway.ensurePppSecret(nas,
                secret("bob", "new-password", "20M-40M", "10.10.0.9", "upgraded", false));

        assertThat(ensured.value()).isEqualTo(id);
        assertThat(router.state().find(SECRETS, "name", "bob")).get().satisfies(secret -> assertThat(secret)
                .containsEntry("password", "new-password")
                .containsEntry("service", "pppoe")
                .containsEntry("profile", "20M-40M")
                .containsEntry("remote-address", "10.10.0.9")
                .containsEntry("comment", "upgraded")
                .containsEntry("disabled", "false"));
        assertThat(received(router, "/ppp/secret/add")).isZero();
    }

    @Test
    void unsetsAnAddressTheSecretShouldNoLongerHave() throws Exception {
        router.state().add(SECRETS, Map.of("name", "dewi", "password", "pw", "service", "pppoe",
                "profile", "default", "remote-address", "10.10.0.44", "local-address", "10.10.0.1"));

        gateway.ensurePppSecret(nas, secret("dewi", "pw", "default", null, null, false));

        assertThat(router.state().find(SECRETS, "name", "dewi")).get().satisfies(secret -> assertThat(secret)
                .doesNotContainKey("remote-address")
                .doesNotContainKey("local-address"));
        assertThat(received(router, "/ppp/secret/unset")).isEqualTo(2);
    }

    @Test
    void clearsACommentTheSecretShouldNoLongerHave() throws Exception {
        router.state().add(SECRETS, Map.of("name", "carol", "password", "pw", "service", "pppoe",
                "profile", "default", "comment", "paid until March"));

        gateway.ensurePppSecret(nas, secret("carol", "pw", "default", null, null, false));

        assertThat(router.state().find(SECRETS, "name", "carol")).get().satisfies(secret ->
                assertThat(secret.getOrDefault("comment", "")).isEmpty());
        assertThat(received(router, "/ppp/secret/set")).isEqualTo(1);
    }

    @Test
    void keepsSpacesQuotesAndCommandWordsInValuesIntact() throws Exception {
        String comment = "Paket \"Rumah\" where name=x and 10M/20M";
        String password = "it's a pass word";

        gateway.ensurePppSecret(nas, secret("dewi sri", password, "default", null, comment, false));
        gateway.ensurePppSecret(nas, secret("dewi sri", password, "default", null, comment, false));

        assertThat(router.state().find(SECRETS, "name", "dewi sri")).get().satisfies(secret -> assertThat(secret)
                .containsEntry("password", password)
                .containsEntry("comment", comment));
        assertThat(received(router, "/ppp/secret/set")).isZero();
    }

    @Test
    void refusesAValueTheClientLibraryCannotSendWithoutEchoingIt() {
        String unsendable = "both \" and ' quotes";

        assertThatThrownBy(() -> gateway.ensurePppSecret(nas, secret("eko", unsendable, "default", null, null, false)))
                .isInstanceOf(RouterRejected.class)
                .hasMessageContaining("password")
                .hasMessageNotContaining(unsendable);
        assertThat(router.state().find(SECRETS, "name", "eko")).isEmpty();
    }

    @Test
    void disablesAndEnablesASecretAndRefusesOneThatDoesNotExist() throws Exception {
        gateway.ensurePppSecret(nas, secret("fajar", "pw", "default", null, null, false));

        gateway.disablePppSecret(nas, "fajar");
        gateway.disablePppSecret(nas, "fajar");
        assertThat(router.state().find(SECRETS, "name", "fajar")).get().satisfies(secret ->
                assertThat(secret).containsEntry("disabled", "true"));

        gateway.enablePppSecret(nas, "fajar");
        assertThat(router.state().find(SECRETS, "name", "fajar")).get().satisfies(secret ->
                assertThat(secret).containsEntry("disabled", "false"));
        assertThat(received(router, "/ppp/secret/set")).isEqualTo(2);

        assertThatThrownBy(() -> gateway.disablePppSecret(nas, "nobody"))
                .isInstanceOf(RouterRejected.class)
                .hasMessageContaining("nobody");
    }

    @Test
    void removesASecretAndSucceedsWhenItIsAlreadyGone() throws Exception {
        gateway.ensurePppSecret(nas, secret("gita", "pw", "default", null, null, false));

        gateway.removePppSecret(nas, "gita");
        gateway.removePppSecret(nas, "gita");

        assertThat(router.state().find(SECRETS, "name", "gita")).isEmpty();
        assertThat(received(router, "/ppp/secret/remove")).isEqualTo(1);
    }

    @Test
    void kicksEverySessionOfTheUserAndCountsThem() throws Exception {
        router.state().add("/ppp/active", Map.of("name", "hadi", "address", "10.10.0.4", "uptime", "1h"));
        router.state().add("/ppp/active", Map.of("name", "hadi", "address", "10.10.0.5", "uptime", "5m"));
        router.state().add("/ppp/active", Map.of("name", "indah", "address", "10.10.0.6", "uptime", "2d"));

        assertThat(gateway.kickActiveSessions(nas, "hadi")).isEqualTo(2);
        assertThat(gateway.kickActiveSessions(nas, "hadi")).isZero();

        assertThat(router.state().records("/ppp/active")).extracting(session -> session.get("name"))
                .containsExactly("indah");
    }

    @Test
    void putsAnAddressOnTheIsolirListOnceAndTakesItOff() throws Exception {
        gateway.ensureAddressListEntry(nas, "isolir", "10.10.0.7", "NetLedger: invoice 2024-118 overdue");
        gateway.ensureAddressListEntry(nas, "isolir", "10.10.0.7/32", "NetLedger: invoice 2024-118 overdue");

        assertThat(router.state().records("/ip/firewall/address-list")).singleElement().satisfies(entry ->
                assertThat(entry).containsEntry("list", "isolir").containsEntry("address", "10.10.0.7")
                        .containsEntry("comment", "NetLedger: invoice 2024-118 overdue"));
        assertThat(received(router, "/ip/firewall/address-list/add")).isEqualTo(1);

        gateway.removeAddressListEntry(nas, "isolir", "10.10.0.7/32");
        gateway.removeAddressListEntry(nas, "isolir", "10.10.0.7");

        assertThat(router.state().records("/ip/firewall/address-list")).isEmpty();
    }

    @Test
    void readsOneAddressListWithItsComments() throws Exception {
        gateway.ensureAddressListEntry(nas, "isolir", "10.10.0.9", "netledger:budi");
        router.state().add("/ip/firewall/address-list", Map.of("list", "isolir", "address", "10.10.0.10/32"));
        router.state().add("/ip/firewall/address-list", Map.of("list", "tamu", "address", "10.10.0.11"));

        assertThat(gateway.addressListEntries(nas, "isolir"))
                .extracting(AddressListEntry::list, AddressListEntry::address, AddressListEntry::comment)
                .containsExactlyInAnyOrder(tuple("isolir", "10.10.0.9", "netledger:budi"),
                        tuple("isolir", "10.10.0.10", null));
        assertThat(gateway.addressListEntries(nas, "kosong")).isEmpty();
    }

    @Test
    void limitsAnAddressWithASimpleQueueAndRemovesIt() throws Exception {
        gateway.ensureSimpleQueue(nas, "static-joko", "10.10.0.8", TEN_BY_TWENTY);
        gateway.ensureSimpleQueue(nas, "static-joko", "10.10.0.8", TEN_BY_TWENTY);
        assertThat(router.state().find("/queue/simple", "name", "static-joko")).get().satisfies(queue ->
                assertThat(queue).containsEntry("target", "10.10.0.8/32").containsEntry("max-limit", "10M/20M"));

        gateway.ensureSimpleQueue(nas, "static-joko", "10.10.0.8", new RateLimit(5_000, 512));
        assertThat(router.state().find("/queue/simple", "name", "static-joko")).get().satisfies(queue ->
                assertThat(queue).containsEntry("max-limit", "5M/512k"));
        assertThat(received(router, "/queue/simple/add")).isEqualTo(1);
        assertThat(received(router, "/queue/simple/set")).isEqualTo(1);

        gateway.removeSimpleQueue(nas, "static-joko");
        gateway.removeSimpleQueue(nas, "static-joko");
        assertThat(router.state().find("/queue/simple", "name", "static-joko")).isEmpty();
    }

    @Test
    void createsAHotspotUserWithLimitsAndRemovesIt() throws Exception {
        HotspotUser voucher = new HotspotUser("v-8841", seal("7731"), "default", Duration.ofHours(26), 5_000_000_000L);

        RouterItemId first = gateway.ensureHotspotUser(nas, voucher);
        RouterItemId again = gateway.ensureHotspotUser(nas, voucher);

        assertThat(again).isEqualTo(first);
        assertThat(router.state().find("/ip/hotspot/user", "name", "v-8841")).get().satisfies(user ->
                assertThat(user).containsEntry("password", "7731").containsEntry("profile", "default")
                        .containsEntry("limit-uptime", "1d2h").containsEntry("limit-bytes-total", "5000000000"));
        assertThat(received(router, "/ip/hotspot/user/set")).isZero();

        gateway.removeHotspotUser(nas, "v-8841");
        gateway.removeHotspotUser(nas, "v-8841");
        assertThat(router.state().find("/ip/hotspot/user", "name", "v-8841")).isEmpty();
    }

    @Test
    void readsTheSystemResource() throws Exception {
        Map<String, String> printed = router.state().records("/system/resource").get(0);

        SystemResource resource = gateway.systemResource(nas);

        assertThat(resource.version()).startsWith(version).isEqualTo(printed.get("version"));
        assertThat(resource.cpuLoadPercent()).isEqualTo(Integer.parseInt(printed.get("cpu-load")));
        assertThat(resource.freeMemoryBytes()).isEqualTo(Long.parseLong(printed.get("free-memory")));
        assertThat(resource.totalMemoryBytes()).isEqualTo(Long.parseLong(printed.get("total-memory")));
        assertThat(resource.uptime()).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(resource.boardName()).isEqualTo(printed.get("board-name"));
    }

    @Test
    void readsInterfacesWithTheirCounters() throws Exception {
        List<RouterInterface> interfaces = gateway.interfaces(nas);

        assertThat(interfaces).extracting(RouterInterface::name).contains("ether1", "ether2");
        assertThat(interfaces).filteredOn(link -> link.name().equals("ether1")).singleElement().satisfies(ether1 -> {
            assertThat(ether1.type()).isEqualTo("ether");
            assertThat(ether1.running()).isTrue();
            assertThat(ether1.rxBytes()).isEqualTo(Long.parseLong(
                    router.state().find("/interface", "name", "ether1").orElseThrow().get("rx-byte")));
        });
    }

    @Test
    void samplesTheTrafficOfAnInterfaceAndRefusesAnUnknownOne() throws Exception {
        InterfaceTraffic traffic = gateway.traffic(nas, "ether1");

        assertThat(traffic.interfaceName()).isEqualTo("ether1");
        assertThat(traffic.rxBitsPerSecond() + traffic.txBitsPerSecond()).isPositive();
        assertThatThrownBy(() -> gateway.traffic(nas, "ether99")).isInstanceOf(RouterRejected.class);
    }

    @Test
    void listsWhoIsOnline() throws Exception {
        router.state().add("/ppp/active", Map.of("name", "kartika", "service", "pppoe", "address", "10.10.0.10",
                "caller-id", "AA:BB:CC:00:11:22", "uptime", "1d2h3m4s"));

        List<PppSession> sessions = gateway.activeSessions(nas);

        assertThat(sessions).singleElement().satisfies(session -> {
            assertThat(session.name()).isEqualTo("kartika");
            assertThat(session.service()).isEqualTo("pppoe");
            assertThat(session.address()).isEqualTo("10.10.0.10");
            assertThat(session.callerId()).isEqualTo("AA:BB:CC:00:11:22");
            assertThat(session.uptime()).isEqualTo(Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4));
        });
    }

    @Test
    void readsTheLogFromTheLastEntrySeen() throws Exception {
        List<RouterLogEntry> boot = gateway.logSince(nas, null);
        assertThat(boot).isNotEmpty();
        RouterItemId lastSeen = boot.get(boot.size() - 1).id();

        router.state().add("/log", Map.of("topics", "pppoe,ppp,info", "message", "<pppoe-lina>: authenticated"));
        List<RouterLogEntry> since = gateway.logSince(nas, lastSeen);

        assertThat(since).singleElement().satisfies(entry -> {
            assertThat(entry.topics()).isEqualTo("pppoe,ppp,info");
            assertThat(entry.message()).isEqualTo("<pppoe-lina>: authenticated");
            assertThat(entry.id()).isGreaterThan(lastSeen);
        });
        assertThat(gateway.logSince(nas, since.get(0).id())).isEmpty();
    }

    @Test
    void listsSecretsWithoutPasswordsAndProfilesWithTheirSpeeds() throws Exception {
        gateway.ensurePppProfile(nas, "10M-20M", TEN_BY_TWENTY);
        gateway.ensurePppSecret(nas, secret("mira", "never-read", "10M-20M", "10.10.0.11", "import me", true));

        List<PppSecretEntry> secrets = gateway.pppSecrets(nas);
        List<PppProfileEntry> profiles = gateway.pppProfiles(nas);

        assertThat(secrets).singleElement().satisfies(secret -> {
            assertThat(secret.name()).isEqualTo("mira");
            assertThat(secret.service()).isEqualTo("pppoe");
            assertThat(secret.profile()).isEqualTo("10M-20M");
            assertThat(secret.remoteAddress()).isEqualTo("10.10.0.11");
            assertThat(secret.comment()).isEqualTo("import me");
            assertThat(secret.disabled()).isTrue();
            assertThat(secret.toString()).doesNotContain("never-read");
        });
        assertThat(profiles).extracting(PppProfileEntry::name).contains("default", "10M-20M");
        assertThat(profiles).filteredOn(profile -> profile.name().equals("10M-20M")).singleElement()
                .satisfies(profile -> assertThat(profile.speeds()).contains(TEN_BY_TWENTY));
    }

    @Test
    void readsSecretsWithTheirPasswordsSealedAsTheyAreReadWhenAsked() throws Exception {
        gateway.ensurePppSecret(nas, secret("omar", "omar-pw-3", "default", null, "Omar", false));
        router.state().add(SECRETS, Map.of("name", "tanpa", "service", "pppoe", "profile", "default"));
        List<String> sealed = new ArrayList<>();

        List<PppSecretEntry> secrets = gateway.pppSecretsWithPasswords(nas, password -> {
            sealed.add(password);
            return seal(password);
        });

        assertThat(secrets).filteredOn(secret -> secret.name().equals("omar")).singleElement()
                .satisfies(secret -> assertThat(secret.password()).isEqualTo(seal("omar-pw-3")));
        assertThat(secrets).filteredOn(secret -> secret.name().equals("tanpa")).singleElement()
                .satisfies(secret -> assertThat(secret.password()).as("the router sent none").isNull());
        assertThat(sealed).containsExactly("omar-pw-3");
        assertThat(gateway.pppSecrets(nas)).allSatisfy(secret -> assertThat(secret.password()).isNull());
    }

    @Test
    void servesEveryCallOnOneConnectionEvenWhenPrintsFindNothing() throws Exception {
        gateway.removePppSecret(nas, "nobody");
        assertThat(gateway.kickActiveSessions(nas, "nobody")).isZero();
        assertThat(gateway.pppSecrets(nas)).isEmpty();
        gateway.removeAddressListEntry(nas, "isolir", "10.10.0.12");
        gateway.ensurePppSecret(nas, secret("nina", "pw", "default", null, null, false));

        assertThat(router.state().find(SECRETS, "name", "nina")).isPresent();
        assertThat(logins(router)).isEqualTo(1);
    }

    private Map<String, String> profile(String name) {
        return router.state().find("/ppp/profile", "name", name).orElseThrow();
    }

    private static PppSecret secret(String name, String password, String profile, String remoteAddress,
                                    String comment, boolean disabled) {
        return new PppSecret(name, seal(password), profile, null, remoteAddress, comment, disabled);
    }
}
