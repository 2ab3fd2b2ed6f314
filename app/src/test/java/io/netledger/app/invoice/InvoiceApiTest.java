package io.netledger.app.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.app.Simultaneously;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Invoices issued by hand: tax, due date, gapless numbers, manual payments, credit, who sees what. */
class InvoiceApiTest extends ApiTest {

    private static final ZoneId ISP_ZONE = ZoneId.of("Asia/Jakarta");

    @Autowired
    private JdbcTemplate jdbc;

    private String staff;
    private String customer;
    private String subscription;

    @BeforeEach
    void stock() {
        staff = adminToken();
        customer = newCustomer(staff, "Putri");
        subscription = newSubscription(customer, "monthly");
    }

    @Test
    void issuesAnInvoiceWithTaxFromTheSettingsAndItsDueDate() {
        Reply issued = issue(subscription, "2026-12-01", null);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String month = YearMonth.now(ISP_ZONE).format(DateTimeFormatter.ofPattern("yyyyMM"));
        assertThat(issued.json().get("invoiceNumber").asText()).matches("INV-" + month + "-\\d{6}");

        JsonNode invoice = readAfter("/api/v1/invoices/" + issued.json().get("id").asText(), staff, issued).json();
        assertThat(new BigDecimal(invoice.get("amount").asText())).isEqualByComparingTo("150000");
        assertThat(new BigDecimal(invoice.get("tax").asText())).as("PPN 11%").isEqualByComparingTo("16500");
        assertThat(new BigDecimal(invoice.get("total").asText())).isEqualByComparingTo("166500");
        assertThat(invoice.get("dueDate").asText()).as("10 days from today")
                .isEqualTo(LocalDate.now(ISP_ZONE).plusDays(10).toString());
        assertThat(invoice.get("periodEnd").asText()).isEqualTo("2027-01-01");
        assertThat(invoice.get("status").asText()).isEqualTo("draft");
        assertThat(invoice.get("customerId").asText()).isEqualTo(customer);

        Reply again = issue(subscription, "2026-12-01", null);
        assertThat(again.status()).as("one invoice per subscription and period").isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("already has an invoice for the period");
    }

    @Test
    void anInvoiceWithoutAPeriodBillsTheNextUnbilledOneOnTheSubscriptionsOwnDays() {
        String sold = newSubscription(customer, "monthly", "2026-01-31");
        List<String> periods = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            periods.add(period(issueNext(sold)));
        }
        assertThat(periods).as("from the start on, each period beginning where the last ended")
                .containsExactly("2026-01-31..2026-02-28", "2026-02-28..2026-03-31", "2026-03-31..2026-04-30");

