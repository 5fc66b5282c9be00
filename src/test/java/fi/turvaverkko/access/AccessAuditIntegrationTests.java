package fi.turvaverkko.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;

/** Changes to accounts and tokens are in the audit trail, with who made them. */
class AccessAuditIntegrationTests extends IntegrationTest {

    @Test
    void creatingAndRevokingAnApiTokenLeavesAuditEntries() {
        var created = send(HttpRequest.newBuilder(URI.create(url("/api/me/tokens"))).header("Authorization", basic("police", "demo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Tilastosyöte\"}")).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = parse(created.body()).path("token").path("id").asLong(parse(created.body()).path("id").asLong());
        var entries = db.sql("select actor || ' ' || action || ' ' || object_id from audit.entry where object_type = 'api-token' order by id")
                .query(String.class).list();
        assertThat(entries).contains("police access.api-token.created " + id);
        var revoked = send(HttpRequest.newBuilder(URI.create(url("/api/me/tokens/" + id))).header("Authorization", basic("police", "demo"))
                .DELETE().build());
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(db.sql("select actor || ' ' || action || ' ' || object_id from audit.entry where object_type = 'api-token' order by id")
                .query(String.class).list()).contains("police access.api-token.revoked " + id);
        // and the secret is in no audit entry
        String secret = parse(created.body()).path("secret").asString();
        assertThat(db.sql("select count(*) from audit.entry where coalesce(summary::text, '') like :s").param("s", "%" + secret + "%")
                .query(Long.class).single()).isZero();
    }
}
