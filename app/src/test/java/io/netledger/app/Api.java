package io.netledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;

/** A small HTTP client for the tests: JSON in, status and JSON out, nothing hidden. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public Api(String base) {
        this.base = base;
    }

    /** Where the application listens, for a client of its own (a stream of server-sent events). */
    public String base() {
        return base;
    }

    public record Reply(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public boolean isProblem() {
            String type = header("Content-Type");
            return type != null && type.startsWith("application/problem+json") && json().has("status")
                    && json().get("status").asInt() == status && json().has("detail");
        }
    }

    /** Logs in, waiting for the users projection: an account registered a moment ago may not be readable yet. */
    public String login(String email, String password) {
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
        Reply[] reply = new Reply[1];
        try {
            Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                    .until(() -> (reply[0] = send("POST", "/api/v1/auth/login", null, credentials)).status() == 200);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            assertThat(reply[0].status()).as(reply[0].body()).isEqualTo(200);
        }
        return reply[0].json().get("token").asText();
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Reply post(String path, String token, String json) {
        return send("POST", path, token, json);
    }

    public Reply put(String path, String token, String json, String ifMatch) {
        return send("PUT", path, token, json, "If-Match", ifMatch);
    }

    public Reply patch(String path, String token, String json, String ifMatch) {
        return send("PATCH", path, token, json, "If-Match", ifMatch);
    }

    /** Waits for a read model to show what a command did: projections are asynchronous. */
    public Reply awaitGet(String path, String token, java.util.function.Predicate<Reply> until) {
        Reply[] last = new Reply[1];
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(() -> {
            last[0] = get(path, token);
            return until.test(last[0]);
        });
        return last[0];
    }

    public Reply send(String method, String path, String token, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("User-Agent", "netledger-tests/1.0")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
