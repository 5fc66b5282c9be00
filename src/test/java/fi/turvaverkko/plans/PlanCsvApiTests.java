package fi.turvaverkko.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Bulk work on a plan in a spreadsheet: the CSV export re-imports unchanged, changes and new rows are saved in one go, and
 * a file with a bad row (bad quoting, an unknown organisation, progress 150, an end before the start, a report on a
 * cancelled action) is refused with every bad row named and nothing saved.
 */
class PlanCsvApiTests extends IntegrationTest {

    long planId;
    long focusAreaId;

    HttpResponse<String> post(String user, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, "demo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> importCsv(String user, String path, String csv) {
        return importCsv(user, path, csv.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> importCsv(String user, String path, byte[] csv) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, "demo"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build());
    }

    String export(String user, String path) {
        var response = getBytes(path, "Authorization", basic(user, "demo"));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        byte[] body = response.body();
        assertThat(new String(body, 0, 3, StandardCharsets.ISO_8859_1)).as("UTF-8 byte order mark for Excel").isEqualTo("\u00ef\u00bb\u00bf");
        return new String(body, StandardCharsets.UTF_8);
    }

    long actionCount() {
        return db.sql("select count(*) from plans.action").query(Long.class).single();
    }

    long reportCount() {
        return db.sql("select count(*) from plans.progress_report").query(Long.class).single();
    }

    long createAction(String title, String responsible, String state, int progress, String classification) {
        var created = post("coordinator", "/api/actions", """
                {"focusAreaId":%d,"title":"%s","responsibleOrganisation":"%s","partners":["aseman-lapset"],"areas":["0913301"],
                 "startsOn":"2025-01-01","endsOn":"2027-12-31","state":"%s","progress":%d,"budgetYear":2026,"classification":"%s"}"""
                .formatted(focusAreaId, title, responsible, state, progress, classification));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return parse(created.body()).get("id").asLong();
    }

    @BeforeEach
    void aPlanWithAFocusArea() {
        var plan = post("coordinator", "/api/plans", """
                {"level":"CITY","title":"CSV-testisuunnitelma %s","periodStart":"2025-01-01","periodEnd":"2028-12-31",
                 "cadence":"QUARTER","classification":"INTERNAL"}""".formatted(UUID.randomUUID()));
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        planId = parse(plan.body()).get("id").asLong();
        var focus = post("coordinator", "/api/plans/" + planId + "/focus-areas", """
                {"title":"Katukauppa","phenomena":["street-drug-dealing"],"classification":"INTERNAL"}""");
        assertThat(focus.statusCode()).as(focus.body()).isEqualTo(201);
        focusAreaId = parse(focus.body()).get("id").asLong();
    }

    @Test
    void theExportOfTheDemoPlanReimportsUnchanged() {
        long demoPlan = db.sql("select id from plans.plan where title = 'Helsingin turvallisuussuunnitelma 2025–2028'").query(Long.class).single();
        String csv = export("coordinator", "/api/plans/" + demoPlan + "/actions.csv");
        assertThat(csv).contains("\"youth-services\"").containsPattern("\"[a-z-]+\\|[a-z-]+\"").contains("RESTRICTED")
                .as("the restricted action's sharing list").contains("\"safety-unit\"");
        String versions = db.sql("select string_agg(id || ':' || version, ',' order by id) from plans.action where plan_id = :p")
                .param("p", demoPlan).query(String.class).single();

        var again = importCsv("coordinator", "/api/plans/" + demoPlan + "/actions/import", csv);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonNode answer = parse(again.body());
        // the 20 demo actions, and any other test of this JVM added to the demo plan
        int actions = db.sql("select count(*) from plans.action where plan_id = :p").param("p", demoPlan).query(Integer.class).single();
        assertThat(actions).isGreaterThanOrEqualTo(20);
        assertThat(answer.get("rows").asInt()).isEqualTo(actions);
        assertThat(answer.get("unchanged").asInt()).isEqualTo(actions);
        assertThat(answer.get("created").asInt() + answer.get("updated").asInt()).isZero();
        assertThat(db.sql("select string_agg(id || ':' || version, ',' order by id) from plans.action where plan_id = :p")
                .param("p", demoPlan).query(String.class).single()).as("nothing was touched").isEqualTo(versions);
    }

