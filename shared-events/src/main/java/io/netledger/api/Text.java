package io.netledger.api;

import java.util.Collection;
import java.util.Map;

/**
 * What a command's text must be for the read model to hold it. PostgreSQL's {@code text} and
 * {@code jsonb} refuse the NUL character, a {@code varchar(n)} refuses more than n characters,
 * and an event that the projections cannot store stays in the event store for ever while they
 * stop behind it. So every command's text is checked here before its event exists: a name, an
 * email or a username is one line with no control characters at all; notes, an address or a
 * description may also hold line breaks and tabs. Lengths are counted in characters (code
 * points), as PostgreSQL counts them. A null passes: whether a field is required is its
 * command's rule.
 */
public final class Text {

    private Text() {
    }

    /** One line of at most {@code maxLength} characters (a name, an email, a reference); answers it unchanged. */
    public static String line(String field, String value, int maxLength) {
        return checked(field, value, maxLength, false);
    }

    /** Text of at most {@code maxLength} characters that may hold line breaks and tabs (notes, an address). */
    public static String lines(String field, String value, int maxLength) {
        return checked(field, value, maxLength, true);
    }

    /** Free-form JSON (metadata, a configuration): no NUL in any key or string at any depth, as jsonb asks. */
    public static <T> T json(String field, T value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> {
                json(field, key);
                json(field, inner);
            });
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> json(field, item));
        } else if (value instanceof CharSequence text && text.toString().indexOf('\0') >= 0) {
            throw new RuleViolation(field + " holds the NUL character (\\u0000), which cannot be stored");
        }
        return value;
    }

    private static String checked(String field, String value, int maxLength, boolean multiline) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                throw new RuleViolation(field + " holds the NUL character (\\u0000), which cannot be stored");
            }
            if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                throw new RuleViolation(field + (multiline ? " holds a control character other than a line break"
                        + " or tab: " : " is one line without control characters; found ") + String.format(
                        "\\u%04x", (int) c));
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new RuleViolation(field + " holds half of a UTF-16 surrogate pair, which is no character");
            }
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new RuleViolation(field + " is longer than " + maxLength + " characters");
        }
        return value;
    }
}
