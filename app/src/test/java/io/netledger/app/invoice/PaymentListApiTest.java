package io.netledger.app.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finance lists the payments of a day across invoices, as JSON or as CSV, to reconcile with the gateways. */
class PaymentListApiTest extends ApiTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** Each test pays on days of its own: the application and its database serve every API test. */
    private static final AtomicInteger DAYS_USED = new AtomicInteger();
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1)
            .plusDays(ThreadLocalRandom.current().nextInt(300));

    private String staff;
    /** The test's day and the next one, as the API takes them. */
    private String day1;
    private String day2;
    /** 23:59 WIB on the test's day, and the next minute, which is already the next day at the ISP. */
    private String lateOnDay1;
    private String startOfDay2;
    private String late;
    private String nextDay;
    private String position;

    @BeforeEach
    void payments() {
        staff = adminToken();
        LocalDate day = FIRST_DAY.plusDays(3L * DAYS_USED.getAndIncrement());
        day1 = day.toString();
        day2 = day.plusDays(1).toString();
        lateOnDay1 = day.atTime(23, 59).atZone(WIB).toInstant().toString();
        startOfDay2 = day.plusDays(1).atStartOfDay(WIB).toInstant().toString();
        String customer = newCustomer(staff, "Wulan");
        late = paid(invoice(customer), "166500", "TRF-" + Ids.next(), lateOnDay1);
        nextDay = paid(invoice(customer), "100000", "=cmd|' /C calc'!A0", startOfDay2);
    }

    @Test
    void staffListThePaymentsOfTheIspsDaysAcrossInvoices() {
        JsonNode first = list("?from=" + day1 + "&to=" + day1 + "&gateway=manual&status=paid").json();
        assertThat(ids(first)).containsExactly(late);
        assertThat(first.get("content").get(0).get("amount").asText()).isEqualTo("166500.00");
        assertThat(first.get("content").get(0).get("paidAt").asText()).isEqualTo(lateOnDay1);
        assertThat(first.get("page").get("totalElements").asLong()).isEqualTo(1);

        assertThat(ids(list("?from=" + day2 + "&to=" + day2).json())).containsExactly(nextDay);
        JsonNode both = list("?from=" + day1 + "&to=" + day2 + "&sort=paidAt,desc&size=1").json();
        assertThat(ids(both)).containsExactly(nextDay);
        assertThat(both.get("page").get("totalElements").asLong()).isEqualTo(2);
        assertThat(both.get("page").get("totalPages").asLong()).isEqualTo(2);
        assertThat(ids(list("?from=" + day1 + "&to=" + day2 + "&gateway=midtrans").json())).isEmpty();
    }

    @Test
    void theSameListIsOneCsvFileWhenCsvIsAccepted() {
        Reply csv = list("?from=" + day1 + "&to=" + day2, "Accept", "text/csv");

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("id,invoiceId,paymentGateway,transactionId,referenceNumber,paymentMethod,"
                + "amount,status,paidAt,createdAt,updatedAt");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith(late + ",").contains(",manual,")
                .contains(",166500.00,paid," + lateOnDay1 + ",");
        assertThat(lines[2]).as("a reference a spreadsheet would run is text").startsWith(nextDay + ",")
                .contains(",'=cmd|' /C calc'!A0,");
        assertThat(list("?from=" + day1 + "&to=" + day2, "Accept", "*/*").header("Content-Type"))
                .startsWith("application/json");
    }

    @Test
    void badFiltersAreRefusedAsProblems() {
        assertProblem(list("?gateway=paypal"), 400, "gateway must be one of midtrans, tripay, manual");
        assertProblem(list("?status=settled"), 400, "status must be one of paid, refunded, chargeback");
        assertProblem(list("?from=" + day2 + "&to=" + day1), 400, "from must not be after to");
        assertProblem(list("?from=2025-02-30"), 400, "from must be a date");
        assertProblem(list("?to=yesterday"), 400, "to must be a date");
        assertProblem(list("?sort=customer,asc"), 400, "sort must be one of");
        assertProblem(list("?gateway=paypal", "Accept", "text/csv"), 400, "gateway must be one of");
    }

    @Test
    void customersMayNotListPaymentsAndStrangersMustLogIn() {
        String customer = newCustomer(staff, "Bayu");
        assertThat(api.get("/api/v1/payments", customerLogin(staff, customer)).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/payments", null).status()).isEqualTo(401);
    }

    @Test
    void theCsvFormIsDocumented() {
        JsonNode get = api.get("/v3/api-docs", null).json().get("paths").get("/api/v1/payments").get("get");

        assertThat(get.get("responses").get("200").get("content").fieldNames()).toIterable()
                .contains("application/json", "text/csv");
        assertThat(get.get("description").asText()).contains("Accept: text/csv");
    }

    private Reply list(String query, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "NetLedger-Await-Position";
        all[1] = position;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return api.send("GET", "/api/v1/payments" + query, staff, null, all);
    }

    private String invoice(String customer) {
        Reply plan = api.post("/api/v1/service-plans", staff, """
                {"name": "Rumah %s", "price": "150000", "billingCycle": "monthly", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataUnit": "unlimited"}""".formatted(Ids.next()));
        Reply nas = api.post("/api/v1/nas-servers", staff, """
                {"name": "POP %s", "ipAddress": "10.31.0.1", "username": "netledger", "password": "router-pw-1",
                 "apiType": "routeros_v7"}""".formatted(Ids.next()));
        Reply sold = api.post("/api/v1/customers/" + customer + "/subscriptions", staff, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "pay-%s", "password": "pppoe-pw-1"}"""
                .formatted(plan.json().get("id").asText(), nas.json().get("id").asText(), Ids.next()));
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        Reply issued = api.post("/api/v1/invoices", staff, """
                {"subscriptionId": "%s", "periodStart": "%s"}""".formatted(sold.json().get("id").asText(), day1));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("id").asText();
    }

    /** Records a manual payment and answers its id, once the read model holds it. */
    private String paid(String invoice, String amount, String reference, String paidAt) {
        Reply paid = api.post("/api/v1/invoices/" + invoice + "/payments", staff, """
                {"amount": "%s", "referenceNumber": "%s", "method": "bank_transfer", "paidAt": "%s"}"""
                .formatted(amount, reference, paidAt));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        position = paid.header("NetLedger-Position");
        JsonNode payments = readAfter("/api/v1/invoices/" + invoice + "/payments", staff, paid).json().get("content");
        return payments.get(payments.size() - 1).get("id").asText();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("content").forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }
}