    @Test
    void aRoundTripChangesWhatWasChangedAndAddsNewRows() {
        long first = createAction("Valaistus Kallion puistoihin", "urban-environment-division", "ONGOING", 10, "INTERNAL");
        long second = createAction("Jalkautuva päihdetyö", "social-health-rescue-division", "PLANNED", 0, "INTERNAL");
        String csv = export("coordinator", "/api/plans/" + planId + "/actions.csv");
        List<String> lines = new ArrayList<>(csv.lines().toList());
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).startsWith("\uFEFFid,version,focus_area_id,focus_area_title,title,");
        // the first action changes its progress; the second stays; a new action without an id is added
        int row = lines.get(1).startsWith(first + ",") ? 1 : 2;
        lines.set(row, lines.get(row).replace(",ONGOING,10,", ",ONGOING,35,"));
        lines.add("," + "," + focusAreaId + ",,\"Uusi: turvallisuuskävely\",,,,\"safety-unit\",\"helsinki-police|aseman-lapset\",\"0913\","
                + "2026-03-01,2026-11-30,PLANNED,0,2026,INTERNAL,");
        long before = actionCount();

        var imported = importCsv("coordinator", "/api/plans/" + planId + "/actions/import", String.join("\r\n", lines));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode answer = parse(imported.body());
        assertThat(answer.get("created").asInt()).isEqualTo(1);
        assertThat(answer.get("updated").asInt()).isEqualTo(1);
        assertThat(answer.get("unchanged").asInt()).isEqualTo(1);
        assertThat(actionCount()).isEqualTo(before + 1);
        assertThat(db.sql("select progress from plans.action where id = :id").param("id", first).query(Integer.class).single()).isEqualTo(35);
        assertThat(db.sql("select version from plans.action where id = :id").param("id", second).query(Integer.class).single()).isZero();
        assertThat(db.sql("select count(*) from plans.action_partner p join plans.action a on a.id = p.action_id "
                + "where a.title = 'Uusi: turvallisuuskävely' and a.plan_id = :plan").param("plan", planId).query(Long.class).single()).isEqualTo(2);

