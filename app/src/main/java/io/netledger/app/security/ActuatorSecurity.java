package io.netledger.app.security;

import io.netledger.api.user.FindLoginAccount;
import io.netledger.api.user.LoginAccount;
import io.netledger.app.web.Problems;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator: the probes (bare health, liveness, readiness) are public and show a status
 * only; health details and metrics are an ADMIN's. Besides a bearer token, HTTP Basic with an
 * account's email and password works here (and only here), since Prometheus scrapes with
 * fixed credentials and cannot log in for a token that expires.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

    static final String[] PUBLIC = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
            "/actuator/info"};

    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain actuator(HttpSecurity http, JwtDecoder decoder, QueryGateway queries,
            PasswordEncoder passwords) throws Exception {
        DaoAuthenticationProvider accounts = new DaoAuthenticationProvider(scrapers(queries));
        accounts.setPasswordEncoder(passwords);
        AuthenticationEntryPoint refused = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"NetLedger actuator\", Bearer");
            Problems.write(response, HttpStatus.UNAUTHORIZED,
                    "an ADMIN's bearer token or Basic credentials are required", request.getRequestURI());
        };
        return http
                .securityMatcher("/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .authenticationProvider(accounts)
                .httpBasic(basic -> basic.authenticationEntryPoint(refused))
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.decoder(decoder)
                                .jwtAuthenticationConverter(SecurityConfiguration.authenticationConverter()))
                        .authenticationEntryPoint(refused)
                        .accessDeniedHandler(SecurityConfiguration.FORBIDDEN))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(refused)
                        .accessDeniedHandler(SecurityConfiguration.FORBIDDEN))
                .build();
    }

    /** Accounts as Basic authentication reads them: the login read model, its bcrypt hash, its role. */
    private static UserDetailsService scrapers(QueryGateway queries) {
        return email -> {
            if (email.chars().anyMatch(Character::isISOControl)) {
                throw new UsernameNotFoundException("no such account");
            }
            LoginAccount account = queries.query(new FindLoginAccount(email),
                            ResponseTypes.optionalInstanceOf(LoginAccount.class)).join()
                    .orElseThrow(() -> new UsernameNotFoundException("no such account"));
            return User.withUsername(account.email()).password(account.passwordHash())
                    .roles(account.role().name()).disabled(!account.active()).build();
        };
    }
}
