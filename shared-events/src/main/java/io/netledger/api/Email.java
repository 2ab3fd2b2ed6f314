package io.netledger.api;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as NetLedger keeps it: stripped and lower-cased, so that one address is
 * claimed once however it was typed, one line, and no longer than the {@code email} columns
 * (255).
 */
public record Email(String value) {

    public static final int MAX_LENGTH = 255;
    private static final Pattern FORMAT = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Email {
        if (value == null) {
            throw new RuleViolation("email is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        Text.line("email", value, MAX_LENGTH);
        if (!FORMAT.matcher(value).matches()) {
            throw new RuleViolation("email is not valid: " + value);
        }
    }

    public static Email of(String written) {
        return new Email(written);
    }

    @Override
    public String toString() {
        return value;
    }
}