        // the old file again: its version of the first action is out of date
        var stale = importCsv("coordinator", "/api/plans/" + planId + "/actions/import", csv.replace(",ONGOING,10,", ",ONGOING,20,"));
        assertThat(stale.statusCode()).isEqualTo(422);
        assertThat(parse(stale.body()).get("errors").get(0).get("column").asString()).isEqualTo("version");
    }

    @Test
    void aFinnishExcelFileWithSemicolonsFinnishDatesAndOnlySomeColumnsChangesOnlyThose() {
        long id = createAction("Koulupoliisit", "education-division", "ONGOING", 10, "INTERNAL");
        String csv = "id;state;progress;ends_on\r\n" + id + ";delayed;\"25,0\";31.3.2028\r\n";

        var imported = importCsv("coordinator", "/api/plans/" + planId + "/actions/import", csv);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        var saved = db.sql("select state || ' ' || progress || ' ' || ends_on || ' ' || title from plans.action where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(saved).isEqualTo("DELAYED 25 2028-03-31 Koulupoliisit");
        assertThat(db.sql("select count(*) from plans.action_partner where action_id = :id").param("id", id).query(Long.class).single())
                .as("partners were not in the file and stay").isEqualTo(1);
    }

    @Test
    void aFileWithBadRowsIsRefusedWithEveryBadRowNamedAndNothingSaved() {
        long id = createAction("Olemassa oleva", "youth-services", "ONGOING", 10, "INTERNAL");
        String header = "id,focus_area_id,title,responsible_organisation,starts_on,ends_on,state,progress,classification\n";
        String csv = header
                + ",%d,Hyvä rivi,youth-services,2026-01-01,2026-12-31,PLANNED,0,INTERNAL\n".formatted(focusAreaId)
                + ",%d,Huono \"lainaus\",youth-services,2026-01-01,2026-12-31,PLANNED,0,INTERNAL\n".formatted(focusAreaId)
                + ",%d,Tuntematon,no-such-organisation,2026-01-01,2026-12-31,PLANNED,0,INTERNAL\n".formatted(focusAreaId)
                + "%d,%d,Liikaa,youth-services,2026-01-01,2026-12-31,ONGOING,150,INTERNAL\n".formatted(id, focusAreaId)
                + ",%d,Takaperin,youth-services,2026-06-01,2026-01-31,PLANNED,0,INTERNAL\n".formatted(focusAreaId)
                + ",%d,Väärä päivä,youth-services,1.13.2026,2026-12-31,PLANNED,0,INTERNAL\n".formatted(focusAreaId)
                + ",%d,Liian lyhyt rivi\n".formatted(focusAreaId);
        long actions = actionCount();

        var refused = importCsv("coordinator", "/api/plans/" + planId + "/actions/import", csv);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        JsonNode errors = parse(refused.body()).get("errors");
        assertThat(errors).hasSize(6);
        assertThat(row(errors, 2).get("messageKey").asString()).isEqualTo("plans.bulk.csv.quote-in-field");
        assertThat(row(errors, 3).get("column").asString()).isEqualTo("responsible_organisation");
        assertThat(row(errors, 3).get("message").asString()).contains("no-such-organisation");
        assertThat(row(errors, 4).get("column").asString()).isEqualTo("progress");
        assertThat(row(errors, 5).get("column").asString()).isEqualTo("ends_on");
        assertThat(row(errors, 6).get("column").asString()).isEqualTo("starts_on");
        assertThat(row(errors, 7).get("messageKey").asString()).isEqualTo("plans.bulk.csv.width");
        assertThat(errors.toString()).doesNotContain("\"row\":1,");
        assertThat(actionCount()).as("not even the good row").isEqualTo(actions);
        assertThat(db.sql("select progress from plans.action where id = :id").param("id", id).query(Integer.class).single()).isEqualTo(10);
    }

    static JsonNode row(JsonNode errors, int row) {
        for (JsonNode error : errors) {
            if (error.get("row").asInt() == row) {
                return error;
            }
        }
        throw new AssertionError("no error on row " + row + " in " + errors);
    }

    @Test
    void anUnknownColumnRefusesTheFileBeforeAnyRow() {
        long actions = actionCount();
        var refused = importCsv("coordinator", "/api/plans/" + planId + "/actions/import",
                "title,responsible,starts_on\nA,youth-services,2026-01-01\n");
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode error = parse(refused.body()).get("errors").get(0);
        assertThat(error.get("row").asInt()).isZero();
        assertThat(error.get("column").asString()).isEqualTo("responsible");
        assertThat(actionCount()).isEqualTo(actions);
    }

    @Test
    void onlyCoordinatorsImportActions() {
        var refused = importCsv("youth", "/api/plans/" + planId + "/actions/import", "title\nA\n");
        assertThat(refused.statusCode()).isIn(403, 404);
        assertThat(importCsv("analyst", "/api/plans/" + planId + "/actions/import", "title\nA\n").statusCode()).isEqualTo(403);
    }

    @Test
    void progressReportsAreImportedAllOrNothingAndAReportOnACancelledActionIsNamed() {
        long open = createAction("Nuorisotyö iltaisin", "youth-services", "ONGOING", 10, "INTERNAL");
        long cancelled = createAction("Peruttu kokeilu", "youth-services", "CANCELLED", 30, "INTERNAL");
        long reports = reportCount();
        String header = "action_id,period,state,progress,narrative,next_steps\n";
        String bad = header
                + open + ",2025-Q1,ONGOING,20,\"Kaksi iltaryhmää aloitti, toinen Kalliossa.\",Kevään arviointi\n"
                + cancelled + ",2025-Q1,ONGOING,40,Jatkui silti,\n"
                + open + ",2025-Q2,ONGOING,150,Liikaa,\n";

        var refused = importCsv("youth", "/api/plans/" + planId + "/progress-reports/import", bad);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode errors = parse(refused.body()).get("errors");
        assertThat(errors).hasSize(2);
        assertThat(row(errors, 2).get("messageKey").asString()).isEqualTo("plans.conflict.closed");
        assertThat(row(errors, 3).get("column").asString()).isEqualTo("progress");
        assertThat(reportCount()).as("nothing saved").isEqualTo(reports);

        var good = importCsv("youth", "/api/plans/" + planId + "/progress-reports/import", header
                + open + ",2025-Q1,ONGOING,20,\"Kaksi iltaryhmää aloitti, toinen Kalliossa.\",Kevään arviointi\n"
                + open + ",2025-Q2,ONGOING,30,Kolmas ryhmä aloitti,\n");
        assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
        assertThat(parse(good.body()).get("created").asInt()).isEqualTo(2);
        assertThat(reportCount()).isEqualTo(reports + 2);
        assertThat(db.sql("select progress from plans.action where id = :id").param("id", open).query(Integer.class).single()).isEqualTo(30);

        // the export re-imports unchanged: its rows carry the reports' ids and are history
        String exported = export("youth", "/api/plans/" + planId + "/progress-reports.csv");
        assertThat(exported).contains("2025-Q2").contains("Kolmas ryhmä aloitti");
        var again = importCsv("youth", "/api/plans/" + planId + "/progress-reports/import", exported);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(parse(again.body()).get("unchanged").asInt()).isEqualTo(2);
        assertThat(reportCount()).isEqualTo(reports + 2);
        var edited = importCsv("youth", "/api/plans/" + planId + "/progress-reports/import", exported.replace("Kolmas ryhmä", "Neljäs ryhmä"));
        assertThat(edited.statusCode()).isEqualTo(422);
        assertThat(parse(edited.body()).get("errors").get(0).get("messageKey").asString()).isEqualTo("plans.bulk.report.history");

        assertThat(importCsv("member", "/api/plans/" + planId + "/progress-reports/import", header
                + open + ",2025-Q3,ONGOING,40,Ei meidän,\n").statusCode()).as("aseman-lapset is a partner").isEqualTo(200);
        var outsider = importCsv("analyst", "/api/plans/" + planId + "/progress-reports/import", header + open + ",2025-Q4,ONGOING,50,Ei saa,\n");
        assertThat(outsider.statusCode()).isEqualTo(422);
        assertThat(parse(outsider.body()).get("errors").get(0).get("messageKey").asString()).isEqualTo("plans.bulk.report.forbidden");
    }

    @Test
    void theFileOfReportsDueHasARowPerReportOwed() {
        long open = createAction("Raportoitava", "youth-services", "ONGOING", 10, "INTERNAL");
        assertThat(post("coordinator", "/api/plans/" + planId + "/state", "{\"state\":\"APPROVED\",\"decisionReference\":\"Johtoryhmä 1.2.2025 § 3\"}")
                .statusCode()).isEqualTo(200);
        assertThat(post("coordinator", "/api/plans/" + planId + "/state", "{\"state\":\"IN_FORCE\"}").statusCode()).isEqualTo(200);
        String due = export("youth", "/api/plans/" + planId + "/progress-reports.csv?due=true");
        assertThat(due.lines().skip(1)).anyMatch(line -> line.startsWith("," + open + ",\"Raportoitava\","));
    }
}
