package io.netledger.query.history;

import io.netledger.api.BadRequest;
import io.netledger.api.NotFound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every change of one record, its own events and those of other records that named it, paged by position. */
@RestController
@PreAuthorize("hasRole('AUDITOR')")
class HistoryQueryController {

    private static final int MAX_SIZE = 500;

    private final RecordHistory history;
    private final JdbcTemplate jdbc;

    HistoryQueryController(RecordHistory history, JdbcTemplate jdbc) {
        this.history = history;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/{kind:customers|subscriptions|invoices|nas-servers|service-plans|users|settings}/{id}/history")
    Map<String, Object> history(@PathVariable String kind, @PathVariable String id,
            @RequestParam(required = false) String afterPosition, @RequestParam(required = false) String size) {
        RecordKind record = RecordKind.ofPath(kind).orElseThrow();
        long recordId = id(record, id);
        long after = number("afterPosition", afterPosition, 0, 0, Long.MAX_VALUE);
        int limit = (int) number("size", size, 50, 1, MAX_SIZE);
        List<Map<String, Object>> events = history.page(record, recordId, after, limit);
        if (events.isEmpty() && after == 0) {
            throw new NotFound(kind + " " + id + " has no history: it does not exist");
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("recordType", kind);
        page.put("recordId", String.valueOf(recordId));
        page.put("events", events);
        page.put("next", events.size() < limit ? null : "/api/v1/" + kind + "/" + id + "/history?afterPosition="
                + events.get(events.size() - 1).get("position") + "&size=" + limit);
        return page;
    }

    /** A setting is found by its key, as its other endpoints find it; the others by their id. */
    private long id(RecordKind kind, String id) {
        if (kind == RecordKind.SETTING && !id.chars().allMatch(Character::isDigit)) {
            Long found = jdbc.query("select id from system_settings where \"key\" = ?",
                    rows -> rows.next() ? rows.getLong(1) : null, id);
            if (found == null) {
                throw new NotFound("setting " + id + " does not exist");
            }
            return found;
        }
        return number("id", id, 0, 1, Long.MAX_VALUE);
    }

    private static long number(String name, String value, long fallback, long min, long max) {
        if (value == null) {
            return fallback;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a whole number");
        }
        if (parsed < min || parsed > max) {
            throw new BadRequest(name + " must be between " + min + " and " + max);
        }
        return parsed;
    }
}
