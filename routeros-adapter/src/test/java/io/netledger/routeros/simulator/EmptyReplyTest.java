package io.netledger.routeros.simulator;

import static io.netledger.routeros.simulator.MikrotikJavaLoginTest.loggedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netledger.routeros.wire.Sentence;
import java.util.Map;
import me.legrange.mikrotik.ApiConnection;
import org.junit.jupiter.api.Test;

/** RouterOS 7.18 answers a print that finds nothing with {@code !empty}; earlier versions with {@code !done} alone. */
class EmptyReplyTest {

    @Test
    void routerOs718AnswersEmptyThenDoneWhenAPrintFindsNothing() throws Exception {
        try (RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults().withVersion("7.18"));
             RawApi api = RawApi.loggedIn(router)) {
            api.send("/ppp/secret/print", "?name=nobody", ".tag=9");

            assertThat(api.readUntilDone("9")).containsExactly(
                    Sentence.of("!empty").withTag("9"),
                    Sentence.of("!done").withTag("9"));
        }
    }

    @Test
    void routerOs716AnswersDoneAloneWhenAPrintFindsNothing() throws Exception {
        try (RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults().withVersion("7.16"));
             RawApi api = RawApi.loggedIn(router)) {
            api.send("/ppp/secret/print", "?name=nobody", ".tag=9");

            assertThat(api.readUntilDone("9")).containsExactly(Sentence.of("!done").withTag("9"));
        }
    }

    @Test
    void routerOs718SendsNoEmptyWhenSomethingIsFoundOrOnlyCounted() throws Exception {
        try (RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults().withVersion("7.18.2"));
             RawApi api = RawApi.loggedIn(router)) {
            router.state().add("/ppp/secret", Map.of("name", "alice"));

            api.send("/ppp/secret/print", "=.proplist=name", ".tag=1");
            assertThat(api.readUntilDone("1")).extracting(Sentence::word).containsExactly("!re", "!done");
            api.send("/ppp/secret/print", "=count-only=", "?name=nobody", ".tag=2");
            assertThat(api.readUntilDone("2")).containsExactly(Sentence.of("!done").with("ret", "0").withTag("2"));
        }
    }

    @Test
    void mikrotikJava308CannotReadEmptyAndTheConnectionStopsAnswering() throws Exception {
        try (RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults().withVersion("7.18"));
             ApiConnection api = loggedIn(router)) {
            api.setTimeout(300);

            assertThatThrownBy(() -> api.execute("/ppp/secret/print where name=nobody")).hasMessageContaining("timed out");
            // Its reader keeps failing on the same !empty line, so nothing after it arrives either.
            assertThatThrownBy(() -> api.execute("/system/resource/print")).hasMessageContaining("timed out");
        }
    }
}
