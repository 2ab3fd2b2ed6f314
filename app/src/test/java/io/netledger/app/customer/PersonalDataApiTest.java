package io.netledger.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The right of access over HTTP: every personal value about a customer, where it came from and when it changed. */
class PersonalDataApiTest extends ApiTest {

    private static final String PPPOE_PASSWORD = Sales.PPPOE_PASSWORD;

    @Test
    void exportsEveryPersonalValueWithItsSourceAndEachChangeInOrder() {
        String admin = adminToken();
        String adminId = api.get("/api/v1/account", admin).json().get("id").asText();
        String tag = String.valueOf(Ids.next());
        String digits = tag.substring(tag.length() - 6);
        String details = """
                {"name": "Rina Wulandari", "email": "rina.%s@mail.id", "phone": "%s", "address": "Jl. Kenanga 7",
                 "city": "Bogor", "province": "Jawa Barat", "postalCode": "16111", "notes": "rumah pojok, pagar hijau"}""";
        Reply registered = api.post("/api/v1/customers", admin, details.formatted(tag, "0812-11" + digits));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String customer = registered.json().get("id").asText();
        Reply changed = api.put("/api/v1/customers/" + customer, admin, details.formatted(tag, "0813-22" + digits),
                null);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        String portal = customerLogin(admin, customer);
        String login = api.get("/api/v1/account", portal).json().get("id").asText();
        Reply profile = api.put("/api/v1/account/profile", portal, """
                {"address": "Jl. Melati 3", "birthDate": "1990-05-17"}""", null);
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);

        String subscription = Sales.subscription(api, admin, customer).json().get("id").asText();
        Reply network = api.post("/api/v1/subscriptions/" + subscription + "/networks", admin, """
                {"ipAddress": "10.77.%d.%d", "macAddress": "02-00-00-%s-%s-%s"}""".formatted(
                (int) (Math.random() * 250), (int) (Math.random() * 250) + 1, digits.substring(0, 2),
                digits.substring(2, 4), digits.substring(4, 6)));
        assertThat(network.status()).as(network.body()).isEqualTo(201);
        Reply invoice = api.post("/api/v1/invoices", admin, """
                {"subscriptionId": "%s", "periodStart": "2026-12-01", "notes": "tagihan dikirim ke kantor"}"""
                .formatted(subscription));
        assertThat(invoice.status()).as(invoice.body()).isEqualTo(201);

        Reply read = readAfter(pathOf(customer), admin, invoice);
        JsonNode export = read.json();
        assertThat(export.get("customerId").asText()).isEqualTo(customer);
        assertThat(export.get("customerCode").asText()).isEqualTo(registered.json().get("customerCode").asText());
        assertThat(export.get("erased").asBoolean()).isFalse();
        assertThat(export.get("erasedAt").isNull()).isTrue();

        assertThat(valueOf(export, "customer", customer, "name")).isEqualTo("Rina Wulandari");
        assertThat(valueOf(export, "customer", customer, "email")).isEqualTo("rina." + tag + "@mail.id");
        assertThat(valueOf(export, "customer", customer, "phone")).as("the phone as it is now")
                .isEqualTo("+62813" + "22" + digits);
        assertThat(valueOf(export, "customer", customer, "address")).isEqualTo("Jl. Kenanga 7");
        assertThat(valueOf(export, "customer", customer, "city")).isEqualTo("Bogor");
        assertThat(valueOf(export, "customer", customer, "province")).isEqualTo("Jawa Barat");
        assertThat(valueOf(export, "customer", customer, "postalCode")).isEqualTo("16111");
        assertThat(valueOf(export, "customer", customer, "notes")).isEqualTo("rumah pojok, pagar hijau");
        assertThat(valueOf(export, "user", login, "email")).isEqualTo("portal-" + customer + "@pelanggan.id");
        assertThat(valueOf(export, "user", login, "address")).isEqualTo("Jl. Melati 3");
        assertThat(valueOf(export, "user", login, "birthDate")).isEqualTo("1990-05-17");
        assertThat(held(export, "user", login, "birthDate").get("changedBy").asText())
                .as("the customer changed his profile himself").isEqualTo(login);
        assertThat(valueOf(export, "customer_network", network.json().get("id").asText(), "macAddress"))
                .isEqualTo("02:00:00:" + digits.substring(0, 2) + ":" + digits.substring(2, 4) + ":"
                        + digits.substring(4, 6));
        assertThat(valueOf(export, "invoice", invoice.json().get("id").asText(), "notes"))
                .isEqualTo("tagihan dikirim ke kantor");
        assertThat(read.body()).as("secrets are no personal data to hand out").doesNotContain(PPPOE_PASSWORD)
                .doesNotContain("$2a$");

