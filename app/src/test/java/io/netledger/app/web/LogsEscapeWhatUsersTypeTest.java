package io.netledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What a user typed reaches the log escaped: a newline in it cannot write a line of its own. */
@ExtendWith(OutputCaptureExtension.class)
class LogsEscapeWhatUsersTypeTest extends ApiTest {

    @Test
    void aLoginEmailReachesTheLogNeitherInClearNorAsALineOfItsOwn(CapturedOutput output) {
        Reply refused = api.post("/api/v1/auth/login", null, """
                {"email": "nobody@isp.id\\n2026-12-02T08:00:00.000Z  INFO 1 --- [netledger] FORGED admin logged in\\r\\u0000x",
                 "password": "whatever-password"}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(401);
        assertThat(refused.isProblem()).isTrue();

        Awaitility.await().until(() -> output.getOut().contains("Refused a login for an unknown email, print "));
        assertThat(output.getOut()).as("an email is personal data (docs/adr/0015)").doesNotContain("nobody@isp.id");
        assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith("2026-12-02T08:00:00.000Z"));
    }

    @Test
    void controlCharactersAreWrittenAsEscapes() {
        assertThat(LoggedInput.escape("a\nb\r\tc\u0000d\u001be\u007f\u2028f\\g")).isEqualTo(
                "a\\nb\\r\\tc\\u0000d\\u001be\\u007f\\u2028f\\\\g");
        assertThat(LoggedInput.escape("Siti Rahayu <siti@isp.id>")).isEqualTo("Siti Rahayu <siti@isp.id>");
        assertThat(LoggedInput.escape(null)).isEqualTo("null");
    }
}
