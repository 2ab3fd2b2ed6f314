package io.netledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A value of the wrong JSON type is refused with 400 naming the field, never coerced: 1.5 is
 * no speed, a number is no date, no flag and no name. Money takes a string or a number and ids travel
 * as strings, as the API conventions promise.
 */
class StrictJsonTypesTest extends ApiTest {

    private static final String PLAN = """
            {"name": %s, "price": %s, "billingCycle": "monthly",
             "downloadSpeed": %s, "uploadSpeed": 10000, "dataUnit": "unlimited"}""";

    private String admin;
    private long eventsBefore;

    @BeforeEach
    void setUp() {
        admin = adminToken();
        eventsBefore = events();
    }

    private void assertRefusedNaming(Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.isProblem()).as(reply.body()).isTrue();
        assertThat(reply.json().get("detail").asText()).contains(field);
        assertThat(reply.json().get("field").asText()).isEqualTo(field);
        assertThat(events()).as("nothing written").isEqualTo(eventsBefore);
    }

    @Test
    void aFractionIsNoInteger() {
        assertRefusedNaming(api.post("/api/v1/service-plans", admin, PLAN.formatted("\"Half\"", "\"1\"", "1.5")),
                "downloadSpeed");
        assertRefusedNaming(api.post("/api/v1/service-plans", admin, PLAN.formatted("\"Half\"", "\"1\"", "2.0")),
                "downloadSpeed");
    }

    @Test
    void aNumberIsNoDate() {
        assertRefusedNaming(api.post("/api/v1/invoices", admin,
                "{\"subscriptionId\": \"1\", \"periodStart\": 20000}"), "periodStart");
        assertRefusedNaming(api.post("/api/v1/billing-runs", admin, "{\"date\": 20000}"), "date");
    }

    @Test
    void aNumberIsNoFlag() {
        assertRefusedNaming(api.post("/api/v1/nas-servers", admin, """
                {"name": "R1", "ipAddress": "10.0.0.1", "username": "api", "password": "secret-1",
                 "apiType": "routeros_v7", "tls": 1}"""), "tls");
    }

    @Test
    void aNumberOrAFlagIsNoText() {
        assertRefusedNaming(api.post("/api/v1/service-plans", admin, PLAN.formatted("42", "\"1\"", "1")), "name");
        assertRefusedNaming(api.post("/api/v1/service-plans", admin, PLAN.formatted("4.2", "\"1\"", "1")), "name");
        assertRefusedNaming(api.post("/api/v1/customers", admin, "{\"name\": true}"), "name");
        assertRefusedNaming(api.put("/api/v1/settings/company.name", admin, "{\"value\": 42}", null), "value");
    }

    @Test
    void moneyIsAStringOrANumberAndIdsAreStrings() {
        Reply asString = api.post("/api/v1/service-plans", admin,
                PLAN.formatted("\"Text price %d\"".formatted(System.nanoTime()), "\"150000.50\"", "1"));
        assertThat(asString.status()).as(asString.body()).isEqualTo(201);
        Reply asNumber = api.post("/api/v1/service-plans", admin,
                PLAN.formatted("\"Number price %d\"".formatted(System.nanoTime()), "150000.5", "1"));
        assertThat(asNumber.status()).as(asNumber.body()).isEqualTo(201);
        assertThat(asNumber.json().get("price").asText()).isEqualTo("150000.50");
        Reply unknownPlan = api.post("/api/v1/customers/" + newCustomer(admin, "Ids as strings") + "/subscriptions",
                admin, """
                        {"servicePlanId": "42", "nasServerId": "43", "username": "ids-as-strings",
                         "password": "pppoe-secret"}""");
        assertThat(unknownPlan.status()).as("the ids were read, the plan is unknown: " + unknownPlan.body())
                .isIn(404, 422);
    }
}
