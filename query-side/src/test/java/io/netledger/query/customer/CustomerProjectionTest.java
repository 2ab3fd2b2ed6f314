package io.netledger.query.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.PageSpec;
import io.netledger.api.customer.CustomerDetails;
import io.netledger.api.customer.CustomerDetailsChanged;
import io.netledger.api.customer.CustomerErased;
import io.netledger.api.customer.CustomerPage;
import io.netledger.api.customer.CustomerReactivated;
import io.netledger.api.customer.CustomerRegistered;
import io.netledger.api.customer.CustomerStatus;
import io.netledger.api.customer.CustomerSuspended;
import io.netledger.api.customer.CustomerTerminated;
import io.netledger.api.customer.CustomerView;
import io.netledger.api.customer.FindCustomer;
import io.netledger.api.customer.FindCustomers;
import io.netledger.api.personal.Erased;
import io.netledger.query.ProjectionTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerProjectionTest extends ProjectionTest {

    private static final LocalDate REGISTERED = LocalDate.of(2026, 11, 30);

    @Autowired
    private CustomerProjection projection;

    @Test
    void registeredCustomerIsAnActiveRowWithEveryDetailInItsColumn() {
        long id = Ids.next();
        handle(() -> projection.on(CustomerRegistered.of(id, "CUST-0001", details("Siti Aminah", "Bandung"),
                REGISTERED), T0, 0));

        Map<String, Object> row = row("""
                select customer_code, name, email, phone, address, city, province, postal_code, status,
                       registration_date, notes, metadata::text as metadata, created_at, updated_at, aggregate_version
                from customers where id = ?""", id);
        assertThat(row).containsEntry("customer_code", "CUST-0001").containsEntry("name", "Siti Aminah")
                .containsEntry("email", "siti@example.id").containsEntry("phone", "+6281234567890")
                .containsEntry("address", "Jl. Merdeka 1").containsEntry("city", "Bandung")
                .containsEntry("province", "Jawa Barat").containsEntry("postal_code", "40111")
                .containsEntry("status", "active").containsEntry("notes", "gate code 12")
                .containsEntry("metadata", "{\"rt\": \"03\"}").containsEntry("aggregate_version", 0L);
        assertThat(row.get("registration_date").toString()).isEqualTo("2026-11-30");
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T0);
    }

    @Test
    void changedDetailsReplaceTheOldOnesAndMoveVersionAndUpdatedAtButNotCreatedAt() {
        long id = registered("Siti Aminah", "Bandung");
        handle(() -> projection.on(CustomerDetailsChanged.of(id, new CustomerDetails("Siti A. Rahman",
                "siti.rahman@example.id", null, "Jl. Asia Afrika 8", "Jakarta", null, null, null, Map.of())), T1, 1));

        Map<String, Object> row = row("""
                select name, email, phone, address, city, province, notes, metadata, created_at, updated_at,
                       aggregate_version from customers where id = ?""", id);
        assertThat(row).containsEntry("name", "Siti A. Rahman").containsEntry("email", "siti.rahman@example.id")
                .containsEntry("address", "Jl. Asia Afrika 8").containsEntry("city", "Jakarta")
                .containsEntry("phone", null).containsEntry("province", null).containsEntry("notes", null)
                .containsEntry("metadata", null).containsEntry("aggregate_version", 1L);
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T1);
    }

    @Test
    void suspensionReactivationAndTerminationSetTheStatusEachWithItsVersion() {
        long id = registered("Budi Santoso", "Bogor");
        handle(() -> projection.on(new CustomerSuspended(id, "unpaid"), T1, 1));
        assertThat(status(id)).isEqualTo("suspended");
        handle(() -> projection.on(new CustomerReactivated(id), T1, 2));
        assertThat(status(id)).isEqualTo("active");
        handle(() -> projection.on(new CustomerTerminated(id, "moved away"), T2, 3));

        Map<String, Object> row = row("select status, aggregate_version, updated_at from customers where id = ?", id);
        assertThat(row).containsEntry("status", "terminated").containsEntry("aggregate_version", 3L);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T2);
    }

    @Test
    void erasureLeavesEachDetailHeGaveErasedAndHisCodeStatusAndDatesAsTheyWere() {
        long id = Ids.next();
        handle(() -> {
            projection.on(CustomerRegistered.of(id, "C" + id, new CustomerDetails("Siti Aminah", "siti@example.id",
                    null, "Jl. Merdeka 1", "Bandung", "Jawa Barat", "40111", "gate code 12", Map.of("rt", "03")),
                    REGISTERED), T0, 0);
            projection.on(new CustomerSuspended(id, "unpaid"), T1, 1);
        });
        long other = registered("Budi Santoso", "Bogor", "budi@warnet.id", "+6285700001111");

        handle(() -> projection.on(new CustomerErased(id, "asked to be forgotten", List.of(Ids.next())), T2, 2));

        Map<String, Object> row = row("""
                select customer_code, name, email, phone, address, city, province, postal_code, status,
                       registration_date::text as registration_date, notes, metadata::text as metadata, created_at,
                       updated_at, aggregate_version
                from customers where id = ?""", id);
        assertThat(row).containsEntry("name", Erased.TEXT).containsEntry("email", Erased.TEXT)
                .containsEntry("phone", null).containsEntry("address", Erased.TEXT).containsEntry("city", Erased.TEXT)
                .containsEntry("province", Erased.TEXT).containsEntry("postal_code", Erased.TEXT)
                .containsEntry("notes", Erased.TEXT).containsEntry("metadata", "{}")
                .containsEntry("customer_code", "C" + id).containsEntry("status", "suspended")
                .containsEntry("registration_date", "2026-11-30").containsEntry("aggregate_version", 2L);
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T2);
        assertThat(projection.handle(new FindCustomer(id)).orElseThrow().metadata()).isEmpty();
        assertThat(row("select name, email, metadata::text as metadata, aggregate_version from customers where id = ?",
                other)).containsEntry("name", "Budi Santoso").containsEntry("email", "budi@warnet.id")
                .containsEntry("metadata", "{\"rt\": \"03\"}").containsEntry("aggregate_version", 0L);
    }

    @Test
    void aChangeOfACustomerTheTableDoesNotHoldAddsNoRow() {
        long unknown = Ids.next();
        handle(() -> projection.on(new CustomerSuspended(unknown, "unpaid"), T1, 1));

        assertThat(count("select 1 from customers where id = ?", unknown)).isZero();
    }

    @Test
    void resetEmptiesTheTable() {
        registered("Siti Aminah", "Bandung");
        handle(projection::reset);

        assertThat(count("select 1 from customers")).isZero();
    }

    @Test
    void findCustomerAnswersTheRowAsClientsReadIt() {
        long id = registered("Siti Aminah", "Bandung");

        CustomerView view = projection.handle(new FindCustomer(id)).orElseThrow();
        assertThat(view.name()).isEqualTo("Siti Aminah");
        assertThat(view.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(view.metadata()).containsEntry("rt", "03");
        assertThat(view.createdAt().toInstant()).isEqualTo(T0);
        assertThat(projection.handle(new FindCustomer(Ids.next()))).isEmpty();
    }

    @Test
    void searchFindsEveryWordInNameCodeEmailOrPhoneAndAPhoneTypedLocally() {
        emptied("customers");
        long siti = registered("Siti Aminah", "Bandung");
        long budi = registered("Budi Santoso", "Bogor", "budi@warnet.id", "+6285700001111");
        registered("Agus Salim", "Bogor", "agus@example.id", "+6281399990000");

        assertThat(ids(find(null, null, "siti"))).containsExactly(siti);
        assertThat(ids(find(null, null, "WARNET"))).containsExactly(budi);
        assertThat(ids(find(null, null, "0857-0000"))).containsExactly(budi);
        assertThat(ids(find(null, null, "santoso bogor"))).isEmpty();
        assertThat(ids(find(null, null, "budi santoso"))).containsExactly(budi);
        // LIKE's wildcards typed by a user are plain characters.
        assertThat(ids(find(null, null, "%"))).isEmpty();
    }

    @Test
    void aPercentUnderscoreOrBackslashInASearchIsThatVeryCharacterNotAWildcard() {
        emptied("customers");
        long percent = registered("Warnet 100% Jaya", "Bogor", "info@warnet.id", "+6285700002222");
        long underscore = registered("Budi Santoso", "Bogor", "budi_s@example.id", "+6285700003333");
        registered("Budi Saputra", "Bogor", "budixs@example.id", "+6285700004444");

        assertThat(ids(find(null, null, "0%"))).containsExactly(percent);
        assertThat(ids(find(null, null, "budi_s"))).containsExactly(underscore);
        assertThat(ids(find(null, null, "\\"))).isEmpty();
    }

    @Test
    void statusCityAndTheCallersOwnCustomerNarrowTheList() {
        emptied("customers");
        long siti = registered("Siti Aminah", "Bandung");
        long budi = registered("Budi Santoso", "Bogor", "budi@warnet.id", "+6285700001111");
        long agus = registered("Agus Salim", "Bogor", "agus@example.id", "+6281399990000");
        handle(() -> projection.on(new CustomerSuspended(agus, "unpaid"), T1, 1));

        assertThat(ids(find(CustomerStatus.SUSPENDED, null, null))).containsExactly(agus);
        assertThat(ids(find(null, " bogor ", null))).containsExactly(agus, budi);
        assertThat(ids(projection.handle(new FindCustomers(null, null, null, siti, page("name", true))))).containsExactly(siti);
    }

    @Test
    void listIsOrderedAndPagedAsAsked() {
        emptied("customers");
        long siti = registered("Siti Aminah", "Bandung");
        long budi = registered("Budi Santoso", "Bogor", "budi@warnet.id", "+6285700001111");
        long agus = registered("Agus Salim", "Bogor", "agus@example.id", "+6281399990000");

        CustomerPage first = projection.handle(new FindCustomers(null, null, null, null, new PageSpec(0, 2, "name", false)));
        assertThat(ids(first)).containsExactly(siti, budi);
        assertThat(first.page().totalElements()).isEqualTo(3);
        assertThat(first.page().totalPages()).isEqualTo(2);
        CustomerPage second = projection.handle(new FindCustomers(null, null, null, null, new PageSpec(1, 2, "name", false)));
        assertThat(ids(second)).containsExactly(agus);
    }

    private long registered(String name, String city) {
        return registered(name, city, "siti@example.id", "+6281234567890");
    }

    private long registered(String name, String city, String email, String phone) {
        long id = Ids.next();
        CustomerDetails details = new CustomerDetails(name, email, phone, "Jl. Merdeka 1", city, "Jawa Barat", "40111",
                "gate code 12", Map.of("rt", "03"));
        handle(() -> projection.on(CustomerRegistered.of(id, "C" + id, details, REGISTERED), T0, 0));
        return id;
    }

    private static CustomerDetails details(String name, String city) {
        return new CustomerDetails(name, "siti@example.id", "+6281234567890", "Jl. Merdeka 1", city, "Jawa Barat",
                "40111", "gate code 12", Map.of("rt", "03"));
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from customers where id = ?", String.class, id);
    }

    private CustomerPage find(CustomerStatus status, String city, String search) {
        return projection.handle(new FindCustomers(status, city, search, null, page("name", true)));
    }

    private static PageSpec page(String field, boolean ascending) {
        return new PageSpec(0, 20, field, ascending);
    }

    private static java.util.List<Long> ids(CustomerPage page) {
        return page.content().stream().map(CustomerView::id).toList();
    }
}
