package io.netledger.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.Api;

/** A subscription sold over HTTP on a plan and a NAS of its own, as the back office sells one. */
public final class Sales {

    public static final String PPPOE_PASSWORD = "Pppoe-Rahasia-7731";

    private Sales() {
    }

    public static Reply subscription(Api api, String staff, String customerId) {
        Reply plan = api.post("/api/v1/service-plans", staff, """
                {"name": "Rumah %s", "price": "150000", "billingCycle": "monthly", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataUnit": "unlimited"}""".formatted(Ids.next()));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        Reply nas = api.post("/api/v1/nas-servers", staff, """
                {"name": "POP %s", "ipAddress": "10.31.0.1", "username": "netledger", "password": "router-pw-1",
                 "apiType": "routeros_v7"}""".formatted(Ids.next()));
        assertThat(nas.status()).as(nas.body()).isEqualTo(201);
        Reply sold = api.post("/api/v1/customers/" + customerId + "/subscriptions", staff, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "data-%s", "password": "%s"}"""
                .formatted(plan.json().get("id").asText(), nas.json().get("id").asText(), Ids.next(), PPPOE_PASSWORD));
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        return sold;
    }
}
