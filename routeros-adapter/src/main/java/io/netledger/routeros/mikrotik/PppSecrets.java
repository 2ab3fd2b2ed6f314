package io.netledger.routeros.mikrotik;

import static io.netledger.routeros.mikrotik.RouterMenu.key;

import io.netledger.routeros.PasswordSealer;
import io.netledger.routeros.PppSecret;
import io.netledger.routeros.PppSecretEntry;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterItemId;
import io.netledger.routeros.RouterRejected;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** PPPoE accounts: {@code /ppp/secret}. */
final class PppSecrets {

    private static final RouterMenu MENU = new RouterMenu("/ppp/secret");
    private static final String SERVICE = "pppoe";
    private static final String PASSWORD = "password";

    private PppSecrets() {
    }

    static RouterItemId ensure(RouterSession session, PppSecret desired) throws RouterFailure {
        return MENU.ensure(session, key("name", desired.name()), List.of(
                Wanted.secret(PASSWORD, desired.password()),
                Wanted.text("service", SERVICE),
                Wanted.text("profile", desired.profile()),
                Wanted.address("local-address", desired.localAddress()),
                Wanted.address("remote-address", desired.remoteAddress()),
                Wanted.text("comment", desired.comment()),
                Wanted.flag("disabled", desired.disabled())));
    }

    /** Sets {@code disabled}; a secret that does not exist is {@link RouterRejected}. */
    static void setDisabled(RouterSession session, String name, boolean disabled) throws RouterFailure {
        List<Wanted> wanted = List.of(Wanted.flag("disabled", disabled));
        Map<String, String> secret = MENU.find(session, key("name", name), wanted)
                .orElseThrow(() -> new RouterRejected("%s has no PPP secret named %s".formatted(session.router(), name)));
        MENU.converge(session, secret, wanted);
    }

    static void remove(RouterSession session, String name) throws RouterFailure {
        MENU.removeAll(session, key("name", name));
    }

    /** Every secret, without passwords: they are not even asked for. */
    static List<PppSecretEntry> all(RouterSession session) throws RouterFailure {
        return read(session, null);
    }

    /** Every secret, its password sealed as it is read; null where the router sends none. */
    static List<PppSecretEntry> withPasswords(RouterSession session, PasswordSealer sealer) throws RouterFailure {
        return read(session, sealer);
    }

    private static List<PppSecretEntry> read(RouterSession session, PasswordSealer sealer) throws RouterFailure {
        List<String> fields = new ArrayList<>(
                List.of(RouterMenu.ID, "name", "service", "profile", "remote-address", "comment", "disabled"));
        if (sealer != null) {
            fields.add(PASSWORD);
        }
        List<PppSecretEntry> secrets = new ArrayList<>();
        for (Map<String, String> row : MENU.print(session, Map.of(), fields)) {
            String password = sealer == null ? null : RouterValues.absentIfBlank(row.get(PASSWORD));
            secrets.add(new PppSecretEntry(RouterMenu.id(row), row.get("name"), row.get("service"),
                    row.get("profile"), RouterValues.absentIfBlank(row.get("remote-address")),
                    RouterValues.absentIfBlank(row.get("comment")), RouterValues.flag(row.get("disabled")),
                    password == null ? null : sealer.seal(password)));
        }
        return secrets;
    }
}
