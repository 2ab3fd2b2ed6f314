package io.netledger.app.security;

import io.netledger.api.AlreadyTaken;
import io.netledger.api.Ids;
import io.netledger.api.user.RegisterUser;
import io.netledger.api.user.Role;
import io.netledger.app.NetLedgerProperties;
import io.netledger.command.user.UserLookup;
import java.security.SecureRandom;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure the first ADMIN exists: with NETLEDGER_ADMIN_PASSWORD, or a random password
 * that is printed once, at the start that creates the account, and never stored in clear.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserLookup emails;
    private final CommandGateway commands;
    private final PasswordEncoder passwords;
    private final NetLedgerProperties properties;

    FirstAdmin(UserLookup emails, CommandGateway commands, PasswordEncoder passwords,
            NetLedgerProperties properties) {
        this.emails = emails;
        this.commands = commands;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = properties.admin().email();
        if (emails.isRegistered(email)) {
            return;
        }
        String configured = properties.admin().password();
        String password = configured != null && !configured.isBlank() ? configured : randomPassword();
        try {
            commands.sendAndWait(new RegisterUser(Ids.next(), "Administrator", email, passwords.encode(password),
                    Role.ADMIN), MetaData.with("userAgent", "netledger/first-start"));
        } catch (AlreadyTaken anotherNodeWasFaster) {
            return;
        }
        if (configured == null || configured.isBlank()) {
            log.warn("""

                    ================================================================
                     First start: created the administrator {}
                     with password {}
                     It is shown this once; log in and change it.
                    ================================================================""", email, password);
        } else {
            log.info("First start: created the administrator {} with NETLEDGER_ADMIN_PASSWORD", email);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
