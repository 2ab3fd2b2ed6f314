package io.netledger.command;

import io.netledger.api.Versions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;

/** The answer to a change of one resource: its id and what changed, with its new version as ETag. */
public final class VersionedReply {

    private VersionedReply() {
    }

    public static ResponseEntity<Map<String, Object>> of(long id, long version, Map<String, Object> changed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", String.valueOf(id));
        body.putAll(changed);
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
    }
}
