package io.netledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.time.Instant;
import java.util.Base64;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** A token is good only while its account, issuer and expiry all still say so. */
class TokenRulesTest extends ApiTest {

    @Autowired
    private JwtEncoder signer;

    private static JsonNode claimsOf(String token) {
        try {
            return Api.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The claims of a real token, re-signed with our own key after {@code change} altered them. */
    private String resigned(String token, java.util.function.Consumer<JwtClaimsSet.Builder> change) {
        JsonNode claims = claimsOf(token);
        JwtClaimsSet.Builder builder = JwtClaimsSet.builder();
        claims.fields().forEachRemaining(claim -> {
            JsonNode value = claim.getValue();
            Object plain = switch (claim.getKey()) {
                case "iat", "exp", "nbf" -> Instant.ofEpochSecond(value.asLong());
                default -> value.isArray() ? Api.JSON.convertValue(value, java.util.List.class)
                        : value.isTextual() ? value.asText() : Api.JSON.convertValue(value, Object.class);
            };
            builder.claim(claim.getKey(), plain);
        });
        change.accept(builder);
        return signer.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), builder.build()))
                .getTokenValue();
    }

    private static void assertRefused(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(401);
        assertThat(reply.isProblem()).as(reply.body()).isTrue();
    }

    @Test
    void theSameClaimsResignedAreAccepted() {
        String admin = adminToken();
        assertThat(api.get("/api/v1/service-plans", resigned(admin, b -> { })).status()).isEqualTo(200);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        String admin = adminToken();
        assertRefused(api.get("/api/v1/service-plans", resigned(admin, b -> b.issuer("someone-else"))));
        assertRefused(api.get("/api/v1/service-plans", resigned(admin, b -> b.claims(c -> c.remove("iss")))));
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        String admin = adminToken();
        assertRefused(api.get("/api/v1/service-plans", resigned(admin, b -> b.claims(c -> c.remove("exp")))));
    }

    @Test
    void aDeactivationEndsTheTokensIssuedBeforeItForGood() {
        String admin = adminToken();
        String email = "rina-" + Ids.next() + "@isp.id";
        Reply created = api.post("/api/v1/users", admin, """
                {"name": "Rina", "email": "%s", "password": "staff-password-1", "role": "staff"}""".formatted(email));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String before = api.login(email, "staff-password-1");
        assertThat(api.get("/api/v1/service-plans", before).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/users/" + id + "/deactivate", admin, null).status()).isEqualTo(200);
        Awaitility.await().until(() -> api.get("/api/v1/service-plans", before).status() == 401);
        assertThat(api.post("/api/v1/users/" + id + "/activate", admin, null).status()).isEqualTo(200);
        String after = api.login(email, "staff-password-1");

        assertThat(api.get("/api/v1/service-plans", after).status()).isEqualTo(200);
        assertRefused(api.get("/api/v1/service-plans", before));
    }
}
