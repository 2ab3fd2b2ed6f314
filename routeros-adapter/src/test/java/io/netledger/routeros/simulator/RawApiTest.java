package io.netledger.routeros.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.routeros.wire.Sentence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Protocol details checked word by word over the project's wire codec. */
class RawApiTest {

    private RouterOsSimulator router;

    @BeforeEach
    void start() throws Exception {
        router = RouterOsSimulator.start(SimulatorConfig.defaults());
        router.state().add("/ppp/secret", Map.of("name", "alice", "profile", "default", "limit-bytes-in", "500"));
        router.state().add("/ppp/secret", Map.of("name", "bob", "comment", "tower 2", "limit-bytes-in", "2000"));
        router.state().add("/ppp/secret", Map.of("name", "carol", "disabled", "yes", "limit-bytes-in", "10000"));
    }

    @AfterEach
    void stop() {
        router.close();
    }

    @Test
    void everyReplySentenceCarriesTheTagOfItsCommand() throws Exception {
        try (RawApi api = RawApi.connect(router)) {
            api.send("/login", "=name=admin", "=password=secret", ".tag=login");
            assertThat(api.read()).isEqualTo(Sentence.of("!done").withTag("login"));

            api.send("/ppp/secret/print", "?disabled=false", ".tag=a");
            assertThat(api.readUntilDone("a")).hasSize(3).allSatisfy(reply -> assertThat(reply.tag()).contains("a"));

            api.send("/ppp/secret/add", "=name=dave", ".tag=b");
            assertThat(api.read()).isEqualTo(Sentence.of("!done").with("ret", "*4").withTag("b"));

            api.send("/ppp/secret/add", "=name=dave", ".tag=c");
            assertThat(api.readUntilDone("c")).containsExactly(
                    Sentence.of("!trap").with("message", "failure: secret with the same name already exists").withTag("c"),
                    Sentence.of("!done").withTag("c"));
        }
    }

    @Test
    void untaggedCommandsGetUntaggedReplies() throws Exception {
        try (RawApi api = RawApi.loggedIn(router)) {
            api.send("/system/resource/print", "=.proplist=board-name");

            assertThat(api.read()).isEqualTo(Sentence.of("!re").with("board-name", "CCR2004-16G-2S+"));
            assertThat(api.read()).isEqualTo(Sentence.of("!done"));
        }
    }

    @Test
    void cancelStopsAStreamingMonitorTrafficWithAnInterruptedTrap() throws Exception {
        try (RawApi api = RawApi.loggedIn(router)) {
            api.send("/interface/monitor-traffic", "=interface=ether1", ".tag=m");
            Sentence sample = api.read();
            assertThat(sample.word()).isEqualTo("!re");
            assertThat(sample.tag()).contains("m");
            assertThat(sample.attributes()).containsEntry("name", "ether1").containsKeys("rx-bits-per-second");

            api.send("/cancel", "=tag=m", ".tag=c");

            List<Sentence> replies = api.readUntilDone("c");
            assertThat(replies.stream().filter(reply -> !reply.word().equals("!re")))
                    .containsExactly(
                            Sentence.of("!trap").with("category", "2").with("message", "interrupted").withTag("m"),
                            Sentence.of("!done").withTag("m"),
                            Sentence.of("!done").withTag("c"));
            api.readTimeout(1_100);
            assertThat(api.closedByRouter()).as("nothing more arrives and the connection stays open").isFalse();
        }
    }

    @Test
    void queryWordsAreEvaluatedAsAStackProgram() throws Exception {
        try (RawApi api = RawApi.loggedIn(router)) {
            assertThat(names(api, "?name=alice", "?name=bob", "?#|")).containsExactly("alice", "bob");
            assertThat(names(api, "?name=alice", "?name=bob", "?#|!")).containsExactly("carol");
            assertThat(names(api, "?comment")).containsExactly("bob");
            assertThat(names(api, "?-comment", "?disabled=false")).containsExactly("alice");
            assertThat(names(api, "?>limit-bytes-in=1000", "?<limit-bytes-in=5000")).containsExactly("bob");
            assertThat(names(api, "?name=alice", "?name=carol", "?disabled=true", "?#&|")).containsExactly("alice", "carol");
        }
    }

    @Test
    void proplistNamesTheAttributesAndTheirOrder() throws Exception {
        try (RawApi api = RawApi.loggedIn(router)) {
            api.send("/ppp/secret/print", "=.proplist=profile,.id,name,no-such-attribute", "?name=alice", ".tag=p");

            Sentence alice = api.readUntilDone("p").get(0);
            assertThat(alice.attributes()).containsExactly(
                    Map.entry("profile", "default"), Map.entry(".id", "*1"), Map.entry("name", "alice"));
        }
    }