        List<JsonNode> phones = recorded(export, "customer", customer, "phone");
        assertThat(phones).extracting(p -> p.get("value").asText())
                .containsExactly("+62812" + "11" + digits, "+62813" + "22" + digits);
        assertThat(phones).extracting(p -> p.get("event").asText())
                .containsExactly("CustomerRegistered", "CustomerDetailsChanged");
        assertThat(phones).extracting(p -> p.get("changedBy").asText()).containsOnly(adminId);
        OffsetDateTime first = OffsetDateTime.parse(phones.get(0).get("recordedAt").asText());
        OffsetDateTime second = OffsetDateTime.parse(phones.get(1).get("recordedAt").asText());
        assertThat(first).isBefore(second);
        assertThat(OffsetDateTime.parse(held(export, "customer", customer, "phone").get("since").asText()))
                .as("held since it changed").isEqualTo(second);
        assertThat(recorded(export, "customer", customer, "name")).as("a value repeated unchanged is no change")
                .hasSize(1);
    }

    @Test
    void aCustomerLoginExportsItsOwnDataAndToItOtherCustomersDoNotExist() {
        String staff = adminToken();
        String mine = newCustomer(staff, "Wahyu");
        String other = newCustomer(staff, "Yanti");
        String myLogin = customerLogin(staff, mine);
        String theirLogin = customerLogin(staff, other);

        Reply own = api.get(pathOf(mine), myLogin);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("customerId").asText()).isEqualTo(mine);
        assertThat(valueOf(own.json(), "customer", mine, "name")).isEqualTo("Wahyu");

        assertProblem(api.get(pathOf(other), myLogin), 404, "customer " + other + " does not exist");
        assertProblem(api.get(pathOf(mine), theirLogin), 404, "customer " + mine + " does not exist");
    }

    @Test
    void anUnknownIdOrTheIdOfSomethingElseIsNoCustomer() {
        String admin = adminToken();
        assertProblem(api.get(pathOf("42"), admin), 404, "customer 42 does not exist");
        String adminId = api.get("/api/v1/account", admin).json().get("id").asText();
        assertProblem(api.get(pathOf(adminId), admin), 404, "does not exist");
        assertThat(api.get(pathOf("budi"), admin).status()).isEqualTo(400);
        assertThat(api.get(pathOf("42"), null).status()).isEqualTo(401);
    }

    @Test
    void aStaffLoginExportsAnyCustomer() {
        String admin = adminToken();
        String email = "petugas-" + Ids.next() + "@isp.id";
        Reply created = api.post("/api/v1/users", admin, """
                {"name": "Petugas", "email": "%s", "password": "staff-password-1", "role": "staff"}""".formatted(email));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String staff = api.login(email, "staff-password-1");
        String customer = newCustomer(admin, "Zainal");

        Reply export = api.get(pathOf(customer), staff);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(valueOf(export.json(), "customer", customer, "name")).isEqualTo("Zainal");
        assertThat(valueOf(export.json(), "customer", customer, "city")).isEqualTo("Bekasi");
    }

    private static String pathOf(String customerId) {
        return "/api/v1/customers/" + customerId + "/personal-data";
    }

    private static String valueOf(JsonNode export, String source, String sourceId, String field) {
        return held(export, source, sourceId, field).get("value").asText();
    }

    /** The one entry of {@code current} for this source and field. */
    private static JsonNode held(JsonNode export, String source, String sourceId, String field) {
        List<JsonNode> found = matching(export.get("current"), source, sourceId, field);
        assertThat(found).as(source + " " + sourceId + " " + field + " in " + export.get("current")).hasSize(1);
        return found.get(0);
    }

    /** The entries of {@code history} for this source and field, in the order the export lists them. */
    private static List<JsonNode> recorded(JsonNode export, String source, String sourceId, String field) {
        return matching(export.get("history"), source, sourceId, field);
    }

    private static List<JsonNode> matching(JsonNode entries, String source, String sourceId, String field) {
        List<JsonNode> found = new ArrayList<>();
        entries.forEach(entry -> {
            if (entry.get("source").asText().equals(source) && entry.get("sourceId").asText().equals(sourceId)
                    && entry.get("field").asText().equals(field)) {
                found.add(entry);
            }
        });
        return found;
    }
}
