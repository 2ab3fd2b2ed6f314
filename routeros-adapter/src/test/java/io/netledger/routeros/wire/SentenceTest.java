package io.netledger.routeros.wire;

import static io.netledger.routeros.wire.WireBytes.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentenceTest {

    @Test
    void writesACommandAsLengthPrefixedWordsEndedByAZeroLengthWord() throws IOException {
        Sentence print = Sentence.of("/ppp/secret/print").withQuery("name=alice");

        assertThat(write(print)).isEqualTo(bytes(0x11, "/ppp/secret/print", 0x0B, "?name=alice", 0x00));
    }

    @Test
    void readsAReReplyWithItsAttributesAndTag() throws IOException {
        byte[] wire = bytes(0x03, "!re", 0x08, "=.id=*1A", 0x0B, "=name=alice", 0x10, "=profile=10M-20M",
                0x06, ".tag=7", 0x00);

        Sentence re = read(wire);

        assertThat(re.word()).isEqualTo("!re");
        assertThat(re.attributes()).containsExactly(
                Map.entry(".id", "*1A"), Map.entry("name", "alice"), Map.entry("profile", "10M-20M"));
        assertThat(re.tag()).contains("7");
        assertThat(re.queries()).isEmpty();
        assertThat(re.reason()).isNull();
    }

    @Test
    void keepsEveryEqualsSignAfterTheNameInTheValue() throws IOException {
        Sentence re = read(bytes(0x03, "!re", 0x0C, "=comment=a=b", 0x00));

        assertThat(re.attributes()).containsEntry("comment", "a=b");
    }

    @Test
    void readsAnEmptyValueAsEmptyText() throws IOException {
        Sentence login = read(bytes(0x06, "/login", 0x0B, "=name=admin", 0x0A, "=password=", 0x00));

        assertThat(login.attributes()).containsEntry("password", "");
    }

    @Test
    void roundTripsACommandWithAttributesApiAttributesAndOrderedQueries() throws IOException {
        Sentence command = Sentence.of("/interface/print")
                .with(".proplist", "name,rx-byte,tx-byte")
                .withTag("42")
                .withQuery("type=ether")
                .withQuery("type=vlan")
                .withQuery("#|")
                .withQuery("-disabled");

        Sentence back = read(write(command));

        assertThat(back).isEqualTo(command);
        assertThat(back.queries()).containsExactly("type=ether", "type=vlan", "#|", "-disabled");
    }

    @Test
    void roundTripsEveryKindOfReply() throws IOException {
        List<Sentence> replies = List.of(
                Sentence.of("!re").with(".id", "*1A").with("name", "alice").with("comment", "Jl. Merdeka № 5, a=b"),
                Sentence.of("!done").with("ret", "*1A").withTag("3"),
                Sentence.of("!trap").with("category", "1").with("message", "failure: secret already exists"),
                Sentence.of("!empty").withTag("4"),
                Sentence.fatal("session terminated on request"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Sentence reply : replies) {
            reply.writeTo(out);
        }

        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());

        for (Sentence reply : replies) {
            assertThat(Sentence.readFrom(in)).contains(reply);
        }
        assertThat(Sentence.readFrom(in)).isEmpty();
    }

    @Test
    void writesAFatalReasonAsTheBareWordAfterTheReplyWord() throws IOException {
        assertThat(write(Sentence.fatal("session terminated on request")))
                .isEqualTo(bytes(0x06, "!fatal", 0x1D, "session terminated on request", 0x00));
    }

    @Test
    void refusesAnAttributeWordWithoutASecondEqualsSign() {
        assertViolation(bytes(0x03, "!re", 0x05, "=name", 0x00), "no '=' between name and value");
    }

    @Test
    void refusesAnAttributeWithoutAName() {
        assertViolation(bytes(0x03, "!re", 0x03, "==x", 0x00), "not a valid attribute name");
    }

    @Test
    void refusesAnApiAttributeWithoutAValue() {
        assertViolation(bytes(0x03, "!re", 0x04, ".tag", 0x00), "no '=' after its name");
    }

    @Test
    void refusesABareWordOutsideAFatalReply() {
        assertViolation(bytes(0x03, "!re", 0x05, "alice", 0x00), "unexpected word 'alice'");
    }

    @Test
    void refusesASentenceThatStartsWithNeitherCommandNorReply() {
        assertViolation(bytes(0x0B, "=name=alice", 0x00), "command word");
    }

    @Test
    void refusesTheSameAttributeTwiceRatherThanDroppingOne() {
        assertViolation(bytes(0x0F, "/ppp/secret/add", 0x07, "=name=a", 0x07, "=name=b", 0x00), "appears twice");
    }

    @Test
    void refusesToBuildAnAttributeWhoseNameWouldReadBackDifferently() {
        assertThatThrownBy(() -> Sentence.of("/ppp/secret/add").with("a=b", "c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid attribute name");
        assertThatThrownBy(() -> Sentence.of("!re").withApiAttribute("tag", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid API attribute name");
    }

    @Test
    void givesOnlyAFatalReplyAReason() {
        assertThatThrownBy(() -> new Sentence("!trap", Map.of(), Map.of(), List.of(), "oops"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only a !fatal reply");
    }

    private static byte[] write(Sentence sentence) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sentence.writeTo(out);
        return out.toByteArray();
    }

    private static Sentence read(byte[] wire) throws IOException {
        return Sentence.readFrom(new ByteArrayInputStream(wire)).orElseThrow();
    }

    private static void assertViolation(byte[] wire, String message) {
        assertThatThrownBy(() -> read(wire))
                .isInstanceOf(ProtocolViolation.class)
                .hasMessageContaining(message);
    }
}
