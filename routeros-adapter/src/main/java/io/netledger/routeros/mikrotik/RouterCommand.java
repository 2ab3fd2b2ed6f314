package io.netledger.routeros.mikrotik;

import io.netledger.routeros.EncryptedPassword;
import io.netledger.routeros.PasswordOpener;
import io.netledger.routeros.RouterRejected;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One API command, written in the command-line syntax that mikrotik-java's
 * {@code execute(String)} parses ({@code /ppp/secret/print where name="alice" return .id}).
 *
 * <p>That parser has no escape character: a value is quoted with {@code "} or {@code '},
 * whichever it does not contain, and a value containing both, or a line break, cannot be
 * sent at all. Every value is quoted, so spaces, {@code =}, {@code /} and words such as
 * {@code where} survive. Passwords stay encrypted in here and are opened only while
 * {@link #render} writes the text that goes to the router.
 */
final class RouterCommand {

    private final String path;
    private final List<Argument> arguments = new ArrayList<>();
    private final List<Argument> conditions = new ArrayList<>();
    private final Set<String> returned = new LinkedHashSet<>();

    private record Argument(String name, String value, EncryptedPassword secret) {
    }

    private RouterCommand(String path) {
        this.path = path;
    }

    static RouterCommand to(String path) {
        return new RouterCommand(path);
    }

    /** {@code =name=value}; an empty value clears a text attribute. */
    RouterCommand with(String name, String value) {
        arguments.add(new Argument(name, value, null));
        return this;
    }

    /** {@code =name=} without a value, as in {@code =once=}. */
    RouterCommand with(String name) {
        return with(name, null);
    }

    RouterCommand withSecret(String name, EncryptedPassword secret) {
        arguments.add(new Argument(name, null, secret));
        return this;
    }

    /** A query {@code ?name=value}; several are all required. */
    RouterCommand where(String name, String value) {
        conditions.add(new Argument(name, value, null));
        return this;
    }

    /** Limits the attributes a print sends back ({@code .proplist}). */
    RouterCommand returning(Iterable<String> names) {
        names.forEach(returned::add);
        return this;
    }

    String path() {
        return path;
    }

    /** The text for {@code ApiConnection.execute}, passwords included: hand it over and drop it. */
    String render(PasswordOpener passwords) throws RouterRejected {
        StringBuilder text = new StringBuilder(path);
        for (Argument argument : arguments) {
            text.append(' ').append(argument.name());
            if (argument.secret() != null) {
                text.append('=');
                appendSecret(text, argument, passwords);
            } else if (argument.value() != null) {
                text.append('=').append(quote(argument.name(), argument.value()));
            }
        }
        for (int i = 0; i < conditions.size(); i++) {
            Argument condition = conditions.get(i);
            text.append(i == 0 ? " where " : " and ")
                    .append(condition.name()).append('=').append(quote(condition.name(), condition.value()));
        }
        if (!returned.isEmpty()) {
            text.append(" return ").append(String.join(",", returned));
        }
        return text.toString();
    }

    /** The command for logs and exception messages: passwords shown as {@code ***}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(path);
        for (Argument argument : arguments) {
            text.append(' ').append(argument.name());
            if (argument.secret() != null) {
                text.append("=***");
            } else if (argument.value() != null) {
                text.append('=').append(argument.value());
            }
        }
        conditions.forEach(condition -> text.append(" ?").append(condition.name()).append('=').append(condition.value()));
        return text.toString();
    }

    private void appendSecret(StringBuilder text, Argument argument, PasswordOpener passwords) throws RouterRejected {
        char[] plain = Secrets.open(passwords, argument.secret(), argument.name());
        try {
            char quote = quoteFor(plain, argument.name(), true);
            text.append(quote).append(plain).append(quote);
        } finally {
            Arrays.fill(plain, '\0');
        }
    }

    private String quote(String name, String value) throws RouterRejected {
        char quote = quoteFor(value.toCharArray(), name, false);
        return quote + value + quote;
    }

    private char quoteFor(char[] value, String name, boolean secret) throws RouterRejected {
        boolean doubleQuote = false;
        boolean singleQuote = false;
        for (char c : value) {
            if (c == '\n') {
                throw unsendable(name, secret, "a line break");
            }
            doubleQuote |= c == '"';
            singleQuote |= c == '\'';
        }
        if (doubleQuote && singleQuote) {
            throw unsendable(name, secret, "both ' and \"");
        }
        return doubleQuote ? '\'' : '"';
    }

    private RouterRejected unsendable(String name, boolean secret, String what) {
        // The value itself stays out of the message: it may be a password.
        return new RouterRejected("%s for %s contains %s, which the RouterOS client library cannot send"
                .formatted(secret ? "the " + name : "the value of " + name, path, what));
    }
}
