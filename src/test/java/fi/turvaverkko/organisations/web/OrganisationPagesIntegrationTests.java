package fi.turvaverkko.organisations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;

/** The pages of organisations and cooperation bodies, signed in with a session as a browser would be. */
class OrganisationPagesIntegrationTests extends IntegrationTest {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A signed-in browser: its session cookie, and the CSRF token of the last page it read. */
    class Browser {
        String cookie;
        String csrf;

        Browser(String username) {
            var login = get("/login");
            cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            csrf = token(login.body());
            var signedIn = post("/login", Map.of("username", username, "password", "demo"));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        }

        HttpResponse<String> open(String path) {
            var response = send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie + "; turvaverkko-lang=en").GET().build());
            keepCookie(response);
            if (response.statusCode() == 200 && CSRF.matcher(response.body()).find()) {
                csrf = token(response.body());
            }
            return response;
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            var fields = new LinkedHashMap<>(form);
            fields.put("_csrf", csrf);
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            var response = send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie + "; turvaverkko-lang=en")
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
            keepCookie(response);
            return response;
        }

        private void keepCookie(HttpResponse<String> response) {
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                    .ifPresent(c -> cookie = c.split(";")[0]);
        }

        private String token(String html) {
            var matcher = CSRF.matcher(html);
            assertThat(matcher.find()).isTrue();
            return matcher.group(1);
        }
    }

    static Map<String, String> form(String... namesAndValues) {
        var form = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    long id(String table, String code) {
        return db.sql("select id from organisations." + table + " where code = :code").param("code", code).query(Long.class).single();
    }

    @Test
    void pagesNeedSignIn() {
        for (String path : new String[] { "/organisations", "/organisations/1", "/bodies", "/bodies/1", "/bodies/new" }) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
        }
    }

    @Test
    void showsTheOrganisationTreeAndSearchesIt() {
        var browser = new Browser("member");
        var tree = browser.open("/organisations");
        assertThat(tree.statusCode()).isEqualTo(200);
        assertThat(tree.body()).contains("organisation-tree", "City Executive Office", "Safety and Preparedness Unit", "Aseman Lapset ry");
        // the unit is nested under its division
        assertThat(tree.body().indexOf("Safety and Preparedness Unit")).isGreaterThan(tree.body().indexOf("City Executive Office"));
        var search = browser.open("/organisations?q=poliisi");
        assertThat(search.body()).contains("Helsinki Police Department", "Eastern Uusimaa Police Department").doesNotContain("Aseman Lapset ry");
        var fragment = send(HttpRequest.newBuilder(URI.create(url("/organisations?type=NGO"))).header("Cookie", browser.cookie)
                .header("HX-Request", "true").GET().build());
        assertThat(fragment.body()).doesNotContain("<html").contains("Aseman Lapset ry");
    }

    @Test
    void showsAnOrganisationWithItsUnitsAndPeople() {
        var page = new Browser("member").open("/organisations/" + id("organisation", "helsinki-police"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Helsinki Police Department", "Polisinrättningen i Helsingfors", "Ennalta estävä toiminta",
                "Mikko Malli", "Multi-professional steering group for children and youth");
        assertThat(new Browser("member").open("/organisations/999999").statusCode()).isEqualTo(404);
        assertThat(new Browser("member").open("/organisations/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void showsTheSteeringGroupWithItsChairScheduleAndAgreement() {
        var browser = new Browser("member");
        var page = browser.open("/bodies/" + id("body", "youth-steering-group"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Multi-professional steering group for children and youth", "Chair schedule",
                "Terhi Testinen", "Kalle Kokeilu", "HEL 2024-004632 § 51", "Youth Services", "Child Welfare");
        assertThat(page.body()).as("only administrators and coordinators edit").doesNotContain("/edit");
        var list = browser.open("/bodies");
        assertThat(list.body()).contains("Management group for local safety planning", "Eastern")
                .doesNotContain("href=\"/bodies/new\"");
        assertThat(new Browser("coordinator").open("/bodies").body()).contains("href=\"/bodies/new\"");
    }

    @Test
    void onlyAdministratorsAndCoordinatorsOpenTheBodyForm() {
        var member = new Browser("member");
        assertThat(member.open("/bodies/new").statusCode()).isEqualTo(403);
        assertThat(member.open("/bodies/" + id("body", "expert-group") + "/edit").statusCode()).isEqualTo(403);
        member.open("/bodies");
        assertThat(member.post("/bodies", form("type", "OTHER", "nameFi", "Luvaton", "municipalityCode", "091")).statusCode()).isEqualTo(403);
        assertThat(db.sql("select count(*) from organisations.body where name_fi = 'Luvaton'").query(Long.class).single()).isZero();
        var coordinator = new Browser("coordinator");
        var form = coordinator.open("/bodies/new");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Set up a cooperation body", "Rotating chair", "members-0-personId", "area-choices");
    }

    @Test
    void aRefusedFormShowsEveryProblemNextToItsFieldAndSavesNothing() {
        var coordinator = new Browser("coordinator");
        coordinator.open("/bodies/new");
        String name = "Lomaketesti " + UUID.randomUUID();
        var form = new LinkedHashMap<String, String>();
        form.put("type", "STEERING_GROUP");
        form.put("nameFi", name);
        form.put("municipalityCode", "091");
        form.put("members[0].personId", "");
        form.put("members[1].personId", String.valueOf(id("person", "demo-police")));
        form.put("members[1].organisationId", String.valueOf(id("organisation", "helsinki-police")));
        form.put("members[1].position", "MEMBER");
        form.put("members[1].from", "2026-01-01");
        form.put("members[2].personId", String.valueOf(id("person", "demo-police")));
        form.put("members[2].organisationId", String.valueOf(id("organisation", "helsinki-police")));
        form.put("members[2].position", "CHAIR");
        form.put("members[2].from", "1.6.2026");
        form.put("rotates", "true");
        form.put("chairRotation.termMonths", "12");
        form.put("chairRotation.startsOn", "2026-01-01");
        var refused = coordinator.post("/bodies", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("error-summary", "Correct 2 things in the form",
                "href=\"#members-2-from\"", "Mikko Malli is already a member at the same time (term 1.1.2026–)",
                "href=\"#chairRotation-organisationIds-0\"", "Choose at least 2 organisations to take turns as chair.",
                "id=\"members-2-from-error\"", "aria-describedby=\"members-2-from-error\"");
        assertThat(refused.body()).as("the form keeps what was typed").contains(name, "value=\"1.6.2026\"");
        assertThat(db.sql("select count(*) from organisations.body where name_fi = :name").param("name", name).query(Long.class).single()).isZero();

        form.put("members[2].from", "2026-01-01");
        form.put("members[2].personId", String.valueOf(id("person", "demo-child-welfare")));
        form.put("members[2].organisationId", String.valueOf(id("organisation", "child-welfare")));
        form.put("members[2].position", "MEMBER");
        form.put("chairRotation.organisationIds[0]", String.valueOf(id("organisation", "helsinki-police")));
        form.put("chairRotation.organisationIds[2]", String.valueOf(id("organisation", "child-welfare")));
        var saved = coordinator.post("/bodies", form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        long bodyId = db.sql("select id from organisations.body where name_fi = :name").param("name", name).query(Long.class).single();
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/bodies/" + bodyId);
        var page = coordinator.open("/bodies/" + bodyId);
        assertThat(page.body()).contains("The cooperation body has been set up.", "Helsinki Police Department", "Mikko Malli");
        assertThat(db.sql("select count(*) from organisations.body_member where body_id = :id").param("id", bodyId).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void editsABodyAndItsMembersInOneGo() {
        var coordinator = new Browser("coordinator");
        coordinator.open("/bodies/new");
        String name = "Muokkaustesti " + UUID.randomUUID();
        var saved = coordinator.post("/bodies", form("type", "RAPID_RESPONSE_GROUP", "nameFi", name, "areaCode", "0913",
                "members[0].personId", String.valueOf(id("person", "demo-hsl")),
                "members[0].organisationId", String.valueOf(id("organisation", "hsl")),
                "members[0].position", "CHAIR", "members[0].from", "2026-01-01"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        long bodyId = db.sql("select id from organisations.body where name_fi = :name").param("name", name).query(Long.class).single();
        assertThat(db.sql("select municipality_code from organisations.body where id = :id").param("id", bodyId).query(String.class).single())
                .as("the municipality follows from the area").isEqualTo("091");
        long memberId = db.sql("select id from organisations.body_member where body_id = :id").param("id", bodyId).query(Long.class).single();

        var edit = coordinator.open("/bodies/" + bodyId + "/edit");
        assertThat(edit.statusCode()).isEqualTo(200);
        assertThat(edit.body()).contains("value=\"" + memberId + "\"", name);
        var changed = coordinator.post("/bodies/" + bodyId + "/edit", form("type", "RAPID_RESPONSE_GROUP", "nameFi", name + " (muutettu)",
                "areaCode", "0913", "members[0].id", String.valueOf(memberId),
                "members[0].personId", String.valueOf(id("person", "demo-hsl")),
                "members[0].organisationId", String.valueOf(id("organisation", "hsl")),
                "members[0].position", "CHAIR", "members[0].from", "2026-01-01", "members[0].to", "2026-06-30",
                "members[1].personId", String.valueOf(id("person", "demo-red-cross")),
                "members[1].organisationId", String.valueOf(id("organisation", "red-cross-helsinki-uusimaa")),
                "members[1].position", "CHAIR", "members[1].from", "2026-07-01"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        assertThat(db.sql("select valid_to from organisations.body_member where id = :id").param("id", memberId)
                .query(java.time.LocalDate.class).single()).isEqualTo(java.time.LocalDate.of(2026, 6, 30));
        assertThat(db.sql("select count(*) from organisations.body_member where body_id = :id").param("id", bodyId).query(Long.class).single())
                .isEqualTo(2);

        var clash = coordinator.post("/bodies/" + bodyId + "/edit", form("type", "RAPID_RESPONSE_GROUP", "nameFi", "Ei tallennu",
                "areaCode", "0913", "members[0].id", String.valueOf(memberId),
                "members[0].personId", String.valueOf(id("person", "demo-hsl")),
                "members[0].organisationId", String.valueOf(id("organisation", "hsl")),
                "members[0].position", "CHAIR", "members[0].from", "2026-01-01",
                "members[1].personId", String.valueOf(id("person", "demo-red-cross")),
                "members[1].organisationId", String.valueOf(id("organisation", "red-cross-helsinki-uusimaa")),
                "members[1].position", "CHAIR", "members[1].from", "2026-07-01"));
        assertThat(clash.statusCode()).isEqualTo(400);
        assertThat(clash.body()).contains("There is one chair at a time: Heikki Hypoteettinen is chair in the term 1.1.2026–.");
        assertThat(db.sql("select name_fi from organisations.body where id = :id").param("id", bodyId).query(String.class).single())
                .isEqualTo(name + " (muutettu)");
    }

    @Test
    void addsMemberRowsWithoutSaving() {
        var coordinator = new Browser("coordinator");
        coordinator.open("/bodies/new");
        var more = coordinator.post("/bodies", form("nameFi", "Ei vielä", "addRows", "1"));
        assertThat(more.statusCode()).isEqualTo(200);
        assertThat(more.body()).contains("members-5-personId").doesNotContain("error-summary");
        assertThat(db.sql("select count(*) from organisations.body where name_fi = 'Ei vielä'").query(Long.class).single()).isZero();
    }
}
