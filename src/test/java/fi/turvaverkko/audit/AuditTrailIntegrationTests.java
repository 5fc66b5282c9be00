package fi.turvaverkko.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import fi.turvaverkko.audit.internal.EntryHash;
import fi.turvaverkko.support.IntegrationTest;

/**
 * The audit trail against PostgreSQL. The database is shared with every other integration test of the JVM, so each
 * test makes its own entries (a unique object id) and never assumes the table is empty, and the tamper tests put
 * the entry back as it was.
 */
class AuditTrailIntegrationTests extends IntegrationTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    static String unique() {
        return UUID.randomUUID().toString();
    }

    AuditEntry recordTest(String objectId, String summary) {
        return audit.record("coordinator", 2L, "test.decision.recorded", "test.decision", objectId, "RESTRICTED", summary);
    }

    long count(String sql, Object... params) {
        var spec = db.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param(i + 1, params[i]);
        }
        return spec.query(Long.class).single();
    }

    @Test
    void chainsEachEntryToThePreviousOneAndTheFirstToTheGenesisValue() {
        String id = unique();
        var entries = transactions.execute(status -> List.of(recordTest(id, "{\"n\":1}"), recordTest(id, "{\"n\":2}")));
        var first = entries.get(0);
        var second = entries.get(1);
        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(first.hash()).matches("[0-9a-f]{64}").isEqualTo(EntryHash.of(first));
        assertThat(db.sql("select hash from audit.entry where id = :id").param("id", second.id()).query(String.class).single())
                .isEqualTo(second.hash());
        assertThat(db.sql("select previous_hash from audit.entry order by id limit 1").query(String.class).single())
                .isEqualTo("0".repeat(64));
    }

    @Test
    void storesWhoDidWhatToWhichObjectWithItsClassification() {
        String id = unique();
        String summary = ChangeSummary.create().changed("classification", "RESTRICTED", "INTERNAL").with("reason", "Julkaistu").toJson();
        var entry = audit.record(new AuditEvent("coordinator", 2L, "test.decision.reclassified", "test.decision", id, "INTERNAL", summary));
        var read = audit.recordRead("police", 3L, "test.decision", id, "RESTRICTED");
        var stored = audit.list(new AuditFilter(null, null, "test.decision", id, null, null, null), 0, 10).entries();
        assertThat(stored).containsExactly(read, entry);
        assertThat(read.action()).isEqualTo("record.read");
        assertThat(entry.summary()).contains("\"before\":\"RESTRICTED\"");
    }

    @Test
    void verifiesTheWholeChain() {
        recordTest(unique(), null);
        var verification = audit.verify();
        assertThat(verification.valid()).isTrue();
        assertThat(verification.firstBrokenEntry()).isNull();
        assertThat(verification.entries()).isEqualTo(count("select count(*) from audit.entry"));

        var response = get("/api/audit/verify", "Authorization", basic("admin", "demo"));
        assertThat(response.statusCode()).isEqualTo(200);
        var body = parse(response.body());
        assertThat(body.path("valid").asBoolean()).isTrue();
        assertThat(body.path("entries").asLong()).isGreaterThanOrEqualTo(verification.entries());
        assertThat(body.has("firstBrokenEntry")).as("null is written, not left out: " + response.body()).isTrue();
        assertThat(body.path("firstBrokenEntry").isNull()).isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        var entry = recordTest(unique(), "{\"title\":\"alkuperäinen\"}");
        assertThatThrownBy(() -> db.sql("update audit.entry set summary = 'muutettu' where id = :id").param("id", entry.id()).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.sql("delete from audit.entry where id = :id").param("id", entry.id()).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.sql("truncate audit.entry").update()).hasMessageContaining("append-only");
        assertThat(db.sql("select summary from audit.entry where id = :id").param("id", entry.id()).query(String.class).single())
                .isEqualTo("{\"title\":\"alkuperäinen\"}");
    }

    @Test
    void findsAnEntryEditedBehindTheApplicationsBack() {
        String original = "{\"title\":{\"before\":\"Luonnos\",\"after\":\"Päätös\"}}";
        String id = unique();
        var entry = recordTest(id, original);
        recordTest(unique(), null); // the edited entry is not the last one
        String admin = signIn("admin");
        try {
            tamper(entry.id(), "summary", "{\"title\":{\"before\":\"Luonnos\",\"after\":\"Toinen päätös\"}}");

            var verification = audit.verify();
            assertThat(verification.valid()).isFalse();
            assertThat(verification.firstBrokenEntry()).isEqualTo(entry.id());
            assertThat(verification.entries()).isEqualTo(count("select count(*) from audit.entry"));

            var response = get("/api/audit/verify", "Authorization", basic("admin", "demo"));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(parse(response.body()).path("valid").asBoolean()).isFalse();
            assertThat(parse(response.body()).path("firstBrokenEntry").asLong()).isEqualTo(entry.id());

            var page = get("/admin/audit?objectId=" + id, "Cookie", admin);
            assertThat(page.body()).contains("class=\"notification error\"").contains("merkintä " + entry.id() + " ei vastaa")
                    .contains("<tr class=\"broken\">");
        } finally {
            tamper(entry.id(), "summary", original);
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void findsAChangedActorEvenWhenTheEditorRecomputedTheEntrysHash() {
        var entry = recordTest(unique(), null);
        var next = recordTest(unique(), null);
        var forged = new AuditEntry(entry.id(), entry.occurredAt(), "analyst", entry.actorId(), entry.action(), entry.objectType(),
                entry.objectId(), entry.classification(), entry.summary(), entry.previousHash(), null);
        try {
            transactions.executeWithoutResult(status -> {
                db.sql("alter table audit.entry disable trigger entry_append_only").update();
                db.sql("update audit.entry set actor = 'analyst', hash = :hash where id = :id")
                        .param("hash", EntryHash.of(forged)).param("id", entry.id()).update();
                db.sql("alter table audit.entry enable trigger entry_append_only").update();
            });
            var verification = audit.verify();
            assertThat(verification.valid()).isFalse();
            assertThat(verification.firstBrokenEntry()).as("the next entry still holds the true hash").isEqualTo(next.id());
        } finally {
            transactions.executeWithoutResult(status -> {
                db.sql("alter table audit.entry disable trigger entry_append_only").update();
                db.sql("update audit.entry set actor = :actor, hash = :hash where id = :id")
                        .param("actor", entry.actor()).param("hash", entry.hash()).param("id", entry.id()).update();
                db.sql("alter table audit.entry enable trigger entry_append_only").update();
            });
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    /** Changes a column behind the application's back: the trigger is off only inside this transaction. */
    void tamper(long id, String column, String value) {
        transactions.executeWithoutResult(status -> {
            db.sql("alter table audit.entry disable trigger entry_append_only").update();
            db.sql("update audit.entry set " + column + " = :value where id = :id").param("value", value).param("id", id).update();
            db.sql("alter table audit.entry enable trigger entry_append_only").update();
        });
    }

    @Test
    void onlyAdminsMayVerifyOrReadTheTrail() {
        for (String path : List.of("/api/audit/verify", "/api/audit")) {
            var anonymous = get(path);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            var coordinator = get(path, "Authorization", basic("coordinator", "demo"));
            assertThat(coordinator.statusCode()).isEqualTo(403);
            assertThat(coordinator.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(get(path, "Authorization", basic("admin", "demo")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void describesTheAuditApiInOpenApi() {
        var paths = parse(get("/v3/api-docs").body()).path("paths");
        assertThat(paths.has("/api/audit/verify")).isTrue();
        var list = paths.path("/api/audit").path("get");
        assertThat(list.path("parameters").findValuesAsString("name"))
                .contains("actor", "action", "objectType", "objectId", "classification", "from", "to", "page", "size");
        assertThat(list.path("responses").has("400")).isTrue();
    }

    @Test
    void recordsSignInsAndFailedAttemptsButNeverThePassword() {
        long signInsBefore = count("select count(*) from audit.entry where action = 'access.signed-in' and actor = 'executive'");
        signIn("executive");
        assertThat(count("select count(*) from audit.entry where action = 'access.signed-in' and actor = 'executive'"))
                .as("one entry per sign-in").isEqualTo(signInsBefore + 1);

        long failuresBefore = count("select count(*) from audit.entry where action = 'access.sign-in-failed' and object_id = 'police'");
        assertThat(get("/api/me", "Authorization", basic("police", "Wr0ng-pässword-42")).statusCode()).isEqualTo(401);
        assertThat(get("/api/me", "Authorization", basic("nobody-like-this", "Wr0ng-pässword-42")).statusCode()).isEqualTo(401);
        assertThat(count("select count(*) from audit.entry where action = 'access.sign-in-failed' and object_id = 'police'"))
                .isEqualTo(failuresBefore + 1);
        var failure = audit.list(new AuditFilter(null, "access.sign-in-failed", "account", "nobody-like-this", null, null, null), 0, 1)
                .entries().getFirst();
        assertThat(failure.actor()).isEqualTo("anonymous");
        assertThat(failure.summary()).isEqualTo("{\"reason\":\"bad-credentials\"}");
        assertThat(count("select count(*) from audit.entry where concat_ws('|', actor, object_id, summary) like '%Wr0ng%'"))
                .isZero();
    }

    @Test
    void keepsOneChainWhenManyThreadsRecordAtOnce() throws Exception {
        String id = unique();
        int threads = 8;
        int perThread = 15;
        var start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        if (i % 5 == 0) {
                            // a use case that records twice in one transaction
                            transactions.executeWithoutResult(status -> {
                                recordTest(id, "{\"thread\":" + thread + "}");
                                recordTest(id, "{\"thread\":" + thread + "}");
                            });
                        } else {
                            recordTest(id, "{\"thread\":" + thread + "}");
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var future : done) {
                future.get();
            }
        }
        assertThat(count("select count(*) from audit.entry where object_id = ?", id)).isEqualTo(threads * (perThread + 3));
        assertThat(audit.verify().valid()).isTrue();
        assertThat(count("select count(distinct previous_hash) from audit.entry")).isEqualTo(count("select count(*) from audit.entry"));
    }

    @Test
    void anEntryRollsBackWithItsUseCase() {
        String id = unique();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            recordTest(id, null);
            throw new IllegalStateException("the use case fails after recording");
        })).hasMessageContaining("use case fails");
        assertThat(count("select count(*) from audit.entry where object_id = ?", id)).isZero();
        var next = recordTest(id, null);
        assertThat(audit.verify().valid()).isTrue();
        assertThat(next.previousHash()).isEqualTo(db.sql("select hash from audit.entry where id < :id order by id desc limit 1")
                .param("id", next.id()).query(String.class).single());
    }

    @Test
    void refusesToRecordInAReadOnlyTransaction() {
        var readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        assertThatThrownBy(() -> readOnly.executeWithoutResult(status -> audit.recordRead("police", 3L, "test.decision", unique(), "RESTRICTED")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
    }

    @Test
    void listsEntriesFilteredAndPagedByTheDatabase() {
        String id = unique();
        recordTest(id, null);
        audit.record("coordinator", 2L, "test.decision.reclassified", "test.decision", id, "INTERNAL", null);
        audit.recordRead("police", 3L, "test.decision", id, "RESTRICTED");
        String admin = basic("admin", "demo");

        var all = parse(get("/api/audit?objectType=test.decision&objectId=" + id, "Authorization", admin).body());
        assertThat(all.path("totalEntries").asLong()).isEqualTo(3);
        assertThat(all.path("entries").get(0).path("action").asString()).as("newest first").isEqualTo("record.read");
        assertThat(all.path("entries").get(0).path("hash").asString()).matches("[0-9a-f]{64}");
        assertThat(all.path("entries").get(0).path("occurredAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

        var decisions = parse(get("/api/audit?action=test.decision.&objectId=" + id, "Authorization", admin).body());
        assertThat(decisions.path("totalEntries").asLong()).isEqualTo(2);
        var restricted = parse(get("/api/audit?classification=restricted&objectId=" + id + "&actor=police", "Authorization", admin).body());
        assertThat(restricted.path("totalEntries").asLong()).isEqualTo(1);
        var secondPage = parse(get("/api/audit?objectId=" + id + "&size=2&page=1", "Authorization", admin).body());
        assertThat(secondPage.path("entries").size()).isEqualTo(1);
        assertThat(secondPage.path("totalPages").asLong()).isEqualTo(2);
        assertThat(secondPage.path("entries").get(0).path("action").asString()).isEqualTo("test.decision.recorded");
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
        assertThat(parse(get("/api/audit?objectId=" + id + "&from=" + today + "&to=" + today, "Authorization", admin).body())
                .path("totalEntries").asLong()).isEqualTo(3);
        assertThat(parse(get("/api/audit?objectId=" + id + "&from=" + today.plusDays(1), "Authorization", admin).body())
                .path("totalEntries").asLong()).isZero();
        assertThat(parse(get("/api/audit?action=test.decision_&objectId=" + id, "Authorization", admin).body())
                .path("totalEntries").asLong()).as("_ is no wildcard").isZero();
    }

    @Test
    void answersMalformedFiltersWithProblemJson() {
        String admin = basic("admin", "demo");
        for (var bad : List.of(List.of("size=501", "size"), List.of("size=0", "size"), List.of("page=-1", "page"),
                List.of("classification=SECRET", "classification"), List.of("from=yesterday", "from"),
                List.of("from=2026-02-01&to=2026-01-01", "to"))) {
            var response = get("/api/audit?" + bad.get(0), "Authorization", admin);
            assertThat(response.statusCode()).as(bad.get(0)).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(parse(response.body()).path("errors").get(0).path("field").asString()).isEqualTo(bad.get(1));
        }
    }

    @Test
    void exportsTheFilteredEntriesAsCsvForExcel() {
        String id = unique();
        recordTest(id, "{\"title\":\"Päätös, \\\"kiireellinen\\\"\"}");
        recordTest(id, null);
        String session = signIn("admin");

        var csv = getBytes("/admin/audit.csv?objectId=" + id, "Cookie", session);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv").contains("UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"audit-");
        byte[] body = csv.body();
        assertThat(new byte[] { body[0], body[1], body[2] }).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("id,occurred_at,actor,actor_id,action,object_type,object_id,classification,summary,previous_hash,hash");
        assertThat(lines[2]).contains(",coordinator,2,test.decision.recorded,test.decision," + id + ",RESTRICTED,"
                + "\"{\"\"title\"\":\"\"Päätös, \\\"\"kiireellinen\\\"\"\"\"}\",");
        assertThat(count("select count(*) from audit.entry where action = 'audit.exported' and actor = 'admin' and summary like ?",
                "%" + id + "%")).isEqualTo(1);

        var page = get("/admin/audit?objectId=" + id, "Cookie", session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"chain-status\"").contains("test.decision.recorded")
                .contains("/admin/audit.csv?objectId=" + id);
        var invalid = get("/admin/audit?from=huomenna", "Cookie", session);
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("role=\"alert\"");

        String coordinator = signIn("coordinator");
        assertThat(get("/admin/audit", "Cookie", coordinator).statusCode()).isEqualTo(403);
        assertThat(get("/admin/audit.csv", "Cookie", coordinator).statusCode()).isEqualTo(403);
    }

    /** Signs in through the login form; answers the session cookie. */
    String signIn(String username) {
        var loginPage = get("/login");
        String cookie = loginPage.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(token.find()).isTrue();
        var login = send(HttpRequest.newBuilder(URI.create(url("/login"))).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.split(";")[0]).findFirst().orElse(cookie);
    }
}
