package io.netledger.routeros.wire;

import static io.netledger.routeros.wire.WireBytes.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordCodecTest {

    @Test
    void encodesAndDecodesLengthOf0InOneByte() throws IOException {
        assertLengthIsWrittenAs(0, bytes(0x00));
    }

    @Test
    void encodesAndDecodesLengthOf0x7FInOneByte() throws IOException {
        assertLengthIsWrittenAs(0x7F, bytes(0x7F));
    }

    @Test
    void encodesAndDecodesLengthOf0x80InTwoBytes() throws IOException {
        assertLengthIsWrittenAs(0x80, bytes(0x80, 0x80));
    }

    @Test
    void encodesAndDecodesLengthOf0x3FFFInTwoBytes() throws IOException {
        assertLengthIsWrittenAs(0x3FFF, bytes(0xBF, 0xFF));
    }

    @Test
    void encodesAndDecodesLengthOf0x4000InThreeBytes() throws IOException {
        assertLengthIsWrittenAs(0x4000, bytes(0xC0, 0x40, 0x00));
    }

    @Test
    void encodesAndDecodesLengthOf0x1FFFFFInThreeBytes() throws IOException {
        assertLengthIsWrittenAs(0x1FFFFF, bytes(0xDF, 0xFF, 0xFF));
    }

    @Test
    void encodesAndDecodesLengthOf0x200000InFourBytes() throws IOException {
        assertLengthIsWrittenAs(0x200000, bytes(0xE0, 0x20, 0x00, 0x00));
    }

    @Test
    void encodesAndDecodesLengthOf0xFFFFFFFInFourBytes() throws IOException {
        assertLengthIsWrittenAs(0xFFFFFFF, bytes(0xEF, 0xFF, 0xFF, 0xFF));
    }

    @Test
    void encodesAndDecodesLengthOf0x10000000AsF0AndFourBytes() throws IOException {
        assertLengthIsWrittenAs(0x10000000, bytes(0xF0, 0x10, 0x00, 0x00, 0x00));
    }

    @Test
    void decodesTheLargestF0FormLengthWithoutOverflow() throws IOException {
        assertThat(WordCodec.readLength(in(bytes(0xF0, 0xFF, 0xFF, 0xFF, 0xFF)))).isEqualTo(0xFFFFFFFFL);
    }

    @Test
    void acceptsLongerPrefixThanNeededAsMikrotikJavaWritesFor0x20000() throws IOException {
        assertThat(WordCodec.readLength(in(bytes(0xE0, 0x02, 0x00, 0x00)))).isEqualTo(0x20000);
        assertThat(WordCodec.readWord(in(bytes(0x80, 0x03, "!re")))).isEqualTo("!re");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 0x7F, 0x80, 0x3FFF, 0x4000, 0x1FFFFF, 0x200000})
    void writesEachWordAfterItsPrefixAndReadsItBack(int length) throws IOException {
        String word = "x".repeat(length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        WordCodec.writeWord(out, word);

        byte[] prefix = WordCodec.encodeLength(length);
        assertThat(out.size()).isEqualTo(prefix.length + length);
        assertThat(out.toByteArray()).startsWith(prefix);
        assertThat(WordCodec.readWord(in(out.toByteArray()))).isEqualTo(word);
    }

    @Test
    void countsLengthInUtf8BytesNotCharacters() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        WordCodec.writeWord(out, "café");

        assertThat(out.toByteArray()).isEqualTo(bytes(0x05, 0x63, 0x61, 0x66, 0xC3, 0xA9));
        assertThat(WordCodec.readWord(in(out.toByteArray()))).isEqualTo("café");
    }

    @Test
    void endsEachSentenceWithAZeroLengthWord() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        WordCodec.writeSentence(out, List.of("/login", "=name=admin", "=password="));

        assertThat(out.toByteArray()).isEqualTo(
                bytes(0x06, "/login", 0x0B, "=name=admin", 0x0A, "=password=", 0x00));
    }

    @Test
    void readsSentencesOneAfterAnotherThenTheCleanEndOfTheStream() throws IOException {
        ByteArrayInputStream in = in(bytes(0x03, "!re", 0x08, "=.id=*1A", 0x00, 0x05, "!done", 0x00));

        assertThat(WordCodec.readSentence(in)).contains(List.of("!re", "=.id=*1A"));
        assertThat(WordCodec.readSentence(in)).contains(List.of("!done"));
        assertThat(WordCodec.readSentence(in)).isEqualTo(Optional.empty());
    }

    @Test
    void skipsEmptySentencesAsTheManualAsks() throws IOException {
        assertThat(WordCodec.readSentence(in(bytes(0x00, 0x00, 0x05, "!done", 0x00)))).contains(List.of("!done"));
    }

    @Test
    void refusesAnEmptyStreamWhereAWordWasExpected() {
        assertViolation(bytes(), "stream ended where a word length was expected");
    }

    @Test
    void refusesAStreamThatEndsInsideALengthPrefix() {
        assertViolation(bytes(0x80), "inside a word length prefix");
        assertViolation(bytes(0xC0, 0x40), "inside a word length prefix");
        assertViolation(bytes(0xF0, 0x00, 0x00), "inside a word length prefix");
    }

    @Test
    void refusesAStreamThatEndsInsideAWord() {
        assertViolation(bytes(0x05, "!do"), "stream ended after 3 of a word's 5 bytes");
    }

    @Test
    void refusesASentenceCutOffBeforeItsZeroLengthWord() {
        assertThatThrownBy(() -> WordCodec.readSentence(in(bytes(0x05, "!done"))))
                .isInstanceOf(ProtocolViolation.class)
                .hasMessageContaining("stream ended where a word length was expected");
        assertThatThrownBy(() -> WordCodec.readSentence(in(bytes(0x03, "!re", 0x0B, "=name=al"))))
                .isInstanceOf(ProtocolViolation.class)
                .hasMessageContaining("stream ended after 8 of a word's 11 bytes");
    }

    @ParameterizedTest
    @ValueSource(ints = {0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE, 0xFF})
    void refusesReservedControlBytesAsALength(int controlByte) {
        assertViolation(bytes(controlByte, "!done"), "reserved control byte");
    }

    @ParameterizedTest
    @ValueSource(ints = {0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7})
    void refusesPrefixBytesNoLengthEncodingProduces(int prefix) {
        assertViolation(bytes(prefix, 0x00, 0x00, 0x00, 0x05, "!done"), "is not a word length prefix");
    }

    @Test
    void refusesAWordLongerThanTheLimitBeforeReadingIt() {
        assertViolation(bytes(0xF0, 0x10, 0x00, 0x00, 0x00), "longer than the 16777216 this codec reads");
        assertViolation(bytes(0xE1, 0x00, 0x00, 0x01), "a word of 16777217 bytes");
    }

    @Test
    void refusesAWordThatIsNotUtf8() {
        assertViolation(bytes(0x02, 0xC3, 0x28), "not UTF-8");
    }

    @Test
    void refusesToWriteAnEmptyWordInsideASentenceBecauseItWouldEndIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> WordCodec.writeSentence(out, List.of("/ppp/secret/add", "", "=name=alice")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero-length word");
        assertThat(out.size()).isZero();
    }

    @Test
    void writesNothingOfASentenceWithAWordThatIsNotUnicode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> WordCodec.writeSentence(out, List.of("/ppp/secret/add", "=comment=\uD800")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valid Unicode");
        assertThat(out.size()).isZero();
    }

    private static void assertLengthIsWrittenAs(int length, byte[] prefix) throws IOException {
        assertThat(WordCodec.encodeLength(length)).isEqualTo(prefix);
        ByteArrayInputStream in = in(prefix);
        assertThat(WordCodec.readLength(in)).isEqualTo(length);
        assertThat(in.available()).isZero();
    }

    private static void assertViolation(byte[] wire, String message) {
        assertThatThrownBy(() -> WordCodec.readWord(in(wire)))
                .isInstanceOf(ProtocolViolation.class)
                .isInstanceOf(IOException.class)
                .hasMessageContaining(message);
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
