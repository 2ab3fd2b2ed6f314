package io.netledger.app.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.netledger.app.NetLedgerProperties;
import io.netledger.app.web.Problems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.SecretKey;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Stateless bearer tokens (HS256) from POST /api/v1/auth/login. Roles ADMIN > STAFF >
 * CUSTOMER: an admin may do what staff may. An AUDITOR reads what staff read and the history
 * besides (as an ADMIN does), and {@link AuditorsChangeNothing} refuses him every change.
 * Controllers state the role they need.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String ROLES_CLAIM = "roles";
    /** Tokens of any other issuer are refused, even when signed with our key. */
    static final String ISSUER = "netledger";
    /** A CUSTOMER login's customer: it may read that customer's records and no one else's. */
    static final String CUSTOMER_CLAIM = "customerId";
    static final AuthenticationEntryPoint UNAUTHORIZED = (request, response, e) -> Problems.write(response,
            HttpStatus.UNAUTHORIZED, "a valid bearer token is required", request.getRequestURI());
    static final AccessDeniedHandler FORBIDDEN = (request, response, e) -> Problems.write(response,
            HttpStatus.FORBIDDEN, "your role may not do this", request.getRequestURI());

    /** Only where there is HTTP: the benchmark runs the application without a web server. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/login").permitAll()
                        .requestMatchers("/api/v1/webhooks/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/settings/public").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/error").permitAll()
                        // Roles are checked here too, before a body is read: a refused caller learns
                        // nothing from validation errors. Controllers state the same roles.
                        .requestMatchers(HttpMethod.GET, "/api/v1/users/*/history").hasRole("AUDITOR")
                        .requestMatchers("/api/v1/users/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/events", "/api/v1/reports/**").hasRole("AUDITOR")
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/account/**").authenticated()
                        .requestMatchers(HttpMethod.PUT, "/api/v1/settings/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/service-plans/**").authenticated()
                        .requestMatchers("/api/v1/service-plans/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/nas-servers/**").hasRole("STAFF")
                        .requestMatchers(HttpMethod.POST, "/api/v1/billing-runs").hasRole("ADMIN")
                        .requestMatchers("/api/v1/billing-runs/**").hasRole("STAFF")
                        // The tamper-evident history (ADR 0016): its key, checkpoints and integrity checks.
                        .requestMatchers("/api/v1/audit/**").hasAnyRole("ADMIN", "AUDITOR")
                        // GenieACS (ADR 0019, 0020): integrations are ADMIN's, devices staff's; a customer changes
                        // his own CPE's Wi-Fi and reboots it, and the controller checks whose it is.
                        .requestMatchers("/api/v1/genieacs-integrations/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/cpe-devices/**").hasRole("STAFF")
                        .requestMatchers(HttpMethod.POST, "/api/v1/subscriptions/*/cpe/wifi",
                                "/api/v1/subscriptions/*/cpe/reboot").authenticated()
                        // A customer pays its own invoice; the controller checks whose it is.
                        .requestMatchers(HttpMethod.POST, "/api/v1/invoices/*/payment-link").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/customers/**", "/api/v1/subscriptions/**",
                                "/api/v1/invoices/**")
                        .authenticated()
                        .requestMatchers("/api/v1/customers/**", "/api/v1/subscriptions/**", "/api/v1/invoices/**")
                        .hasRole("STAFF")
                        .anyRequest().authenticated())
                .addFilterAfter(new AuditorsChangeNothing(), BearerTokenAuthenticationFilter.class)
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(authenticationConverter()))
                        .authenticationEntryPoint(UNAUTHORIZED)
                        .accessDeniedHandler(FORBIDDEN))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(UNAUTHORIZED).accessDeniedHandler(FORBIDDEN))
                .build();
    }

    @Bean
    SecretKey signingKey(NetLedgerProperties properties) {
        return SigningKey.load(properties);
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey signingKey, QueryGateway queries) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(signingKey).macAlgorithm(MacAlgorithm.HS256).build();
        // Spring reads "iss" as a URL when it can: ours is a name, and the failed attempt (an exception
        // filled with a stack trace) cost a few percent of every request's CPU.
        decoder.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(
                Map.of(JwtClaimNames.ISS, issuer -> issuer == null ? null : issuer.toString())));
        // The default validator checks exp only when present: a token without one would never expire.
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(ISSUER),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull), new CurrentAccount(queries)));
        return decoder;
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey signingKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(signingKey));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN").implies("STAFF", "AUDITOR")
                .role("AUDITOR").implies("STAFF")
                .role("STAFF").implies("CUSTOMER")
                .build();
    }

    static JwtAuthenticationConverter authenticationConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<GrantedAuthority> authorities = new ArrayList<>(roles.convert(jwt));
            String customerId = jwt.getClaimAsString(CUSTOMER_CLAIM);
            if (customerId != null) {
                authorities.add(new SimpleGrantedAuthority(ViewerResolver.AUTHORITY_PREFIX + customerId));
            }
            return authorities;
        });
        return converter;
    }
}
