package fi.turvaverkko.access;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fi.turvaverkko.support.OidcProvider;

/**
 * A browser without a browser: one person's cookies, pages fetched and forms posted with the page's CSRF token, and the
 * round trip through the test OIDC provider's login form. Redirects are not followed, so that tests see each step.
 */
class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    WebSession(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build());
    }

    /** Posts a form to the path with the CSRF token of the page {@code formPage}. */
    HttpResponse<String> post(String formPage, String path, Map<String, String> fields) {
        var page = get(formPage);
        var token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("No CSRF token on " + formPage + " (" + page.statusCode() + ")");
        }
        var all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.group(1));
        return postForm(base + path, form(all));
    }

    /** Posts a form without a CSRF token. */
    HttpResponse<String> postWithoutCsrf(String path, String body) {
        return postForm(base + path, body);
    }

    HttpResponse<String> postForm(String url, String body) {
        return send(HttpRequest.newBuilder(uri(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Signs in with a local account and password; answers the redirect that follows. */
    HttpResponse<String> signIn(String username, String password) {
        return post("/login", "/login", Map.of("username", username, "password", password));
    }

    /**
     * Clicks the single sign-on button, types the subject and claims into the provider's login form, and comes back.
     * Answers the application's redirect after the sign-in (its Location says where the person lands).
     */
    HttpResponse<String> signInWithSso(String subject, String claimsJson) {
        var start = get("/oauth2/authorization/sso");
        expectRedirect(start, "to the provider");
        String authorize = start.headers().firstValue("Location").orElseThrow();
        var loginForm = get(authorize);
        if (loginForm.statusCode() != 200 || !loginForm.body().contains("name=\"username\"")) {
            throw new AssertionError("The provider shows no login form: " + loginForm.statusCode() + " " + loginForm.body());
        }
        var loggedIn = postForm(authorize, form(Map.of("username", subject, "claims", claimsJson)));
        expectRedirect(loggedIn, "back from the provider");
        var callback = get(loggedIn.headers().firstValue("Location").orElseThrow());
        expectRedirect(callback, "after the sign-in");
        return callback;
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    static String claims(String email, boolean verified, String name) {
        return OidcProvider.claims(email, verified, name);
    }

    private static void expectRedirect(HttpResponse<String> response, String what) {
        if (response.statusCode() != 302 && response.statusCode() != 303) {
            throw new AssertionError("Expected a redirect " + what + ", got " + response.statusCode() + ": " + response.body());
        }
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
