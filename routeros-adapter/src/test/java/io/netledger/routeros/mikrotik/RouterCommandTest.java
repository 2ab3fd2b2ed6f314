package io.netledger.routeros.mikrotik;

import static io.netledger.routeros.mikrotik.SimulatedRouters.OPENER;
import static io.netledger.routeros.mikrotik.SimulatedRouters.seal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netledger.routeros.EncryptedPassword;
import io.netledger.routeros.RouterRejected;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Commands in the syntax mikrotik-java parses, with values quoted so that nothing in them is read as syntax. */
class RouterCommandTest {

    @Test
    void quotesEveryValueAndWritesQueriesAndTheAttributesToReturn() throws Exception {
        RouterCommand print = RouterCommand.to("/ip/firewall/address-list/print")
                .where("list", "isolir").where("address", "10.0.0.5").returning(List.of(".id", "comment"));

        assertThat(print.render(OPENER)).isEqualTo(
                "/ip/firewall/address-list/print where list=\"isolir\" and address=\"10.0.0.5\" return .id,comment");
    }

    @Test
    void quotesWithWhicheverQuoteTheValueDoesNotContain() throws Exception {
        RouterCommand set = RouterCommand.to("/ppp/secret/set").with(".id", "*1A")
                .with("comment", "Paket \"Rumah\"").with("profile", "Bu Sri's").with("once");

        assertThat(set.render(OPENER)).isEqualTo(
                "/ppp/secret/set .id=\"*1A\" comment='Paket \"Rumah\"' profile=\"Bu Sri's\" once");
    }

    @Test
    void opensAPasswordOnlyToRenderAndNeverShowsItOtherwise() throws Exception {
        RouterCommand add = RouterCommand.to("/ppp/secret/add").with("name", "ani").withSecret("password", seal("p4ss w0rd"));

        assertThat(add.render(OPENER)).isEqualTo("/ppp/secret/add name=\"ani\" password=\"p4ss w0rd\"");
        assertThat(add.toString()).isEqualTo("/ppp/secret/add name=ani password=***").doesNotContain("p4ss");
    }

    @Test
    void refusesWhatTheLibrarysParserCannotCarryWithoutNamingTheValue() {
        RouterCommand bothQuotes = RouterCommand.to("/ppp/secret/add").withSecret("password", seal("a\"b'c"));
        RouterCommand lineBreak = RouterCommand.to("/ppp/secret/add").with("comment", "line one\nline two");

        assertThatThrownBy(() -> bothQuotes.render(OPENER))
                .isInstanceOf(RouterRejected.class).hasMessageContaining("both ' and \"").hasMessageNotContaining("a\"b'c");
        assertThatThrownBy(() -> lineBreak.render(OPENER))
                .isInstanceOf(RouterRejected.class).hasMessageContaining("line break").hasMessageNotContaining("line one");
    }

    @Test
    void reportsAPasswordThatWillNotOpenAsRejected() {
        RouterCommand add = RouterCommand.to("/ppp/secret/add").withSecret("password", new EncryptedPassword("k2:AAAA"));

        assertThatThrownBy(() -> add.render(OPENER))
                .isInstanceOf(RouterRejected.class).hasMessageContaining("cannot be opened");
    }
}
