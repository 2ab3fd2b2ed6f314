package io.netledger.command.setting;

import io.netledger.api.Versions;
import io.netledger.api.setting.ChangeSetting;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Settings administration is ADMIN's alone. */
@RestController
@RequestMapping("/api/v1/settings")
@PreAuthorize("hasRole('ADMIN')")
class SettingCommandController {

    private final CommandGateway commands;
    private final SettingLookup settings;

    SettingCommandController(CommandGateway commands, SettingLookup settings) {
        this.commands = commands;
        this.settings = settings;
    }

    record NewValue(@NotNull String value) {
    }

    @PutMapping("/{key}")
    ResponseEntity<Map<String, Object>> change(@PathVariable String key, @Valid @RequestBody NewValue request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new ChangeSetting(settings.idOf(key), Versions.fromIfMatch(ifMatch),
                request.value()));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(Map.of("key", key, "value", request.value()));
    }
}
