package io.netledger.app.web;

/**
 * What a user typed, fit for a log line: control characters are written as escapes ({@code \n},
 * {@code \u0000}) and a backslash as two, so a newline in an email address cannot write a line
 * of its own, and what is logged reads back unambiguously.
 */
public final class LoggedInput {

    private LoggedInput() {
    }

    public static String escape(Object input) {
        String text = String.valueOf(input);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    // C0 and C1 controls, DEL, and the Unicode line and paragraph separators
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
