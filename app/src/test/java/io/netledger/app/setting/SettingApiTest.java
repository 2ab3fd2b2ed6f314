package io.netledger.app.setting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.api.user.RegisterUser;
import io.netledger.api.user.Role;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** System settings: seeded defaults, public ones readable without login, typed changes by ADMIN. */
class SettingApiTest extends ApiTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private PasswordEncoder passwords;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyInstallStartsWithTheDefaultsOnceEach() {
        String admin = adminToken();
        JsonNode tax = api.awaitGet("/api/v1/settings/billing.tax_rate", admin, r -> r.status() == 200).json();
        assertThat(tax.get("value").asText()).isEqualTo("11");
        assertThat(tax.get("type").asText()).isEqualTo("number");
        assertThat(tax.get("group").asText()).isEqualTo("billing");
        assertThat(keys(api.get("/api/v1/settings", admin))).contains("billing.tax_rate", "billing.invoice_due_days",
                "billing.suspension_grace_days", "customer.code_format", "network.isolir_address_list");
        assertThat(jdbc.queryForObject("select count(*) from system_settings where key = 'billing.tax_rate'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void publicSettingsNeedNoLoginAndShowNothingPrivate() {
        api.awaitGet("/api/v1/settings/public", null, r -> keys(r).contains("company.name"));
        List<String> visible = keys(api.get("/api/v1/settings/public", null));
        assertThat(visible).contains("company.name", "billing.tax_rate")
                .doesNotContain("network.isolir_address_list", "billing.suspension_grace_days");
        assertThat(api.get("/api/v1/settings", null).status()).isEqualTo(401);
    }

    @Test
    void anAdminChangesAValueThatReadsAsItsType() {
        String admin = adminToken();
        api.awaitGet("/api/v1/settings/billing.invoice_due_days", admin, r -> r.status() == 200);

        Reply changed = api.put("/api/v1/settings/billing.invoice_due_days", admin, "{\"value\": \"14\"}", null);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        api.awaitGet("/api/v1/settings/billing.invoice_due_days", admin,
                r -> r.json().get("value").asText().equals("14"));

        Reply notANumber = api.put("/api/v1/settings/billing.invoice_due_days", admin, "{\"value\": \"dua minggu\"}",
                null);
        assertThat(notANumber.status()).isEqualTo(422);
        assertThat(notANumber.isProblem()).isTrue();
        Reply unknown = api.put("/api/v1/settings/no.such_key", admin, "{\"value\": \"1\"}", null);
        assertThat(unknown.status()).isEqualTo(404);
        Reply missing = api.put("/api/v1/settings/billing.invoice_due_days", admin, "{}", null);
        assertThat(missing.status()).isEqualTo(400);
    }

    @Test
    void staffReadSettingsButOnlyAdminsChangeThem() {
        String email = "staf-" + Ids.next() + "@isp.id";
        commands.sendAndWait(new RegisterUser(Ids.next(), "Staf", email, passwords.encode("staff-pw-2"), Role.STAFF));
        String staff = api.login(email, "staff-pw-2");

        assertThat(api.get("/api/v1/settings", staff).status()).isEqualTo(200);
        Reply refused = api.put("/api/v1/settings/billing.tax_rate", staff, "{\"value\": \"0\"}", null);
        assertThat(refused.status()).isEqualTo(403);
    }

    private static List<String> keys(Reply reply) {
        List<String> keys = new ArrayList<>();
        if (reply.status() == 200) {
            reply.json().get("content").forEach(s -> keys.add(s.get("key").asText()));
        }
        return keys;
    }
}