    @Test
    void countOnlyAnswersTheCountInRet() throws Exception {
        try (RawApi api = RawApi.loggedIn(router)) {
            api.send("/ppp/secret/print", "=count-only=", "?disabled=false", ".tag=n");

            assertThat(api.readUntilDone("n")).containsExactly(Sentence.of("!done").with("ret", "2").withTag("n"));
        }
    }

    @Test
    void logsInWithTheMd5ChallengeWordByWord() throws Exception {
        try (RouterOsSimulator old = RouterOsSimulator.start(SimulatorConfig.defaults().withVersion("6.40"));
             RawApi api = RawApi.connect(old)) {
            api.send("/login", ".tag=1");
            Sentence challenge = api.read();
            String ret = challenge.attributes().get("ret");
            assertThat(ret).matches("[0-9a-f]{32}");

            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update((byte) 0);
            md5.update("secret".getBytes(StandardCharsets.UTF_8));
            md5.update(HexFormat.of().parseHex(ret));
            api.send("/login", "=name=admin", "=response=00" + HexFormat.of().formatHex(md5.digest()), ".tag=2");

            assertThat(api.read()).isEqualTo(Sentence.of("!done").withTag("2"));
        }
    }

    @Test
    void aWrongPasswordIsTrappedThenDoneThenTheConnectionCloses() throws Exception {
        try (RawApi api = RawApi.connect(router)) {
            api.send("/login", "=name=admin", "=password=wrong", ".tag=1");

            assertThat(api.readUntilDone("1")).containsExactly(
                    Sentence.of("!trap").with("message", "invalid user name or password (6)").withTag("1"),
                    Sentence.of("!done").withTag("1"));
            assertThat(api.closedByRouter()).isTrue();
        }
    }

    @Test
    void fatalIsABareReasonFollowedByTheRouterClosingTheConnection() throws Exception {
        router.faults().on("/interface/print", new Fault.Fatal("out of memory"), 1);
        try (RawApi api = RawApi.loggedIn(router)) {
            api.send("/interface/print", ".tag=1");

            assertThat(api.read()).isEqualTo(Sentence.fatal("out of memory"));
            assertThat(api.closedByRouter()).isTrue();
        }
    }

    @Test
    void quitEndsTheSessionWithFatal() throws Exception {
        try (RawApi api = RawApi.loggedIn(router)) {
            api.send("/quit", ".tag=q");

            assertThat(api.read()).isEqualTo(Sentence.fatal("session terminated on request"));
            assertThat(api.closedByRouter()).isTrue();
        }
    }

    @Test
    void aSentenceThatIsNotWellFormedIsTrappedAndTheConnectionStaysUsable() throws Exception {
        try (RawApi api = RawApi.loggedIn(router)) {
            api.send("/ppp/secret/add", "=name=x", "=name=y", ".tag=7");

            List<Sentence> replies = api.readUntilDone("7");
            assertThat(replies.get(0).word()).isEqualTo("!trap");
            assertThat(replies.get(0).attributes().get("message")).contains("'name' appears twice");

            api.send("/ppp/secret/print", "=count-only=", ".tag=8");
            assertThat(api.read().attributes()).containsEntry("ret", "3");
        }
    }

    @Test
    void wordsOfEveryLengthRangeTravelBothWays() throws Exception {
        try (RawApi api = RawApi.loggedIn(router)) {
            for (int length : new int[] {0x7F, 0x80, 0x3FFF, 0x4000, 0x1FFFFF, 0x200000}) {
                String comment = "c".repeat(length);
                api.send("/ppp/secret/set", "=numbers=alice", "=comment=" + comment, ".tag=s");
                assertThat(api.read()).isEqualTo(Sentence.of("!done").withTag("s"));

                api.send("/ppp/secret/print", "=.proplist=comment", "?name=alice", ".tag=p");
                assertThat(api.read().attributes().get("comment")).hasSize(length);
                assertThat(api.read().word()).isEqualTo("!done");
            }
        }
    }

    private static List<String> names(RawApi api, String... queries) throws Exception {
        String[] words = new String[queries.length + 3];
        words[0] = "/ppp/secret/print";
        words[1] = "=.proplist=name";
        System.arraycopy(queries, 0, words, 2, queries.length);
        words[words.length - 1] = ".tag=q";
        api.send(words);
        return api.readUntilDone("q").stream()
                .filter(reply -> reply.word().equals("!re"))
                .map(reply -> reply.attributes().get("name"))
                .toList();
    }
}
