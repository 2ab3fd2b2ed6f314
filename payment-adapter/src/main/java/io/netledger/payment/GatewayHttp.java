package io.netledger.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON over HTTPS to a gateway, with timeouts, and errors that name the gateway but never its credentials. */
final class GatewayHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String gateway;
    private final HttpClient client;
    private final Duration timeout;

    GatewayHttp(String gateway, Duration timeout) {
        this.gateway = gateway;
        this.timeout = timeout;
        // HTTP/1.1: JDK 17's HTTP/2 client multiplexes every call onto one connection and fails those past the
        // server's stream limit ("too many concurrent streams") instead of opening another, which a storm of
        // retried notifications reaches; HTTP/1.1 opens one more connection per call in flight.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** The answer's JSON when the status is one of {@code expected}; a {@link GatewayRefused} otherwise. */
    JsonNode post(URI uri, String authorization, Object body, int... expected) {
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("not writable as JSON: " + body.getClass().getSimpleName(), e);
        }
        return expect(send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(json)), authorization),
                expected);
    }

    /** The answer's status and JSON, whatever the status; a {@link GatewayRefused} when there is no answer. */
    Answer get(URI uri, String authorization) {
        return send(HttpRequest.newBuilder(uri).GET(), authorization);
    }

    /** What a gateway answered. */
    record Answer(int status, JsonNode json) {
    }

    JsonNode expect(Answer answer, int... expected) {
        for (int status : expected) {
            if (answer.status() == status) {
                return answer.json();
            }
        }
        throw new GatewayRefused(gateway + " answered " + answer.status() + ": " + message(answer.json()));
    }

    private Answer send(HttpRequest.Builder request, String authorization) {
        HttpResponse<String> response;
        try {
            response = client.send(request.timeout(timeout)
                    .header("Authorization", authorization)
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new GatewayRefused(gateway + " could not be reached: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayRefused(gateway + " call interrupted", e);
        }
        return new Answer(response.statusCode(), readable(response.body()));
    }

    private static JsonNode readable(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** Midtrans writes {@code error_messages}, Tripay {@code message}. */
    private static String message(JsonNode json) {
        if (json.has("error_messages")) {
            return json.get("error_messages").toString();
        }
        return json.has("message") ? json.get("message").asText() : "no message";
    }
}
