package io.netledger.command.setting;

import io.netledger.api.AlreadyTaken;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Defines the default settings that an install does not have yet, at every start. */
@Component
class SettingDefaults implements ApplicationRunner {

    private final SettingCreation definitions;
    private final CommandGateway commands;

    SettingDefaults(SettingCreation definitions, CommandGateway commands) {
        this.definitions = definitions;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        definitions.missingDefaults().forEach(definition -> {
            try {
                commands.sendAndWait(definition, MetaData.with("userAgent", "netledger/defaults"));
            } catch (AlreadyTaken anotherNodeWasFaster) {
                // defined meanwhile by another node: its value stands
            }
        });
    }
}
