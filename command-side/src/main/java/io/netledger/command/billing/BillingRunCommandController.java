package io.netledger.command.billing;

import io.netledger.api.Ids;
import io.netledger.api.IspCalendar;
import io.netledger.api.billing.StartBillingRun;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN starts a billing run for a date by hand; the billing saga carries it out in the background. */
@RestController
class BillingRunCommandController {

    private final CommandGateway commands;
    private final IspCalendar calendar;

    BillingRunCommandController(CommandGateway commands, IspCalendar calendar) {
        this.commands = commands;
        this.calendar = calendar;
    }

    /** The date decides which period each subscription is billed for; the ISP's today when absent. */
    record NewRun(LocalDate date) {
    }

    @PostMapping("/api/v1/billing-runs")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> start(@Valid @RequestBody(required = false) NewRun request,
            Principal admin) {
        LocalDate date = request == null || request.date() == null ? calendar.today() : request.date();
        long id = Ids.next();
        commands.sendAndWait(new StartBillingRun(id, date, Long.parseLong(admin.getName())));
        return ResponseEntity.accepted().location(URI.create("/api/v1/billing-runs/" + id))
                .body(Map.of("id", String.valueOf(id), "date", date.toString(), "status", "running"));
    }
}
