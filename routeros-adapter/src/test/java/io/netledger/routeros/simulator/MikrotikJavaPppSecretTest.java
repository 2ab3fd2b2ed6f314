package io.netledger.routeros.simulator;

import static io.netledger.routeros.simulator.MikrotikJavaLoginTest.loggedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import me.legrange.mikrotik.ApiConnection;
import me.legrange.mikrotik.MikrotikApiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /ppp/secret driven by the real mikrotik-java 3.0.8 client. */
class MikrotikJavaPppSecretTest {

    private RouterOsSimulator router;
    private ApiConnection api;

    @BeforeEach
    void start() throws Exception {
        router = RouterOsSimulator.start(SimulatorConfig.defaults());
        api = loggedIn(router);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
        router.close();
    }

    @Test
    void addAnswersTheNewIdAndPrintShowsTheSecretWithRouterDefaults() throws Exception {
        List<Map<String, String>> added = api.execute("/ppp/secret/add name=alice password=s3cret service=pppoe");

        String id = added.get(0).get("ret");
        assertThat(id).matches("\\*[0-9A-F]+");
        assertThat(api.execute("/ppp/secret/print where name=alice")).singleElement().satisfies(secret ->
                assertThat(secret).containsEntry(".id", id)
                        .containsEntry("name", "alice")
                        .containsEntry("password", "s3cret")
                        .containsEntry("service", "pppoe")
                        .containsEntry("profile", "default")
                        .containsEntry("caller-id", "")
                        .containsEntry("disabled", "false"));
        assertThat(router.state().find("/ppp/secret", "name", "alice")).isPresent();
    }

    @Test
    void givesEachNewItemTheNextIdInUpperCaseHex() throws Exception {
        for (int i = 0; i < 11; i++) {
            router.state().add("/ppp/secret", Map.of("name", "seed" + i));
        }

        String id = api.execute("/ppp/secret/add name=alice").get(0).get("ret");

        assertThat(id).isEqualTo("*C");
    }

    @Test
    void refusesASecondSecretWithTheSameName() throws Exception {
        api.execute("/ppp/secret/add name=alice password=one");

        assertThatThrownBy(() -> api.execute("/ppp/secret/add name=alice password=two"))
                .isInstanceOf(MikrotikApiException.class)
                .hasMessage("failure: secret with the same name already exists");
        assertThat(router.state().records("/ppp/secret")).hasSize(1);
    }

    @Test
    void refusesAProfileTheRouterDoesNotHave() throws Exception {
        assertThatThrownBy(() -> api.execute("/ppp/secret/add name=alice profile=gold"))
                .hasMessage("input does not match any value of profile");

        api.execute("/ppp/profile/add name=gold rate-limit=10M/20M");
        api.execute("/ppp/secret/add name=alice profile=gold");
        assertThat(router.state().find("/ppp/secret", "name", "alice").orElseThrow()).containsEntry("profile", "gold");
    }

    @Test
    void refusesAnAttributeTheMenuDoesNotHave() {
        assertThatThrownBy(() -> api.execute("/ppp/secret/add name=alice speed=10M"))
                .hasMessage("unknown parameter speed");
    }

    @Test
    void setChangesTheSecretFoundByIdOrByName() throws Exception {
        String id = router.state().add("/ppp/secret", Map.of("name", "alice", "password", "one"));

        api.execute("/ppp/secret/set .id=" + id + " password=two comment=moved");
        api.execute("/ppp/secret/set numbers=alice remote-address=10.10.0.5");

        assertThat(router.state().find("/ppp/secret", "name", "alice").orElseThrow())
                .containsEntry("password", "two")
                .containsEntry("comment", "moved")
                .containsEntry("remote-address", "10.10.0.5");
    }

