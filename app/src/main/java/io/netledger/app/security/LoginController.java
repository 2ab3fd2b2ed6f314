package io.netledger.app.security;

import io.netledger.api.user.FindLoginAccount;
import io.netledger.api.user.LoginAccount;
import io.netledger.api.user.RecordLogin;
import io.netledger.app.NetLedgerProperties;
import io.netledger.command.personal.DataKeys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class LoginController {

    private static final Logger log = LoggerFactory.getLogger(LoginController.class);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final PasswordEncoder passwords;
    private final JwtEncoder tokens;
    private final NetLedgerProperties properties;
    private final DataKeys keys;
    private final LoginThrottle throttle;
    /** Compared against when the email is unknown, so a wrong email costs as long as a wrong password. */
    private final String noOne;

    LoginController(QueryGateway queries, CommandGateway commands, PasswordEncoder passwords, JwtEncoder tokens,
            NetLedgerProperties properties, DataKeys keys, LoginThrottle throttle) {
        this.queries = queries;
        this.throttle = throttle;
        this.keys = keys;
        this.commands = commands;
        this.passwords = passwords;
        this.tokens = tokens;
        this.properties = properties;
        this.noOne = passwords.encode(UUID.randomUUID().toString());
    }

    record Credentials(@NotBlank @Size(max = 255) String email, @NotBlank @Size(max = 1024) String password) {
    }

    record Token(String token, Instant expiresAt) {
    }

    @PostMapping("/login")
    Token login(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
        throttle.admit(credentials.email(), request.getRemoteAddr());
        // No account's email holds a control character, and PostgreSQL refuses a NUL in a query.
        Optional<LoginAccount> account = credentials.email().chars().anyMatch(Character::isISOControl)
                ? Optional.empty()
                : queries.query(new FindLoginAccount(credentials.email()),
                        ResponseTypes.optionalInstanceOf(LoginAccount.class)).join();
        boolean matches = passwords.matches(credentials.password(), account.map(LoginAccount::passwordHash).orElse(noOne));
        if (account.isEmpty() || !matches || !account.get().active()) {
            // Never the email itself (docs/adr/0015): the account, or for an unknown email a keyed print of it,
            // which still shows one address tried again and again.
            log.info("Refused a login for {}", account.map(a -> "user " + a.userId())
                    .orElseGet(() -> "an unknown email, print " + keys.installationPrint("login\u0000"
                            + credentials.email().strip().toLowerCase(Locale.ROOT)).substring(0, 12)));
            throttle.refused(credentials.email(), request.getRemoteAddr());
            throw new LoginRefused();
        }
        throttle.succeeded(credentials.email());
        LoginAccount user = account.get();
        commands.sendAndWait(new RecordLogin(user.userId()), MetaData.with("userId", String.valueOf(user.userId())));
        Instant now = Instant.now();
        Instant expiresAt = now.plus(properties.jwt().ttl());
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(SecurityConfiguration.ISSUER)
                .subject(String.valueOf(user.userId()))
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim("email", user.email())
                .claim(SecurityConfiguration.ROLES_CLAIM, List.of(user.role().name()))
                .claim(PasswordStamp.CLAIM, PasswordStamp.of(user.passwordHash()))
                .claim(DeactivationStamp.CLAIM, DeactivationStamp.of(user.lastDeactivation()));
        if (user.customerId() != null) {
            claims.claim(SecurityConfiguration.CUSTOMER_CLAIM, String.valueOf(user.customerId()));
        }
        String token = tokens.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                        claims.build()))
                .getTokenValue();
        return new Token(token, expiresAt);
    }
}
