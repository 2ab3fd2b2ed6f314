package io.netledger.genieacs;

import java.util.List;
import java.util.function.Function;

/**
 * Just enough JSON writing for NBI task bodies, which hold only strings and arrays of strings. Hand-written so
 * the adapter does not pull in a JSON library (and pick between Jackson 2 and 3) for a few fixed shapes.
 */
final class Json {

    private Json() {
    }

    /** A JSON string literal, escaped per RFC 8259; non-ASCII text is kept as is (bodies are sent as UTF-8). */
    static String string(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /** A JSON array of the elements, each rendered by {@code element}. */
    static <T> String array(List<T> elements, Function<T, String> element) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(element.apply(elements.get(i)));
        }
        return json.append(']').toString();
    }
}
