package io.netledger.app.personal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A customer's details are sealed in the event store with his own data key (docs/adr/0015): a scan of
 * the stored events, the claims and the audit log finds none of them in clear, while staff still read
 * and search him by name and phone.
 */
class PersonalDataInTheStoreTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aCustomersDetailsAreNowhereInClearOutsideTheReadModelYetHeIsFoundByNameAndPhone() {
        String staff = adminToken();
        String tag = String.valueOf(Ids.next());
        String digits = tag.substring(tag.length() - 7);
        String name = "Wulandari Kusumawati " + tag;
        String email = "wulan." + tag + "@contoh.id";
        String street = "Jl. Kenanga Blok " + tag;
        String notes = "tiang dekat warung " + tag;
        Reply created = api.post("/api/v1/customers", staff, """
                {"name": "%s", "email": "%s", "phone": "0813%s", "address": "%s", "city": "Cimahi",
                 "postalCode": "40512", "notes": "%s", "metadata": {"odp": "ODP-%s"}}"""
                .formatted(name, email, digits, street, notes, tag));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String position = created.header("NetLedger-Position");

        JsonNode read = api.send("GET", "/api/v1/customers/" + id, staff, null, "NetLedger-Await-Position",
                position).json();
        assertThat(read.get("name").asText()).isEqualTo(name);
        assertThat(read.get("email").asText()).isEqualTo(email);
        assertThat(read.get("address").asText()).isEqualTo(street);
        assertThat(read.get("metadata").get("odp").asText()).isEqualTo("ODP-" + tag);
        assertThat(search(staff, "q=Wulandari+" + tag)).containsExactly(id);
        assertThat(search(staff, "q=0813" + digits)).containsExactly(id);

        List<String> known = List.of(name, email, "813" + digits, street, notes, "ODP-" + tag);
        for (String value : known) {
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                    + " and position(convert_to(?, 'UTF8') in payload) > 0", Long.class, id, value))
                    .as("the event store holds %s only sealed", value).isZero();
            assertThat(jdbc.queryForObject("select count(*) from unique_claims where claimed_value like ?",
                    Long.class, "%" + value + "%")).as("claims hold %s only as a digest", value).isZero();
            assertThat(jdbc.queryForObject("""
                    select count(*) from audit_logs where model_id = ?
                      and (coalesce(old_values::text, '') || coalesce(new_values::text, '')) like ?""",
                    Long.class, Long.parseLong(id), "%" + value + "%")).as("the audit log holds no %s", value)
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from audit_model_state where model_id = ?"
                    + " and state::text like ?", Long.class, Long.parseLong(id), "%" + value + "%")).isZero();
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from personal_data_keys where subject_kind = 'customer' and subject_id = ?""",
                Long.class, Long.parseLong(id))).as("he has a data key of his own").isEqualTo(1);
        assertThat(jdbc.queryForObject("select new_values ->> 'name' from audit_logs where model_id = ?"
                + " and action = 'create'", String.class, Long.parseLong(id)))
                .as("the audit log says a name was given, not which").isEqualTo("[personal]");

        Reply sameEmail = api.post("/api/v1/customers", staff, """
                {"name": "Orang Lain", "email": "%s"}""".formatted(email.toUpperCase()));
        assertThat(sameEmail.status()).as("the digest still keeps an email unique").isEqualTo(409);
    }

    private List<String> search(String token, String query) {
        JsonNode page = api.get("/api/v1/customers?" + query, token).json();
        return page.get("content").findValuesAsText("id");
    }
}
