package fi.turvaverkko.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context of the tests: the whole application on a random port, with its embedded PostgreSQL started
 * from an empty data directory under target/ (one per test JVM), and single sign-on pointed at the test JVM's OIDC
 * provider ({@link OidcProvider}). Every integration and browser test extends this, so the context (and the database)
 * starts once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    static {
        String dir = "target/test-data/jvm-" + ProcessHandle.current().pid();
        System.setProperty("turvaverkko.data-dir", dir);
    }

    /** Single sign-on on, with explicit endpoints of the test provider (nothing is fetched at start-up). */
    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry properties) {
        properties.add("turvaverkko.access.sso.enabled", () -> "true");
        // a fifth of the demo signals (generated in about 2 s instead of 10 while the tests run)
        properties.add("turvaverkko.signals.demo-scale", () -> "0.2");
        properties.add("turvaverkko.access.sso.client-id", () -> OidcProvider.CLIENT_ID);
        properties.add("turvaverkko.access.sso.client-secret", () -> OidcProvider.CLIENT_SECRET);
        properties.add("turvaverkko.access.sso.authorization-uri", OidcProvider::authorizationUri);
        properties.add("turvaverkko.access.sso.token-uri", OidcProvider::tokenUri);
        properties.add("turvaverkko.access.sso.jwk-set-uri", OidcProvider::jwkSetUri);
        properties.add("turvaverkko.access.sso.user-info-uri", OidcProvider::userInfoUri);
        properties.add("turvaverkko.access.sso.issuer", OidcProvider::issuer);
    }

    protected static final JsonMapper json = JsonMapper.builder().build();
    protected static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient db;

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected HttpResponse<String> get(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.build());
    }

    protected HttpResponse<byte[]> getBytes(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            builder.headers(headers);
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Signs in with the login form like a browser and answers the session cookie ("SESSION=…") to send with page requests. */
    protected String signIn(String username, String password) {
        var loginPage = get("/login");
        String cookie = loginPage.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        var login = send(HttpRequest.newBuilder(URI.create(url("/login"))).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf="
                        + java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + login.statusCode());
        }
        // the session cookie, not the language cookie that a sign-in also sets for someone who chose a language
        return login.headers().allValues("Set-Cookie").stream().map(c -> c.split(";")[0]).filter(c -> c.startsWith("SESSION="))
                .findFirst().orElse(cookie);
    }

    protected static JsonNode parse(String body) {
        return json.readTree(body);
    }
}
