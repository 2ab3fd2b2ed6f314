package io.netledger.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The right to be forgotten over HTTP: refused while anything is owed either way, then for good, leaving the
 * books as they were under the customer's code and nothing of the person anywhere.
 */
@ExtendWith(OutputCaptureExtension.class)
class CustomerErasureApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Value("${netledger.data-dir}")
    private Path dataDir;

    @Test
    void refusedWhileTheCustomerIsServedOrOwesOrIsOwedSayingWhatStandsInTheWay() {
        String admin = adminToken();
        String customer = newCustomer(admin, "Joko Widodo");
        Reply sold = Sales.subscription(api, admin, customer);
        String subscription = sold.json().get("id").asText();
        Reply invoice = api.post("/api/v1/invoices", admin, """
                {"subscriptionId": "%s", "periodStart": "2026-12-01"}""".formatted(subscription));
        assertThat(invoice.status()).as(invoice.body()).isEqualTo(201);
        String number = invoice.json().get("invoiceNumber").asText();
        String path = "/api/v1/invoices/" + invoice.json().get("id").asText();
        String total = readAfter(path, admin, invoice).json().get("total").asText();
        long before = events();

        Reply refused = erase(admin, customer, "permintaan pelanggan");
        assertProblem(refused, 422, "customer " + customer + " cannot be erased yet");
        assertThat(refused.json().get("obstacles")).extracting(JsonNode::asText).containsExactly(
                "the customer is active; terminate him first",
                "subscription " + subscription + " is pending",
                "invoice " + number + " is draft with " + total + " unpaid");

        Reply paid = api.post(path + "/payments", admin, """
                {"amount": "%s", "referenceNumber": "TRF-%s"}""".formatted(total, Ids.next()));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        Reply overpaid = api.post(path + "/payments", admin, """
                {"amount": "25000", "referenceNumber": "TUNAI-%s"}""".formatted(Ids.next()));
        assertThat(overpaid.status()).as(overpaid.body()).isEqualTo(200);
        terminate(admin, "/api/v1/subscriptions/" + subscription);
        terminate(admin, "/api/v1/customers/" + customer);
        long settled = events();

        Reply credit = erase(admin, customer, "permintaan pelanggan");
        assertThat(credit.json().get("obstacles")).extracting(JsonNode::asText)
                .containsExactly("invoice " + number + " keeps an overpayment of 25000.00 not yet refunded");
        assertThat(events()).as("nothing written by a refusal").isEqualTo(settled);
        assertThat(before).isLessThan(settled);
    }

    @Test
    void onlyAnAdministratorErasesWithAReasonAndOnlyACustomer() {
        String admin = adminToken();
        String email = "petugas-" + Ids.next() + "@isp.id";
        api.post("/api/v1/users", admin, """
                {"name": "Petugas", "email": "%s", "password": "staff-password-1", "role": "staff"}""".formatted(email));
        String staff = api.login(email, "staff-password-1");
        String customer = newCustomer(admin, "Sri Mulyani");
        terminate(admin, "/api/v1/customers/" + customer);
        long before = events();

        assertThat(erase(staff, customer, "permintaan").status()).isEqualTo(403);
        assertThat(erase(null, customer, "permintaan").status()).isEqualTo(401);
        assertProblem(api.post(pathOf(customer), admin, "{}"), 400, "reason");
        assertProblem(api.post(pathOf(customer), admin, "{\"reason\": \"   \"}"), 400, "reason");
        assertProblem(api.post(pathOf(customer), admin, "{\"reason\": \"a\u0000b\"}"), 400, "");
        assertProblem(api.post(pathOf(customer), admin, "{\"reason\": "), 400, "");
        assertProblem(api.post(pathOf(customer), admin, "{\"reason\": \"" + "x".repeat(501) + "\"}"), 400, "reason");
        assertProblem(erase(admin, "42", "permintaan"), 404, "42");
        assertThat(erase(admin, "budi", "permintaan").status()).isEqualTo(400);
        assertThat(events()).as("nothing written").isEqualTo(before);
    }

    @Test
    void anErasedCustomerLeavesNoTraceWhileHisInvoicesAndPaymentsAddUpAsBefore(CapturedOutput logs)
            throws Exception {
        String admin = adminToken();
        String tag = String.valueOf(Ids.next());
        String digits = tag.substring(tag.length() - 7);
        List<String> personal = List.of("Hapus" + digits, "hapus." + tag + "@mail.id", "62819" + digits,
                "Gang Hapus " + digits, "Kota" + digits, "catatan " + digits, "portal-hapus-" + tag + "@pelanggan.id",
                "Jl. Profil " + digits, "02:00:00:" + digits.substring(1, 3) + ":" + digits.substring(3, 5) + ":"
                        + digits.substring(5, 7), "router dapur " + digits, "tagihan " + digits);
        Reply registered = api.post("/api/v1/customers", admin, """
                {"name": "%s", "email": "%s", "phone": "0819%s", "address": "%s", "city": "%s", "notes": "%s",
                 "metadata": {"ktp": "%s"}}""".formatted(personal.get(0), personal.get(1), digits, personal.get(3),
                personal.get(4), personal.get(5), "ktp" + digits));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String customer = registered.json().get("id").asText();
        String code = registered.json().get("customerCode").asText();
        Reply account = api.post("/api/v1/customers/" + customer + "/account", admin, """
                {"email": "%s", "password": "portal-password-1"}""".formatted(personal.get(6)));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        String portal = api.login(personal.get(6), "portal-password-1");
        assertThat(api.put("/api/v1/account/profile", portal, """
                {"address": "%s", "birthDate": "1988-02-03"}""".formatted(personal.get(7)), null).status())
                .isEqualTo(200);
        String subscription = Sales.subscription(api, admin, customer).json().get("id").asText();
        Reply network = api.post("/api/v1/subscriptions/" + subscription + "/networks", admin, """
                {"ipAddress": "10.78.%d.%d", "macAddress": "%s", "description": "%s"}""".formatted(
                (int) (Math.random() * 250), (int) (Math.random() * 250) + 1, personal.get(8), personal.get(9)));
        assertThat(network.status()).as(network.body()).isEqualTo(201);
        Reply invoice = api.post("/api/v1/invoices", admin, """
                {"subscriptionId": "%s", "periodStart": "2026-12-01", "notes": "%s"}"""
                .formatted(subscription, personal.get(10)));
        assertThat(invoice.status()).as(invoice.body()).isEqualTo(201);
        String invoicePath = "/api/v1/invoices/" + invoice.json().get("id").asText();
        Reply paid = api.post(invoicePath + "/payments", admin, """
                {"amount": "%s", "referenceNumber": "TRF-%s"}""".formatted(
                readAfter(invoicePath, admin, invoice).json().get("total").asText(), tag));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        terminate(admin, "/api/v1/subscriptions/" + subscription);
        Reply terminated = terminate(admin, "/api/v1/customers/" + customer);
        JsonNode invoiceBefore = readAfter(invoicePath, admin, terminated).json();
        String paymentsBefore = api.get(invoicePath + "/payments", admin).json().get("content").toString();

        Reply erased = erase(admin, customer, "permintaan penghapusan UU PDP no. " + tag);
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("erased").asBoolean()).isTrue();
        long after = events();
        Reply again = erase(admin, customer, "diulang");
        assertThat(again.status()).as("an erasure repeated is answered as done").isEqualTo(200);
        assertThat(again.header("ETag")).isEqualTo(erased.header("ETag"));
        assertThat(events()).as("and writes nothing").isEqualTo(after);

        JsonNode shown = readAfter("/api/v1/customers/" + customer, admin, erased).json();
        assertThat(shown.get("customerCode").asText()).as("the code stays, a pseudonym").isEqualTo(code);
        assertThat(shown.get("name").asText()).isEqualTo("[erased]");
        assertThat(shown.get("status").asText()).isEqualTo("terminated");
        JsonNode invoiceAfter = api.get(invoicePath, admin).json();
        for (String field : List.of("invoiceNumber", "amount", "tax", "total", "status", "dueDate", "periodStart",
                "periodEnd", "paymentMethod")) {
            assertThat(invoiceAfter.get(field)).as(field).isEqualTo(invoiceBefore.get(field));
        }
        assertThat(api.get(invoicePath + "/payments", admin).json().get("content").toString())
                .as("the payments as they were").isEqualTo(paymentsBefore);
        JsonNode export = api.get(pathOf(customer).replace("/erasure", "/personal-data"), admin).json();
        assertThat(export.get("erased").asBoolean()).isTrue();
        assertThat(api.post("/api/v1/auth/login", null, """
                {"email": "%s", "password": "portal-password-1"}""".formatted(personal.get(6))).status())
                .as("his login is gone with him").isEqualTo(401);
        assertThat(api.get("/api/v1/account", portal).status()).as("and its tokens").isEqualTo(401);
        assertThat(api.get("/api/v1/customers?q=" + personal.get(0), admin).json().get("content")).isEmpty();
        assertProblem(api.put("/api/v1/customers/" + customer, admin, "{\"name\": \"Kembali\"}", null), 422,
                "is erased");

        Reply reused = api.post("/api/v1/customers", admin, """
                {"name": "Orang Lain", "email": "%s"}""".formatted(personal.get(1)));
        assertThat(reused.status()).as("his email is free for someone else: " + reused.body()).isEqualTo(201);
        List<String> everywhere = new ArrayList<>(personal);
        everywhere.remove(1);
        everywhere.add("ktp" + digits);
        everywhere.add("1988-02-03");
        readAfter("/api/v1/customers/" + reused.json().get("id").asText(), admin, reused);
        assertNoTrace(everywhere, export.toString());
        assertThat(logs.getAll()).as("the log").doesNotContain(everywhere);

        assertThat(Files.readString(dataDir.resolve("erasures.jsonl"))).as("the ledger outside the database")
                .contains("\"id\":" + customer).contains("permintaan penghapusan UU PDP no. " + tag);
    }

    private void assertNoTrace(List<String> values, String export) {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'""", String.class);
        for (String value : values) {
            assertThat(export).as("the export").doesNotContain(value);
            assertThat(jdbc.queryForObject("""
                    select count(*) from domain_event_entry
                    where position(convert_to(?, 'UTF8') in payload) > 0
                       or position(convert_to(?, 'UTF8') in meta_data) > 0""", Long.class, value, value))
                    .as("the event store holds no %s", value).isZero();
            for (String table : tables) {
                assertThat(jdbc.queryForObject("select count(*) from " + table + " t where t::text like ?",
                        Long.class, "%" + value + "%")).as("%s holds no %s", table, value).isZero();
            }
        }
    }

    private Reply erase(String token, String customerId, String reason) {
        return api.post(pathOf(customerId), token, "{\"reason\": \"" + reason + "\"}");
    }

    private Reply terminate(String token, String path) {
        Reply terminated = api.post(path + "/terminate", token, "{\"reason\": \"berhenti langganan\"}");
        assertThat(terminated.status()).as(terminated.body()).isEqualTo(200);
        return terminated;
    }

    private static String pathOf(String customerId) {
        return "/api/v1/customers/" + customerId + "/erasure";
    }
}
