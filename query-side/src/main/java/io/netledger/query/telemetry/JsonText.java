package io.netledger.query.telemetry;

/** A flat JSON object of text values for {@code additional_data}, without a mapper per row of a batch. */
final class JsonText {

    private JsonText() {
    }

    /** {@code keysAndValues} alternate; a null value is left out. */
    static String object(String... keysAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null) {
                continue;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            quoted(json, keysAndValues[i]).append(':');
            quoted(json, keysAndValues[i + 1]);
        }
        return json.append('}').toString();
    }

    private static StringBuilder quoted(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                // jsonb refuses \u0000 even escaped: a router's text never needs it
                case '\0' -> json.append('\uFFFD');
                default -> {
                    if (c < 0x20) {
                        json.append("\\u%04x".formatted((int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
