package io.netledger.payment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A notification's JSON body as its fields; anything but a JSON object is unreadable. */
final class NoticeBody {

    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
    };

    private NoticeBody() {
    }

    /**
     * The object's fields, values as Jackson reads them (a field may be null). {@code null}, an array, a
     * string or a number is well-formed JSON but no notification, and is refused like broken JSON.
     */
    static Map<String, Object> fields(byte[] body, String what) {
        JsonNode json;
        try {
            json = body == null ? null : GatewayHttp.JSON.readTree(body);
        } catch (IOException e) {
            throw new UnreadableNotice(what + " is not readable JSON");
        }
        if (json == null || !json.isObject()) {
            throw new UnreadableNotice(what + " is not a JSON object");
        }
        return Collections.unmodifiableMap(GatewayHttp.JSON.convertValue(json, FIELDS));
    }

    /** The field as the gateway wrote it, numbers included; null when absent or null. */
    static String text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null ? null : value.toString();
    }
}