        assertThat(issue(sold, "2026-06-30", null).status()).isEqualTo(201);
        assertThat(period(issueNext(sold))).as("after the last one billed, not after the last one defaulted")
                .isEqualTo("2026-07-31..2026-08-31");
        assertThat(issue(sold, "2026-02-28", null).status()).as("still one invoice per period").isEqualTo(409);
    }

    @Test
    void aCustomCycleDefaultsOnlyItsFirstPeriod() {
        String custom = newSubscription(customer, "custom", "2026-10-05");
        Reply first = api.post("/api/v1/invoices", staff, """
                {"subscriptionId": "%s", "periodEnd": "2026-11-20"}""".formatted(custom));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(period(first)).isEqualTo("2026-10-05..2026-11-20");

        long before = events();
        assertProblem(api.post("/api/v1/invoices", staff, """
                {"subscriptionId": "%s", "periodEnd": "2026-12-20"}""".formatted(custom)), 422, "periodStart is required");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void numbersHaveNoGapsEvenWhenSimultaneousIssuesFailAndRollBack() throws Exception {
        List<String> subscriptions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            subscriptions.add(newSubscription(customer, "monthly"));
        }
        List<Callable<Reply>> issues = new ArrayList<>();
        for (String s : subscriptions) {
            // Each period twice at once: one wins, the other draws a number and rolls back.
            issues.add(() -> issue(s, "2027-02-01", null));
            issues.add(() -> issue(s, "2027-02-01", null));
            issues.add(() -> issue(s, "2027-03-01", null));
        }
        List<Reply> replies = Simultaneously.run(issues);
        assertThat(replies).extracting(Reply::status).containsOnly(201, 409);
        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(12);

        String month = YearMonth.now(ISP_ZONE).format(DateTimeFormatter.ofPattern("yyyyMM"));
        List<Integer> numbers = jdbc.queryForList("""
                select cast(substring(payload_text from '"invoiceNumber":"INV-%s-([0-9]+)"') as integer)
                from (select convert_from(payload, 'UTF8') as payload_text from domain_event_entry
                      where payload_type like '%%InvoiceIssued') issued
                order by 1""".formatted(month), Integer.class);
        assertThat(numbers).as("every number of the month, once, from 1 on")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
    }

    @Test
    void staffRecordAManualPaymentOnceAndMoneyBeyondTheTotalBecomesCredit() {
        Reply issued = issue(subscription, "2026-12-01", null);
        String path = "/api/v1/invoices/" + issued.json().get("id").asText();
        assertThat(api.post(path + "/send", staff, null).status()).isEqualTo(200);

        String payment = "{\"amount\": \"166500\", \"referenceNumber\": \"TRF-BCA-0001\", \"method\": \"bank_transfer\"}";
        Reply paid = api.post(path + "/payments", staff, payment);
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        Reply doubleClick = api.post(path + "/payments", staff, payment);
        assertThat(doubleClick.header("ETag")).as("the same reference records nothing").isEqualTo(paid.header("ETag"));

        JsonNode invoice = readAfter(path, staff, doubleClick).json();
        assertThat(invoice.get("status").asText()).isEqualTo("paid");
        assertThat(invoice.get("paymentMethod").asText()).isEqualTo("manual");
        JsonNode payments = api.get(path + "/payments", staff).json().get("content");
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).get("paymentGateway").asText()).isEqualTo("manual");
        assertThat(payments.get(0).get("referenceNumber").asText()).isEqualTo("TRF-BCA-0001");
        assertThat(payments.get(0).get("status").asText()).isEqualTo("paid");

        Reply extra = api.post(path + "/payments", staff, "{\"amount\": \"50000\", \"referenceNumber\": \"TUNAI-17\"}");
        readAfter(path, staff, extra);
        assertThat(jdbc.queryForObject("select coalesce(sum(amount), 0) from customer_credits where customer_id = ?",
                BigDecimal.class, Long.parseLong(customer))).as("never lost").isEqualByComparingTo("50000");

        Reply cancel = api.post(path + "/cancel", staff, "{\"reason\": \"salah tagih\"}");
        assertThat(cancel.status()).isEqualTo(422);
        assertThat(cancel.json().get("detail").asText()).contains("refund it instead");
    }

    @Test
    void theDueDateIsAPersistentDeadlineAndAnUnpaidInvoiceBecomesOverdueWhenItPasses() {
        Reply unpaid = issue(subscription, "2026-12-01", null);
        Reply paid = issue(subscription, "2027-01-01", null);
        String unpaidId = unpaid.json().get("id").asText();
        String paidId = paid.json().get("id").asText();
        api.post("/api/v1/invoices/" + unpaidId + "/send", staff, null);
        api.post("/api/v1/invoices/" + paidId + "/payments", staff,
                "{\"amount\": \"166500\", \"referenceNumber\": \"LUNAS-" + paidId + "\"}");

        LocalDate due = LocalDate.now(ISP_ZONE).plusDays(10);
        for (String id : List.of(unpaidId, paidId)) {
            java.time.OffsetDateTime fires = jdbc.queryForObject("""
                    select execution_time from scheduled_tasks
                    where position(convert_to(?, 'UTF8') in task_data) > 0""", java.time.OffsetDateTime.class, id);
            assertThat(fires.toInstant()).as("kept in the database: the first moment after the due date, WIB")
                    .isEqualTo(due.plusDays(1).atStartOfDay(ISP_ZONE).toInstant());
        }

        // Let the due date pass: the real scheduler picks the deadlines up.
        jdbc.update("""
                update scheduled_tasks set execution_time = now()
                where position(convert_to(?, 'UTF8') in task_data) > 0
                   or position(convert_to(?, 'UTF8') in task_data) > 0""", unpaidId, paidId);
        api.awaitGet("/api/v1/invoices/" + unpaidId, staff, r -> r.json().get("status").asText().equals("overdue"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from scheduled_tasks where position(convert_to(?, 'UTF8') in task_data) > 0",
                Long.class, paidId) == 0);
        assertThat(api.get("/api/v1/invoices/" + paidId, staff).json().get("status").asText())
                .as("a paid invoice stays paid").isEqualTo("paid");
    }

    @Test
    void anUnpaidInvoiceIsCancelledWithAReason() {
        Reply issued = issue(subscription, "2026-12-01", null);
        String path = "/api/v1/invoices/" + issued.json().get("id").asText();
        assertThat(api.post(path + "/cancel", staff, "{}").status()).isEqualTo(400);
        Reply cancelled = api.post(path + "/cancel", staff, "{\"reason\": \"salah tagih\"}");
        assertThat(cancelled.status()).isEqualTo(200);
        JsonNode invoice = readAfter(path, staff, cancelled).json();
        assertThat(invoice.get("status").asText()).isEqualTo("cancelled");
        assertThat(invoice.get("paymentDetails").get("cancellationReason").asText()).isEqualTo("salah tagih");
    }

    @Test
    void badInputIsRefusedWithAProblemAndNothingIsWritten() {
        String custom = newSubscription(customer, "custom");
        long before = events();
        assertProblem(api.post("/api/v1/invoices", staff, "{}"), 400, "subscriptionId");
        assertProblem(api.post("/api/v1/invoices", staff, "{\"subscriptionId\": \"42\", \"periodStart\": \"2026-12-01\"}"),
                404, "42");
        assertProblem(issue(subscription, "2026-12-01", "2026-11-01"), 422, "periodEnd must be after periodStart");
        assertProblem(issue(custom, "2026-12-01", null), 422, "periodEnd is required");
        assertProblem(api.post("/api/v1/invoices", staff, """
                {"subscriptionId": "%s", "periodStart": "2026-12-01", "amount": "-5"}""".formatted(subscription)),
                422, "amount must be positive");
        assertProblem(api.post("/api/v1/invoices", staff, """
                {"subscriptionId": "%s", "periodStart": "2026-12-01", "amount": "murah"}""".formatted(subscription)),
                400, "not readable");
        assertProblem(api.post("/api/v1/invoices", staff, """
                {"subscriptionId": "%s", "periodStart": "awal bulan"}""".formatted(subscription)), 400, "not readable");
        assertProblem(api.post("/api/v1/invoices/42/payments", staff,
                "{\"amount\": \"1000\", \"referenceNumber\": \"X\"}"), 404, "42");
        assertProblem(api.post("/api/v1/invoices/42/send", staff, null), 404, "42");
        assertProblem(api.get("/api/v1/invoices/42", staff), 404, "does not exist");
        assertProblem(api.get("/api/v1/invoices?status=lunas", staff), 400, "status must be one of");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void customersSeeOnlyTheirOwnInvoicesAndChangeNothing() {
        String other = newCustomer(staff, "Rudi");
        String theirs = newSubscription(other, "monthly");
        Reply mine = issue(subscription, "2026-12-01", null);
        Reply theirInvoice = issue(theirs, "2026-12-01", null);
        readAfter("/api/v1/invoices/" + theirInvoice.json().get("id").asText(), staff, theirInvoice);
        String token = customerLogin(staff, customer);
        String mineId = mine.json().get("id").asText();
        String theirId = theirInvoice.json().get("id").asText();

        assertThat(api.get("/api/v1/invoices?size=100", token).json().get("content").findValuesAsText("id"))
                .containsExactly(mineId);
        assertThat(api.get("/api/v1/invoices/" + mineId, token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/invoices/" + mineId + "/payments", token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/customers/" + customer + "/invoices", token).json().get("content")
                .findValuesAsText("id")).containsExactly(mineId);
        assertThat(api.get("/api/v1/invoices/" + theirId, token).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/invoices/" + theirId + "/payments", token).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers/" + other + "/invoices", token).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/invoices?customerId=" + other, token).json().get("content")).isEmpty();

        long before = events();
        assertThat(api.post("/api/v1/invoices", token, """
                {"subscriptionId": "%s", "periodStart": "2027-06-01"}""".formatted(subscription)).status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/invoices/" + mineId + "/payments", token,
                "{\"amount\": \"166500\", \"referenceNumber\": \"palsu\"}").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/invoices/" + mineId + "/cancel", token, "{\"reason\": \"x\"}").status())
                .isEqualTo(403);
        assertThat(events()).isEqualTo(before);
    }

    private Reply issue(String subscriptionId, String periodStart, String periodEnd) {
        String end = periodEnd == null ? "" : ", \"periodEnd\": \"" + periodEnd + "\"";
        return api.post("/api/v1/invoices", staff, """
                {"subscriptionId": "%s", "periodStart": "%s"%s}""".formatted(subscriptionId, periodStart, end));
    }

    private Reply issueNext(String subscriptionId) {
        Reply issued = api.post("/api/v1/invoices", staff, "{\"subscriptionId\": \"" + subscriptionId + "\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued;
    }

    /** The period an issued invoice bills, as {@code start..end}. */
    private String period(Reply issued) {
        JsonNode invoice = readAfter("/api/v1/invoices/" + issued.json().get("id").asText(), staff, issued).json();
        return invoice.get("periodStart").asText() + ".." + invoice.get("periodEnd").asText();
    }

    private String newSubscription(String customerId, String cycle) {
        return newSubscription(customerId, cycle, LocalDate.now(ISP_ZONE).toString());
    }

    private String newSubscription(String customerId, String cycle, String startDate) {
        Reply plan = api.post("/api/v1/service-plans", staff, """
                {"name": "Rumah %s", "price": "150000", "billingCycle": "%s", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataUnit": "unlimited"}""".formatted(Ids.next(), cycle));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        Reply nas = api.post("/api/v1/nas-servers", staff, """
                {"name": "POP %s", "ipAddress": "10.30.0.1", "username": "netledger", "password": "router-pw-1",
                 "apiType": "routeros_v7"}""".formatted(Ids.next()));
        Reply sold = api.post("/api/v1/customers/" + customerId + "/subscriptions", staff, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "inv-%s", "password": "pppoe-pw-1",
                 "startDate": "%s"}"""
                .formatted(plan.json().get("id").asText(), nas.json().get("id").asText(), Ids.next(), startDate));
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        return sold.json().get("id").asText();
    }
}
