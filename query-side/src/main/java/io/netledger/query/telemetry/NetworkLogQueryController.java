package io.netledger.query.telemetry;

import io.netledger.api.BadRequest;
import io.netledger.api.Viewer;
import io.netledger.api.telemetry.NetworkLogPage;
import io.netledger.api.telemetry.NetworkLogType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/network-logs}: what routers logged, newest first, a keyset page at a time ({@code cursor} is
 * the {@code next} of the page before). A customer reads the lines of his own subscriptions only; to him the
 * others do not exist. Telemetry has no projection to rebuild, so this reads its table directly.
 */
@RestController
@PreAuthorize("hasRole('CUSTOMER')")
class NetworkLogQueryController {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;
    private static final int MAX_TEXT = 200;

    private final NetworkLogReader reader;

    NetworkLogQueryController(NetworkLogReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/v1/network-logs")
    NetworkLogPage list(@RequestParam(required = false) String nasServerId,
            @RequestParam(required = false) String subscriptionId, @RequestParam(required = false) String logType,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String size, Viewer viewer) {
        Instant since = instant("from", from);
        Instant until = instant("to", to);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new BadRequest("from must be before to");
        }
        Long customer = viewer.ownCustomer().isPresent() ? viewer.ownCustomer().getAsLong() : null;
        return reader.read(id("nasServerId", nasServerId), id("subscriptionId", subscriptionId), type(logType),
                since, until, text(q), customer, cursor == null ? null : LogCursor.decoded(cursor), size(size));
    }

    private static Long id(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            if (id <= 0) {
                throw new BadRequest(name + " must be a positive id");
            }
            return id;
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be an id of decimal digits");
        }
    }

    private static NetworkLogType type(String value) {
        try {
            return value == null ? null : NetworkLogType.fromValue(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be an ISO-8601 time with an offset, such as 2026-12-07T10:00:00+07:00");
        }
    }

    private static String text(String q) {
        if (q == null || q.isEmpty()) {
            return null;
        }
        if (q.length() > MAX_TEXT) {
            throw new BadRequest("q is at most " + MAX_TEXT + " characters");
        }
        if (q.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequest("q must not hold control characters");
        }
        return q;
    }

    private static int size(String value) {
        if (value == null) {
            return DEFAULT_SIZE;
        }
        try {
            int size = Integer.parseInt(value);
            if (size < 1 || size > MAX_SIZE) {
                throw new BadRequest("size must be between 1 and " + MAX_SIZE);
            }
            return size;
        } catch (NumberFormatException e) {
            throw new BadRequest("size must be between 1 and " + MAX_SIZE);
        }
    }
}
