package io.netledger.command.plan;

import io.netledger.api.Ids;
import io.netledger.api.plan.ActivateServicePlan;
import io.netledger.api.plan.ChangeServicePlan;
import io.netledger.api.plan.CreateServicePlan;
import io.netledger.api.plan.DeactivateServicePlan;
import io.netledger.api.plan.PlanTerms;
import io.netledger.api.plan.ReviseServicePlan;
import io.netledger.api.Versions;
import io.netledger.command.idempotency.IdempotentCreation;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/service-plans")
@PreAuthorize("hasRole('ADMIN')")
class ServicePlanCommandController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;

    ServicePlanCommandController(CommandGateway commands, IdempotentCreation idempotent) {
        this.commands = commands;
        this.idempotent = idempotent;
    }

    /** With an Idempotency-Key, a retried request answers the plan its first attempt created. */
    @PostMapping
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody PlanRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        PlanTerms terms = request.terms();
        IdempotentCreation.Result created = idempotent.create(commands, "service-plans", idempotencyKey, Ids.next(),
                planId -> new CreateServicePlan(planId, terms));
        return created.reply("/api/v1/service-plans/" + created.id(), 0L, body(created.id(), terms));
    }

    @PutMapping("/{id}")
    ResponseEntity<Map<String, Object>> replace(@PathVariable long id, @Valid @RequestBody PlanRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new ChangeServicePlan(id, Versions.fromIfMatch(ifMatch), request.terms()));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(Map.of("id", String.valueOf(id)));
    }

    @PatchMapping("/{id}")
    ResponseEntity<Map<String, Object>> revise(@PathVariable long id, @Valid @RequestBody PlanRequest.Patch request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new ReviseServicePlan(id, Versions.fromIfMatch(ifMatch), request.revision()));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(Map.of("id", String.valueOf(id)));
    }

    @PostMapping("/{id}/deactivate")
    ResponseEntity<Map<String, Object>> deactivate(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new DeactivateServicePlan(id, Versions.fromIfMatch(ifMatch)));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(Map.of("id", String.valueOf(id), "isActive", false));
    }

    @PostMapping("/{id}/activate")
    ResponseEntity<Map<String, Object>> activate(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new ActivateServicePlan(id, Versions.fromIfMatch(ifMatch)));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(Map.of("id", String.valueOf(id), "isActive", true));
    }

    private static Map<String, Object> body(long planId, PlanTerms t) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", String.valueOf(planId));
        body.put("name", t.name());
        body.put("description", t.description());
        body.put("price", t.price());
        body.put("billingCycle", t.billingCycle());
        body.put("downloadSpeed", t.downloadSpeed());
        body.put("uploadSpeed", t.uploadSpeed());
        body.put("dataLimit", t.dataLimit());
        body.put("dataUnit", t.dataUnit());
        body.put("concurrentConnections", t.concurrentConnections());
        body.put("isActive", true);
        body.put("metadata", t.metadata());
        return body;
    }
}
