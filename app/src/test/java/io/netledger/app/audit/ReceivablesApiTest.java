package io.netledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api;
import io.netledger.app.ApiTest;
import io.netledger.app.customer.Sales;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What customers owed at the end of a day ties to the invoices and payments recorded until then. */
class ReceivablesApiTest extends ApiTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Test
    void receivablesTieToTheInvoicesAndPaymentsOfTheDay() {
        String admin = adminToken();
        String owing = newCustomer(admin, "Hendra Owing");
        String subscription = Sales.subscription(api, admin, owing).json().get("id").asText();
        BigDecimal first = total(admin, invoice(admin, subscription, "2026-10-01"));
        String second = invoice(admin, subscription, "2026-11-01");
        BigDecimal secondTotal = total(admin, second);
        pay(admin, second, "50000");
        String settled = newCustomer(admin, "Sari Lunas");
        String paidInFull = invoice(admin, Sales.subscription(api, admin, settled).json().get("id").asText(),
                "2026-11-01");
        pay(admin, paidInFull, total(admin, paidInFull).toPlainString());
        String today = LocalDate.now(WIB).toString();

        Api.Reply report = api.awaitGet("/api/v1/reports/receivables?asOf=" + today, admin,
                reply -> reply.status() == 200 && customer(reply.json(), owing) != null
                        && customer(reply.json(), owing).get("invoices").size() == 2);

        JsonNode row = customer(report.json(), owing);
        BigDecimal owed = first.add(secondTotal).subtract(new BigDecimal("50000"));
        assertThat(new BigDecimal(row.get("total").asText())).isEqualByComparingTo(owed);
        assertThat(new BigDecimal(row.get("current").asText())).isEqualByComparingTo(owed);
        assertThat(row.get("days1to30").asText()).isEqualTo("0.00");
        assertThat(row.get("name").asText()).isEqualTo("Hendra Owing");
        assertThat(row.get("invoices").get(1).get("paid").asText()).isEqualTo("50000.00");
        assertThat(customer(report.json(), settled)).as("a customer who paid everything owes nothing").isNull();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode customer : report.json().get("customers")) {
            sum = sum.add(new BigDecimal(customer.get("total").asText()));
        }
        assertThat(new BigDecimal(report.json().get("totals").get("total").asText())).isEqualByComparingTo(sum);

        Api.Reply csv = api.send("GET", "/api/v1/reports/receivables?asOf=" + today, admin, null, "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("customerId,customerCode,name,current,days1to30,days31to60,days61to90,"
                + "over90,total\r\n").contains(owing + ",").contains(",,TOTAL,");

        // The day before, none of it had happened yet.
        Api.Reply yesterday = api.get("/api/v1/reports/receivables?asOf=" + LocalDate.now(WIB).minusDays(1), admin);
        assertThat(yesterday.json().get("customers")).isEmpty();
        assertThat(yesterday.json().get("totals").get("total").asText()).isEqualTo("0.00");
    }

    @Test
    void theReportIsForAuditorsAndRefusesBadDates() {
        String admin = adminToken();
        assertProblem(api.get("/api/v1/reports/receivables", newLogin(admin, "staff")), 403, "");
        assertProblem(api.get("/api/v1/reports/receivables?asOf=30-09-2026", admin), 400, "YYYY-MM-DD");
        assertProblem(api.get("/api/v1/reports/receivables?asOf=2026-02-30", admin), 400, "YYYY-MM-DD");
        assertProblem(api.get("/api/v1/reports/receivables?asOf=" + LocalDate.now(WIB).plusDays(2), admin), 400,
                "future");
    }

    private static JsonNode customer(JsonNode report, String id) {
        for (JsonNode customer : report.get("customers")) {
            if (customer.get("customerId").asText().equals(id)) {
                return customer;
            }
        }
        return null;
    }

    private String invoice(String admin, String subscription, String periodStart) {
        Api.Reply invoice = api.post("/api/v1/invoices", admin, """
                {"subscriptionId": "%s", "periodStart": "%s"}""".formatted(subscription, periodStart));
        assertThat(invoice.status()).as(invoice.body()).isEqualTo(201);
        return invoice.json().get("id").asText();
    }

    private BigDecimal total(String admin, String invoice) {
        return new BigDecimal(api.awaitGet("/api/v1/invoices/" + invoice, admin, reply -> reply.status() == 200)
                .json().get("total").asText());
    }

    private void pay(String admin, String invoice, String amount) {
        Api.Reply paid = api.post("/api/v1/invoices/" + invoice + "/payments", admin, """
                {"amount": "%s", "referenceNumber": "TRF-%s"}""".formatted(amount, Ids.next()));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
    }
}
