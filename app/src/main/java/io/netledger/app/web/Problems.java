package io.netledger.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Writes an RFC 9457 problem where no controller advice reaches (security filters, Tomcat itself). */
public final class Problems {

    private Problems() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String detail, String instance)
            throws IOException {
        write(response, status.value(), status.getReasonPhrase(), detail, instance, Map.of());
    }

    /** With further members, such as {@code "outcome": "unknown"}; their values are strings. */
    public static void write(HttpServletResponse response, int status, String title, String detail, String instance,
            Map<String, String> members) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(status, title, detail, instance, members));
    }

    static String json(int status, String title, String detail, String instance, Map<String, String> members) {
        StringBuilder json = new StringBuilder("{\"type\":\"about:blank\",\"title\":\"").append(escape(title))
                .append("\",\"status\":").append(status)
                .append(",\"detail\":\"").append(escape(detail)).append('"');
        if (instance != null) {
            json.append(",\"instance\":\"").append(escape(instance)).append('"');
        }
        members.forEach((name, value) -> json.append(",\"").append(escape(name)).append("\":\"")
                .append(escape(value)).append('"'));
        return json.append('}').toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
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
