package io.netledger.app.billing;

import io.netledger.api.NotFound;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN starts a billing run for a date by hand; staff follow its progress. */
@RestController
class BillingRunController {

    private static final ZoneId ISP_ZONE = ZoneId.of("Asia/Jakarta");

    private final BillingRuns runs;
    private final JdbcTemplate jdbc;

    BillingRunController(BillingRuns runs, JdbcTemplate jdbc) {
        this.runs = runs;
        this.jdbc = jdbc;
    }

    /** The date decides which period each subscription is billed for; today in WIB when absent. */
    record NewRun(LocalDate date) {
    }

    @PostMapping("/api/v1/billing-runs")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> start(@Valid @RequestBody(required = false) NewRun request,
            Principal admin) {
        LocalDate date = request == null || request.date() == null ? LocalDate.now(ISP_ZONE) : request.date();
        long id = runs.start(date, Long.parseLong(admin.getName()));
        return ResponseEntity.accepted().location(URI.create("/api/v1/billing-runs/" + id))
                .body(Map.of("id", String.valueOf(id), "date", date.toString(), "status", "running"));
    }

    @GetMapping("/api/v1/billing-runs/{id}")
    @PreAuthorize("hasRole('STAFF')")
    Map<String, Object> get(@PathVariable long id) {
        List<Map<String, Object>> rows = jdbc.query("select * from billing_runs where id = ?", (rs, n) -> {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("id", String.valueOf(rs.getLong("id")));
            run.put("date", rs.getDate("run_date").toLocalDate().toString());
            run.put("status", rs.getString("status"));
            run.put("total", rs.getInt("total"));
            run.put("done", rs.getInt("issued") + rs.getInt("already_billed") + rs.getInt("skipped"));
            run.put("issued", rs.getInt("issued"));
            run.put("alreadyBilled", rs.getInt("already_billed"));
            run.put("skipped", rs.getInt("skipped"));
            run.put("failed", rs.getInt("failed"));
            run.put("lastError", rs.getString("last_error"));
            run.put("startedAt", rs.getTimestamp("started_at").toInstant().toString());
            run.put("finishedAt", rs.getTimestamp("finished_at") == null ? null
                    : rs.getTimestamp("finished_at").toInstant().toString());
            return run;
        }, id);
        if (rows.isEmpty()) {
            throw new NotFound("billing run " + id + " does not exist");
        }
        return rows.get(0);
    }
}
