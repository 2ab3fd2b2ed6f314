package io.netledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.app.Api;
import io.netledger.app.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** An auditor reads what staff read, and is refused every change, on every route that could make one. */
class AuditorApiTest extends ApiTest {

    private static final Set<RequestMethod> READS = Set.of(RequestMethod.GET, RequestMethod.HEAD,
            RequestMethod.OPTIONS);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void anAuditorReadsWhatStaffRead() {
        String admin = adminToken();
        String customer = newCustomer(admin, "Siti Rahayu");
        String auditor = newLogin(admin, "auditor");
        assertThat(api.get("/api/v1/users?role=auditor&size=200", admin).json().get("content"))
                .anyMatch(user -> user.get("role").asText().equals("auditor"));

        assertThat(api.get("/api/v1/customers?size=5", auditor).status()).isEqualTo(200);
        Api.Reply one = api.awaitGet("/api/v1/customers/" + customer, auditor, reply -> reply.status() == 200);
        assertThat(one.json().get("name").asText()).isEqualTo("Siti Rahayu");
        assertThat(api.get("/api/v1/nas-servers", auditor).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/invoices", auditor).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/audit/public-key", auditor).status()).isEqualTo(200);
        // Asking for an integrity check records a check, not an event: the one thing he may send.
        assertThat(api.post("/api/v1/audit/integrity-checks", auditor, "{}").status()).isEqualTo(202);
        // What only an administrator reads stays his.
        assertThat(api.get("/api/v1/users", auditor).status()).isEqualTo(403);
    }

    @Test
    void everyRouteThatChangesAnythingRefusesAnAuditorAndWritesNothing() {
        String admin = adminToken();
        String customer = newCustomer(admin, "Budi Santoso");
        String auditor = newLogin(admin, "auditor");
        List<String[]> routes = changingRoutes();
        // Every controller of the application, not a list kept by hand: a new route is covered the day it lands.
        assertThat(routes).extracting(route -> route[0] + " " + route[1])
                .contains("POST /api/v1/customers", "POST /api/v1/customers/{id}/erasure", "PUT /api/v1/settings/{key}",
                        "POST /api/v1/users", "POST /api/v1/billing-runs")
                .hasSizeGreaterThan(30);
        long before = events();

        List<String> allowed = new ArrayList<>();
        for (String[] route : routes) {
            String path = route[1].replaceAll("\\{[^}]+}", customer);
            Api.Reply reply = api.send(route[0], path, auditor, "{}");
            if (reply.status() != 403 || !reply.isProblem()) {
                allowed.add(route[0] + " " + route[1] + " -> " + reply.status());
            }
        }

        assertThat(allowed).isEmpty();
        assertThat(events()).isEqualTo(before);
        assertThat(api.post("/api/v1/customers", admin, "{\"name\": \"Admin Still Writes\"}").status()).isEqualTo(201);
    }

    private List<String[]> changingRoutes() {
        List<String[]> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            Set<RequestMethod> changing = methods.isEmpty() ? Set.of(RequestMethod.POST) : methods;
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/") || pattern.startsWith("/api/v1/webhooks/")
                        || pattern.equals("/api/v1/auth/login") || pattern.equals("/api/v1/audit/integrity-checks")) {
                    continue;
                }
                changing.stream().filter(m -> !READS.contains(m))
                        .forEach(m -> routes.add(new String[] {m.name(), pattern}));
            }
        });
        return routes;
    }
}