    @Test
    void unsetTakesAnAttributeAwayOrBackToItsDefault() throws Exception {
        String id = router.state().add("/ppp/secret",
                Map.of("name", "alice", "remote-address", "10.10.0.5", "service", "pppoe", "comment", "old"));

        api.execute("/ppp/secret/unset numbers=" + id + " value-name=remote-address");
        api.execute("/ppp/secret/unset numbers=alice value-name=service");

        assertThat(router.state().find("/ppp/secret", "name", "alice").orElseThrow())
                .doesNotContainKey("remote-address")
                .containsEntry("service", "any")
                .containsEntry("comment", "old");
        assertThatThrownBy(() -> api.execute("/ppp/secret/unset numbers=alice value-name=name"))
                .hasMessage("invalid value for argument value-name");
    }

    @Test
    void setOrRemoveOfAnUnknownItemIsNoSuchItem() {
        assertThatThrownBy(() -> api.execute("/ppp/secret/set .id=*99 password=x")).hasMessage("no such item");
        assertThatThrownBy(() -> api.execute("/ppp/secret/remove numbers=bob")).hasMessage("no such item");
    }

    @Test
    void removeDeletesTheSecret() throws Exception {
        String id = router.state().add("/ppp/secret", Map.of("name", "alice"));

        api.execute("/ppp/secret/remove .id=" + id);

        assertThat(router.state().records("/ppp/secret")).isEmpty();
        assertThat(api.execute("/ppp/secret/print")).isEmpty();
    }

    @Test
    void disableAndEnableFlipDisabled() throws Exception {
        String id = router.state().add("/ppp/secret", Map.of("name", "alice"));

        api.execute("/ppp/secret/disable .id=" + id);
        assertThat(api.execute("/ppp/secret/print where name=alice").get(0)).containsEntry("disabled", "true");

        api.execute("/ppp/secret/enable numbers=alice");
        assertThat(api.execute("/ppp/secret/print where name=alice").get(0)).containsEntry("disabled", "false");
    }

    @Test
    void acceptsYesAndNoForBooleansAndPrintsTrueAndFalse() throws Exception {
        api.execute("/ppp/secret/add name=alice disabled=yes");

        assertThat(router.state().find("/ppp/secret", "name", "alice").orElseThrow()).containsEntry("disabled", "true");
        assertThatThrownBy(() -> api.execute("/ppp/secret/add name=bob disabled=maybe"))
                .hasMessage("invalid value for argument disabled");
    }

    @Test
    void printReturnsOnlyWhatTheQueryMatchesWithOnlyTheAttributesAskedFor() throws Exception {
        router.state().add("/ppp/secret", Map.of("name", "alice", "profile", "default", "disabled", "true"));
        router.state().add("/ppp/secret", Map.of("name", "bob"));
        router.state().add("/ppp/secret", Map.of("name", "carol", "disabled", "true"));

        List<Map<String, String>> disabled = api.execute("/ppp/secret/print where disabled=true return name,disabled");

        assertThat(disabled).extracting(secret -> Map.copyOf(secret)).containsExactly(
                Map.of("name", "alice", "disabled", "true"),
                Map.of("name", "carol", "disabled", "true"));
        assertThat(api.execute("/ppp/secret/print where name=alice or name=bob")).extracting(s -> s.get("name"))
                .containsExactly("alice", "bob");
        assertThat(api.execute("/ppp/secret/print where name!=alice")).extracting(s -> s.get("name"))
                .containsExactly("bob", "carol");
    }

    @Test
    void printOnRouterOs716AnswersNothingButDoneWhenNothingMatches() throws Exception {
        assertThat(api.execute("/ppp/secret/print where name=nobody")).isEmpty();
    }

    @Test
    void unknownCommandsAreTrappedWithTheRoutersMessage() {
        assertThatThrownBy(() -> api.execute("/ppp/secret/frobnicate")).hasMessage("no such command");
        assertThatThrownBy(() -> api.execute("/routing/bgp/print")).hasMessage("no such command prefix");
        assertThatThrownBy(() -> api.execute("/ppp/active/add name=alice")).hasMessage("no such command");
    }
}
