package io.netledger.query.history;

import io.netledger.api.BadRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole history for an auditor, as NDJSON in position order. An interrupted download resumes
 * with {@code fromPosition} one past the last position received.
 */
@RestController
@PreAuthorize("hasRole('AUDITOR')")
class EventExportController {

    static final String NDJSON = "application/x-ndjson";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,99}");

    private final EventExport export;

    EventExportController(EventExport export) {
        this.export = export;
    }

    @GetMapping(path = "/api/v1/events", produces = {NDJSON, "application/json", "*/*"})
    void events(@RequestParam(required = false) String fromPosition, @RequestParam(required = false) String toPosition,
            @RequestParam(required = false) String types, @RequestParam(required = false) String aggregateType,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletResponse response) throws IOException {
        long first = position("fromPosition", fromPosition, 1);
        long last = position("toPosition", toPosition, Long.MAX_VALUE);
        if (first > last) {
            throw new BadRequest("fromPosition must not be past toPosition");
        }
        Instant since = instant("from", from);
        Instant until = instant("to", to);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new BadRequest("from must be before to");
        }
        EventExport.Selection selection = new EventExport.Selection(first, last, names("types", types),
                aggregateType == null ? null : name("aggregateType", aggregateType), since, until);
        response.setContentType(NDJSON);
        response.setCharacterEncoding("UTF-8");
        export.write(selection, response.getOutputStream());
    }

    private static long position(String name, String value, long fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            long position = Long.parseLong(value);
            if (position < 0) {
                throw new BadRequest(name + " must not be negative");
            }
            return position;
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a whole number");
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be an ISO-8601 instant with an offset");
        }
    }

    private static Set<String> names(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).map(name -> name(parameter, name))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String name(String parameter, String value) {
        if (!NAME.matcher(value).matches()) {
            throw new BadRequest(parameter + " holds names of letters and digits, such as InvoicePaid or Customer");
        }
        return value;
    }
}
