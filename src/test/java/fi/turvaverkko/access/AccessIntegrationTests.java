package fi.turvaverkko.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;

class AccessIntegrationTests extends IntegrationTest {

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path)));
    }

    @Test
    void demoModeSeedsTheSevenDemoAccountsWithHashedPasswords() {
        var accounts = db.sql("select username, password_hash from access.user_account where demo order by username")
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2)).list();
        assertThat(accounts).extracting(a -> a.split(" ")[0])
                .containsExactly("admin", "analyst", "coordinator", "executive", "member", "police", "youth");
        assertThat(accounts).allSatisfy(a -> assertThat(a.split(" ")[1]).startsWith("{bcrypt}$2").doesNotContain("demo"));
    }

    @Test
    void acceptsHttpBasicOnTheApiForLocalAccounts() {
        var me = get("/api/me", "Authorization", basic("police", "demo"));
        assertThat(me.statusCode()).isEqualTo(200);
        var body = parse(me.body());
        assertThat(body.path("username").asString()).isEqualTo("police");
        assertThat(body.path("roles").get(0).asString()).isEqualTo("POLICE_COORDINATOR");
        assertThat(me.headers().firstValue("Set-Cookie")).as("the API keeps no session").isEmpty();
    }

    @Test
    void refusesWrongCredentialsWithProblemJson() {
        var wrong = get("/api/me", "Authorization", basic("police", "wrong"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(wrong.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        assertThat(get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void remembersTheLanguageOfAnAccount() {
        var changed = send(request("/api/me/preferences").header("Authorization", basic("analyst", "demo"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"sv\"}")).build());
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(parse(get("/api/me", "Authorization", basic("analyst", "demo")).body()).path("language").asString()).isEqualTo("sv");

        var invalid = send(request("/api/me/preferences").header("Authorization", basic("analyst", "demo"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"de\"}")).build());
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(parse(invalid.body()).path("detail").asString()).contains("fi, sv or en");
        assertThat(parse(get("/api/me", "Authorization", basic("analyst", "demo")).body()).path("language").asString()).isEqualTo("sv");

        var malformed = send(request("/api/me/preferences").header("Authorization", basic("analyst", "demo"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"language\":")).build());
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void pagesCarrySecurityHeadersWithACspThatAllowsNoInlineScript() {
        var home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        String csp = home.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(home.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(home.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
    }

    @Test
    void refusesAFormPostWithoutTheCsrfToken() {
        var post = send(request("/language").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("lang=sv&returnTo=/")).build());
        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void keepsSignedInSessionsInPostgreSqlSoThatAnyInstanceCanServeThem() {
        var loginPage = get("/login");
        String cookie = loginPage.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(token.find()).isTrue();
        var login = send(request("/login").header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=coordinator&password=demo&_csrf="
                        + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8))).build());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(db.sql("select count(*) from access.session where principal_name = 'coordinator'").query(Long.class).single())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void sendsAnonymousVisitorsOfProtectedPagesToTheLoginPage() {
        var response = get("/admin");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
