package io.netledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text that reaches a command is text the read model can store: no NUL, no stray control characters, not too long. */
class TextTest {

    @Test
    void aLineRefusesNulAndEveryControlCharacterIncludingLineBreaks() {
        assertThat(Text.line("name", "Sari Dewi", 255)).isEqualTo("Sari Dewi");
        assertThatThrownBy(() -> Text.line("name", "Sari\u0000Dewi", 255)).isInstanceOf(RuleViolation.class)
                .hasMessage("name holds the NUL character (\\u0000), which cannot be stored");
        for (String bad : new String[] {"a\nb", "a\rb", "a\tb", "a\u001bb", "a\u007fb", "a\u0085b"}) {
            assertThatThrownBy(() -> Text.line("name", bad, 255)).as(bad).isInstanceOf(RuleViolation.class)
                    .hasMessageStartingWith("name is one line without control characters");
        }
    }

    @Test
    void textOfSeveralLinesKeepsLineBreaksAndTabsButNotNulOrOtherControls() {
        assertThat(Text.lines("address", "Jl. Merdeka 1\r\nRT 02\tRW 03", 500)).isEqualTo("Jl. Merdeka 1\r\nRT 02\tRW 03");
        assertThatThrownBy(() -> Text.lines("address", "Jl.\u0000", 500)).hasMessageContaining("NUL");
        assertThatThrownBy(() -> Text.lines("address", "Jl.\u0007", 500)).isInstanceOf(RuleViolation.class)
                .hasMessage("address holds a control character other than a line break or tab: \\u0007");
    }

    @Test
    void lengthIsCountedInCharactersAsPostgresqlCountsThem() {
        String emoji = "\uD83D\uDE00".repeat(255);
        assertThat(Text.line("name", emoji, 255)).isEqualTo(emoji);
        assertThatThrownBy(() -> Text.line("name", emoji + "x", 255)).isInstanceOf(RuleViolation.class)
                .hasMessage("name is longer than 255 characters");
        assertThatThrownBy(() -> Text.line("name", "half \uD83D", 255)).hasMessageContaining("surrogate");
    }

    @Test
    void jsonRefusesNulInAnyKeyOrStringAtAnyDepth() {
        Map<String, Object> fine = Map.of("vlan", 10, "tags", List.of("a", "b"), "inner", Map.of("k", "v"));
        assertThat(Text.json("metadata", fine)).isSameAs(fine);
        assertThatThrownBy(() -> Text.json("metadata", Map.of("k\u0000", "v"))).hasMessageContaining("NUL");
        assertThatThrownBy(() -> Text.json("metadata", Map.of("tags", List.of("ok", Map.of("x", "a\u0000")))))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("metadata holds the NUL character");
    }

    @Test
    void nullPassesForTheCommandToRequireOrNot() {
        assertThat(Text.line("city", null, 100)).isNull();
        assertThat((Object) Text.json("metadata", null)).isNull();
    }
}
