package fi.turvaverkko.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import fi.turvaverkko.access.internal.UserAccountRepository;
import fi.turvaverkko.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** API tokens: created and revoked by their owner (API and page), shown once, stored hashed, sent as a bearer token. */
class ApiTokenIntegrationTests extends IntegrationTest {

    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder passwords;

    /** A fresh account with a password, so that tests do not share tokens. */
    String account(String username, Role role) {
        users.create(username, passwords.encode("pw-" + username), "Test " + username, null, Set.of(role), false);
        return username;
    }

    String password(String username) {
        return basic(username, "pw-" + username);
    }

    HttpResponse<String> createToken(String authorization, String body) {
        return send(HttpRequest.newBuilder(URI.create(url("/api/me/tokens"))).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> delete(String path, String authorization) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", authorization).DELETE().build());
    }

    static String bearer(String secret) {
        return "Bearer " + secret;
    }

    @Test
    void createsATokenThatSignsInAsItsOwnerWithTheOwnersRoles() {
        String owner = account("token.owner", Role.ANALYST);
        var created = createToken(password(owner), "{\"name\":\"Poliisin tietosyöte\",\"expiresOn\":\"2099-12-31\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode token = parse(created.body());
        String secret = token.path("secret").asString();
        assertThat(secret).matches("tvk_[A-Za-z0-9_-]{43}");
        assertThat(token.path("name").asString()).isEqualTo("Poliisin tietosyöte");
        assertThat(token.path("state").asString()).isEqualTo("ACTIVE");
        assertThat(token.path("hint").asString()).isEqualTo(secret.substring(0, 8));
        assertThat(token.path("expiresAt").asString()).startsWith("2099-12-31T22:00:00");

        var me = get("/api/me", "Authorization", bearer(secret));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(parse(me.body()).path("username").asString()).isEqualTo(owner);
        assertThat(parse(me.body()).path("roles").get(0).asString()).isEqualTo("ANALYST");
        assertThat(me.headers().firstValue("Set-Cookie")).as("stateless").isEmpty();
        assertThat(db.sql("select last_used_at is not null from access.api_token where id = :id").param("id", token.path("id").asLong())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void storesOnlyTheSha256OfTheSecret() throws Exception {
        String owner = account("token.hash", Role.MEMBER);
        String secret = parse(createToken(password(owner), "{\"name\":\"hash check\"}").body()).path("secret").asString();
        var stored = db.sql("select t.*::text from access.api_token t join access.user_account u on u.id = t.user_id where u.username = :u")
                .param("u", owner).query(String.class).single();
        assertThat(stored).doesNotContain(secret).doesNotContain(secret.substring(4));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(db.sql("select secret_hash from access.api_token where secret_hash = :h").param("h", expected).query(String.class).list())
                .hasSize(1);
    }

    @Test
    void listsTheOwnersTokensWithoutSecrets() {
        String owner = account("token.list", Role.MEMBER);
        createToken(password(owner), "{\"name\":\"first\"}");
        createToken(password(owner), "{\"name\":\"second\"}");
        createToken(password(account("token.other", Role.MEMBER)), "{\"name\":\"not mine\"}");
        var list = get("/api/me/tokens", "Authorization", password(owner));
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode tokens = parse(list.body());
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(List.of(tokens.get(0).path("name").asString(), tokens.get(1).path("name").asString())).containsExactly("second", "first");
        assertThat(list.body()).doesNotContain("secret").doesNotContain("not mine");
    }

    @Test
    void aRevokedTokenIsRefusedWithProblemJson() {
        String owner = account("token.revoke", Role.MEMBER);
        JsonNode token = parse(createToken(password(owner), "{\"name\":\"to revoke\"}").body());
        String secret = token.path("secret").asString();
        assertThat(delete("/api/me/tokens/" + token.path("id").asLong(), password(owner)).statusCode()).isEqualTo(204);
        assertThat(delete("/api/me/tokens/" + token.path("id").asLong(), password(owner)).statusCode()).as("again is fine").isEqualTo(204);

        var refused = get("/api/me", "Authorization", bearer(secret));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("Bearer").contains("invalid_token");
        assertThat(parse(refused.body()).path("detail").asString()).contains("revoked");
        var listed = parse(get("/api/me/tokens", "Authorization", password(owner)).body());
        assertThat(listed.get(0).path("state").asString()).isEqualTo("REVOKED");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String owner = account("token.expired", Role.MEMBER);
        JsonNode token = parse(createToken(password(owner), "{\"name\":\"short-lived\",\"expiresOn\":\"" + today() + "\"}").body());
        assertThat(get("/api/me", "Authorization", bearer(token.path("secret").asString())).statusCode())
                .as("valid through the day it expires on").isEqualTo(200);
        db.sql("update access.api_token set expires_at = now() - interval '1 second' where id = :id").param("id", token.path("id").asLong()).update();
        assertThat(get("/api/me", "Authorization", bearer(token.path("secret").asString())).statusCode()).isEqualTo(401);
    }

    @Test
    void unknownTokensAndTokensOfDisabledAccountsAreRefused() {
        assertThat(get("/api/me", "Authorization", bearer("tvk_nonexistent")).statusCode()).isEqualTo(401);
        assertThat(get("/api/me", "Authorization", "Bearer not-even-ours").statusCode()).isEqualTo(401);
        assertThat(get("/api/areas/0913", "Authorization", "Bearer not-even-ours").statusCode())
                .as("a bad token is refused even where no account is needed").isEqualTo(401);
        String owner = account("token.disabled", Role.MEMBER);
        String secret = parse(createToken(password(owner), "{\"name\":\"x\"}").body()).path("secret").asString();
        db.sql("update access.user_account set enabled = false where username = :u").param("u", owner).update();
        assertThat(get("/api/me", "Authorization", bearer(secret)).statusCode()).isEqualTo(401);
    }

    @Test
    void anotherAccountsTokenIsNotFound() {
        String owner = account("token.mine", Role.MEMBER);
        String stranger = account("token.stranger", Role.ADMIN);
        long id = parse(createToken(password(owner), "{\"name\":\"mine\"}").body()).path("id").asLong();
        var foreign = delete("/api/me/tokens/" + id, password(stranger));
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(delete("/api/me/tokens/987654321", password(owner)).statusCode()).isEqualTo(404);
        assertThat(parse(get("/api/me/tokens", "Authorization", password(owner)).body()).get(0).path("state").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void refusesBadInputWithProblemJsonAndCreatesNothing() {
        String owner = account("token.bad", Role.MEMBER);
        var noName = createToken(password(owner), "{\"name\":\"  \"}");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(parse(noName.body()).path("errors").get(0).path("field").asString()).isEqualTo("name");
        assertThat(createToken(password(owner), "{\"name\":\"" + "x".repeat(101) + "\"}").statusCode()).isEqualTo(400);
        var past = createToken(password(owner), "{\"name\":\"old\",\"expiresOn\":\"2020-01-01\"}");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(parse(past.body()).path("detail").asString()).contains("past");
        var badDate = createToken(password(owner), "{\"name\":\"bad\",\"expiresOn\":\"31.12.2099\"}");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(createToken(password(owner), "{\"name\":").statusCode()).isEqualTo(400);
        assertThat(createToken(password(owner), "{\"name\":\"nul\\u0000byte\"}").statusCode()).isEqualTo(400);
        assertThat(createToken(password(owner), "{}").statusCode()).isEqualTo(400);
        assertThat(delete("/api/me/tokens/abc", password(owner)).statusCode()).isEqualTo(400);
        assertThat(parse(get("/api/me/tokens", "Authorization", password(owner)).body()).size()).isZero();
    }

    @Test
    void aTokenCannotCreateTokensButCanListAndRevokeThem() {
        String owner = account("token.chain", Role.MEMBER);
        String secret = parse(createToken(password(owner), "{\"name\":\"integration\"}").body()).path("secret").asString();
        var chained = createToken(bearer(secret), "{\"name\":\"from a token\"}");
        assertThat(chained.statusCode()).isEqualTo(403);
        assertThat(chained.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(get("/api/me/tokens", "Authorization", bearer(secret)).statusCode()).isEqualTo(200);
        assertThat(get("/api/me/tokens").statusCode()).isEqualTo(401);
    }

    @Test
    void httpBasicStillWorksNextToTokens() {
        assertThat(get("/api/me", "Authorization", basic("police", "demo")).statusCode()).isEqualTo(200);
        var anonymous = get("/api/me");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic").contains("Bearer");
    }

    @Test
    void aPersonCreatesATokenOnThePageSeesItOnceAndRevokesIt() {
        String owner = account("token.page", Role.COORDINATOR);
        var browser = new WebSession(port);
        browser.signIn(owner, "pw-" + owner);
        var created = browser.post("/account/tokens", "/account/tokens", Map.of("name", "Sivulta luotu", "expiresOn", ""));
        assertThat(created.statusCode()).isEqualTo(200);
        var secret = Pattern.compile("id=\"secret\"[^>]*value=\"(tvk_[^\"]+)\"").matcher(created.body());
        assertThat(secret.find()).as(created.body()).isTrue();
        assertThat(created.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(get("/api/me", "Authorization", bearer(secret.group(1))).statusCode()).isEqualTo(200);

        var later = browser.get("/account/tokens");
        assertThat(later.body()).contains("Sivulta luotu").doesNotContain(secret.group(1)).contains("toistaiseksi");

        long id = db.sql("select t.id from access.api_token t join access.user_account u on u.id = t.user_id where u.username = :u")
                .param("u", owner).query(Long.class).single();
        var revoked = browser.post("/account/tokens", "/account/tokens/" + id + "/revoke", Map.of());
        assertThat(WebSession.location(revoked)).endsWith("/account/tokens?revoked");
        assertThat(browser.get("/account/tokens?revoked").body()).contains("Avain mitätöitiin.").contains("Mitätöity");
        assertThat(get("/api/me", "Authorization", bearer(secret.group(1))).statusCode()).isEqualTo(401);
    }

    @Test
    void thePageShowsLocalizedMessagesForBadInputAndCreatesNothing() {
        String owner = account("token.pagebad", Role.MEMBER);
        var browser = new WebSession(port);
        browser.signIn(owner, "pw-" + owner);
        var noName = browser.post("/account/tokens", "/account/tokens", Map.of("name", " "));
        assertThat(noName.body()).contains("Anna avaimelle nimi.");
        var past = browser.post("/account/tokens", "/account/tokens", Map.of("name", "vanha", "expiresOn", "2020-01-01"));
        assertThat(past.body()).contains("Voimassaolon viimeinen päivä on jo mennyt.").contains("value=\"vanha\"");
        var garbled = browser.post("/account/tokens", "/account/tokens", Map.of("name", "x", "expiresOn", "huomenna"));
        assertThat(garbled.body()).contains("Anna päivämäärä muodossa vvvv-kk-pp");
        assertThat(db.sql("select count(*) from access.api_token t join access.user_account u on u.id = t.user_id where u.username = :u")
                .param("u", owner).query(Long.class).single()).isZero();

        String stranger = account("token.pagestranger", Role.MEMBER);
        String secret = parse(createToken(password(stranger), "{\"name\":\"stranger's\"}").body()).path("secret").asString();
        long id = db.sql("select t.id from access.api_token t join access.user_account u on u.id = t.user_id where u.username = :u")
                .param("u", stranger).query(Long.class).single();
        assertThat(browser.post("/account/tokens", "/account/tokens/" + id + "/revoke", Map.of()).statusCode()).isEqualTo(404);
        assertThat(get("/api/me", "Authorization", bearer(secret)).statusCode()).isEqualTo(200);
        assertThat(new WebSession(port).get("/account/tokens").statusCode()).as("needs a signed-in person").isEqualTo(302);
    }

    @Test
    void theApiDescriptionNamesTokensAsAWayToSignIn() {
        var docs = parse(get("/v3/api-docs").body());
        assertThat(docs.path("components").path("securitySchemes").path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(docs.path("paths").has("/api/me/tokens")).isTrue();
        assertThat(docs.path("paths").has("/api/me/tokens/{id}")).isTrue();
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();
    }
}
