package io.netledger.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Logs the run's first admin in over HTTP, as a back-office app does, for benches that call the API. */
final class AdminLogin {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private AdminLogin() {
    }

    /** The bearer token from {@code POST /api/v1/auth/login} with {@link BenchMain#ADMIN_PASSWORD}. */
    static String token(HttpClient http, URI login, String email) throws Exception {
        String body = "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, BenchMain.ADMIN_PASSWORD);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(login)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("login answered " + response.statusCode() + ": " + response.body());
        }
        return token.group(1);
    }
}
