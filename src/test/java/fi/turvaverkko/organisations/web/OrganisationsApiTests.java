package fi.turvaverkko.organisations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

class OrganisationsApiTests extends IntegrationTest {

    static final String COORDINATOR = basic("coordinator", "demo");
    static final String MEMBER = basic("member", "demo");

    long organisationId(String code) {
        return db.sql("select id from organisations.organisation where code = :code").param("code", code).query(Long.class).single();
    }

    long personId(String code) {
        return db.sql("select id from organisations.person where code = :code").param("code", code).query(Long.class).single();
    }

    long bodyId(String code) {
        return db.sql("select id from organisations.body where code = :code").param("code", code).query(Long.class).single();
    }

    long bodyCount() {
        return db.sql("select count(*) from organisations.body").query(Long.class).single();
    }

    JsonNode getJson(String path, String authorization) {
        var response = get(path, "Authorization", authorization);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return parse(response.body());
    }

    HttpResponse<String> post(String path, String authorization, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asString()));
        return values;
    }

    static Map<String, String> errors(HttpResponse<String> response) {
        var errors = new java.util.LinkedHashMap<String, String>();
        parse(response.body()).path("errors").forEach(e -> errors.put(e.path("field").asString(), e.path("message").asString()));
        return errors;
    }

    static String json(String text) {
        return "\"" + text.replace("\"", "\\\"") + "\"";
    }

    // reading

    @Test
    void needsAnAccountForEveryOrganisationsEndpoint() {
        for (String path : List.of("/api/organisations", "/api/organisations/1", "/api/people", "/api/people/1", "/api/bodies", "/api/bodies/1")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
    }

    @Test
    void listsActiveOrganisationsFilteredByTypeMunicipalityAndText() {
        var police = getJson("/api/organisations?type=POLICE_DEPARTMENT", MEMBER);
        assertThat(texts(police, "code")).contains("helsinki-police", "helsinki-police-prevention", "eastern-uusimaa-police")
                .doesNotContain("youth-services");
        assertThat(texts(getJson("/api/organisations?type=police_department&municipality=092", MEMBER), "code"))
                .containsExactly("eastern-uusimaa-police");
        assertThat(texts(getJson("/api/organisations?q=nuoriso", MEMBER), "code")).contains("youth-services");
        assertThat(texts(getJson("/api/organisations?q=Preparedness", MEMBER), "code")).containsExactly("safety-unit");
        assertThat(texts(getJson("/api/organisations?q=100%25", MEMBER), "code")).isEmpty();
        var all = getJson("/api/organisations", MEMBER);
        assertThat(all.size()).isGreaterThanOrEqualTo(17);
        var unit = getJson("/api/organisations?q=safety-unit", MEMBER).get(0);
        assertThat(unit.path("parentId").asLong()).isEqualTo(organisationId("city-executive-office"));
        assertThat(unit.path("nameSv").asString()).isEqualTo("Säkerhets- och beredskapsenheten");
    }

    @Test
    void refusesAnUnknownTypeOrAMalformedMunicipalityWithTheField() {
        var type = get("/api/organisations?type=CASTLE", "Authorization", MEMBER);
        assertThat(type.statusCode()).isEqualTo(400);
        assertThat(type.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(errors(type)).containsKey("type");
        assertThat(errors(get("/api/organisations?municipality=91", "Authorization", MEMBER))).containsKey("municipality");
        assertThat(errors(get("/api/bodies?type=CLUB", "Authorization", MEMBER))).containsKey("type");
    }

    @Test
    void showsAnOrganisationWithItsUnitsPeopleAndBodies() {
        var detail = getJson("/api/organisations/" + organisationId("helsinki-police"), MEMBER);
        assertThat(detail.path("organisation").path("nameEn").asString()).isEqualTo("Helsinki Police Department");
        assertThat(texts(detail.path("subUnits"), "code")).containsExactly("helsinki-police-prevention");
        assertThat(texts(detail.path("people"), "fullName")).contains("Mikko Malli", "Paula Partio");
        assertThat(texts(detail.path("bodies"), "code")).contains("youth-steering-group", "city-police-leadership", "management-group");

        var unit = getJson("/api/organisations/" + organisationId("safety-unit"), MEMBER);
        assertThat(texts(unit.path("ancestors"), "code")).containsExactly("city-executive-office");
    }

    @Test
    void answersUnknownIdsWith404() {
        for (String path : List.of("/api/organisations/999999", "/api/people/999999", "/api/bodies/999999")) {
            var response = get(path, "Authorization", MEMBER);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
        assertThat(post("/api/bodies/999999/members", COORDINATOR, "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void findsPeopleByNameAndShowsTheirMemberships() {
        var found = getJson("/api/people?q=malli", MEMBER);
        assertThat(texts(found, "fullName")).containsExactly("Mikko Malli");
        assertThat(found.get(0).path("hasAccount").asBoolean()).isTrue();
        var person = getJson("/api/people/" + personId("demo-police"), MEMBER);
        List<Long> organisations = new ArrayList<>();
        person.path("memberships").forEach(m -> organisations.add(m.path("organisationId").asLong()));
        assertThat(organisations).containsExactlyInAnyOrder(organisationId("helsinki-police"), organisationId("helsinki-police-prevention"));
        assertThat(texts(getJson("/api/people", MEMBER), "fullName")).contains("Noora Näyte", "Sanna Esimerkki");
    }

    @Test
    void showsTheSteeringGroupWithMembersChairScheduleHistoryAndAgreement() {
        var body = getJson("/api/bodies/" + bodyId("youth-steering-group"), MEMBER);
        assertThat(body.path("type").asString()).isEqualTo("STEERING_GROUP");
        assertThat(body.path("secretariat").path("code").asString()).isEqualTo("safety-unit");
        assertThat(texts(body.path("chairRotation").path("order"), "code"))
                .containsExactly("youth-services", "helsinki-police", "child-welfare");
        assertThat(body.path("chairRotation").path("termMonths").asInt()).isEqualTo(12);
        assertThat(body.path("chairRotation").path("startsOn").asString()).isEqualTo("2024-05-01");

        var representatives = Map.of("youth-services", "Terhi Testinen", "helsinki-police", "Mikko Malli", "child-welfare", "Kalle Kokeilu");
        var order = List.of("youth-services", "helsinki-police", "child-welfare");
        var schedule = body.path("chairSchedule");
        assertThat(schedule.size()).isBetween(4, 6);
        assertThat(texts(schedule, "status")).containsOnlyOnce("CURRENT");
        schedule.forEach(turn -> {
            String organisation = turn.path("organisation").path("code").asString();
            assertThat(organisation).isEqualTo(order.get((turn.path("number").asInt() - 1) % 3));
            assertThat(turn.path("representativeName").asString()).isEqualTo(representatives.get(organisation));
        });

        var history = body.path("chairHistory");
        assertThat(texts(history, "personName")).containsExactly("Terhi Testinen", "Mikko Malli", "Kalle Kokeilu");
        assertThat(texts(history, "from")).containsExactly("2024-05-01", "2025-05-01", "2026-05-01");
        assertThat(texts(body.path("members"), "position")).contains("CHAIR", "SECRETARY", "MEMBER");

        var agreement = body.path("agreements").get(0);
        assertThat(agreement.path("decisionReference").asString()).isEqualTo("HEL 2024-004632 § 51");
        assertThat(texts(agreement.path("parties"), "code")).containsExactlyInAnyOrder("city-executive-office", "helsinki-police");
        assertThat(agreement.path("signatories").size()).isEqualTo(2);
        assertThat(agreement.path("validFrom").asString()).isEqualTo("2024-04-17");
    }

    @Test
    void listsTheDemoBodiesAndTheAreaNetworkIsBoundToItsMajorDistrict() {
        var bodies = getJson("/api/bodies", MEMBER);
        assertThat(texts(bodies, "code")).contains("management-group", "expert-group", "city-police-leadership",
                "east-area-network", "youth-steering-group");
        var network = getJson("/api/bodies?type=AREA_NETWORK", MEMBER);
        assertThat(texts(network, "code")).contains("east-area-network");
        assertThat(texts(network, "areaCode")).contains("0917");
        assertThat(get("/api/areas/0917").statusCode()).as("the network's area exists").isEqualTo(200);
    }

    // writing

    String steeringGroup(String name, String members, String rotation) {
        return """
                {"type": "STEERING_GROUP", "nameFi": %s, "nameEn": "Test group", "purpose": "Testing",
                 "municipalityCode": "091", "secretariatOrganisationId": %d, "members": [%s]%s}"""
                .formatted(json(name), organisationId("safety-unit"), members, rotation == null ? "" : ", \"chairRotation\": " + rotation);
    }

    String member(String person, String organisation, String position, String from, String to) {
        return """
                {"personId": %d, "organisationId": %d, "position": "%s", "from": "%s"%s}"""
                .formatted(personId(person), organisationId(organisation), position, from, to == null ? "" : ", \"to\": \"" + to + "\"");
    }

    String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void onlyAdministratorsAndCoordinatorsSetUpBodies() {
        long before = bodyCount();
        for (String user : List.of("member", "police", "analyst", "executive")) {
            var refused = post("/api/bodies", basic(user, "demo"), steeringGroup(unique("Ryhmä"), "", null));
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(post("/api/bodies/" + bodyId("expert-group") + "/members", basic(user, "demo"),
                    member("demo-hsl", "hsl", "EXPERT", "2030-01-01", null)).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(post("/api/bodies", basic("nobody", "x"), "{}").statusCode()).isEqualTo(401);
        assertThat(bodyCount()).isEqualTo(before);
        assertThat(post("/api/bodies", basic("admin", "demo"), steeringGroup(unique("Ylläpitäjän ryhmä"), "", null)).statusCode())
                .isEqualTo(201);
    }

    @Test
    void setsUpASteeringGroupWithARotatingChairAndComputesItsSchedule() {
        String name = unique("Testiohjausryhmä");
        var created = post("/api/bodies", COORDINATOR, steeringGroup(name,
                String.join(",", member("demo-youth-services", "youth-services", "MEMBER", "2026-01-01", null),
                        member("demo-police", "helsinki-police", "MEMBER", "2026-01-01", null),
                        member("demo-child-welfare", "child-welfare", "MEMBER", "2026-01-01", null)),
                "{\"organisationIds\": [%d, %d, %d], \"termMonths\": 12, \"startsOn\": \"2026-01-01\"}".formatted(
                        organisationId("youth-services"), organisationId("helsinki-police"), organisationId("child-welfare"))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var body = parse(created.body());
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/bodies/" + body.path("id").asLong());
        assertThat(body.path("code").asString()).startsWith("testiohjausryhma-");
        var schedule = body.path("chairSchedule");
        assertThat(texts(schedule, "from")).startsWith("2026-01-01", "2027-01-01", "2028-01-01");
        assertThat(texts(schedule, "to")).startsWith("2026-12-31", "2027-12-31", "2028-12-31");
        List<String> chairs = new ArrayList<>();
        schedule.forEach(turn -> chairs.add(turn.path("organisation").path("code").asString()));
        assertThat(chairs).startsWith("youth-services", "helsinki-police", "child-welfare", "youth-services");
        assertThat(texts(schedule, "representativeName")).startsWith("Terhi Testinen", "Mikko Malli", "Kalle Kokeilu");
        assertThat(getJson("/api/bodies/" + body.path("id").asLong(), MEMBER).path("nameFi").asString()).isEqualTo(name);
    }

    @Test
    void refusesAChairRotationWithoutOrganisationsOrWithoutMembersAndSavesNothing() {
        long before = bodyCount();
        var noOrganisations = post("/api/bodies", COORDINATOR, steeringGroup(unique("Ryhmä"),
                member("demo-police", "helsinki-police", "MEMBER", "2026-01-01", null),
                "{\"organisationIds\": [], \"termMonths\": 12, \"startsOn\": \"2026-01-01\"}"));
        assertThat(noOrganisations.statusCode()).isEqualTo(400);
        assertThat(errors(noOrganisations)).containsKey("chairRotation.organisationIds");
        assertThat(errors(noOrganisations).get("chairRotation.organisationIds")).contains("at least 2 organisations");

        var noMembers = post("/api/bodies", COORDINATOR, steeringGroup(unique("Ryhmä"), "",
                "{\"organisationIds\": [%d, %d], \"termMonths\": 12, \"startsOn\": \"2026-01-01\"}".formatted(
                        organisationId("youth-services"), organisationId("helsinki-police"))));
        assertThat(noMembers.statusCode()).isEqualTo(400);
        assertThat(errors(noMembers).get("members")).contains("needs members");
        assertThat(bodyCount()).isEqualTo(before);
    }

    @Test
    void reportsEveryProblemOfABodyAtOnceWithItsField() {
        long before = bodyCount();
        var response = post("/api/bodies", COORDINATOR, """
                {"type": "CLUB", "nameFi": " ", "municipalityCode": "999", "areaCode": "0919", "secretariatOrganisationId": 999999,
                 "members": [{"personId": 999999, "organisationId": %d, "position": "KING", "from": "2026-13-01", "to": "x"}],
                 "chairRotation": {"organisationIds": [%d, %d], "termMonths": 0, "startsOn": "soon"}}"""
                .formatted(organisationId("hsl"), organisationId("hsl"), organisationId("hsl")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(errors(response)).containsKeys("type", "nameFi", "municipalityCode", "areaCode", "secretariatOrganisationId",
                "members[0].personId", "members[0].position", "members[0].from", "members[0].to",
                "chairRotation.organisationIds", "chairRotation.termMonths", "chairRotation.startsOn");
        assertThat(bodyCount()).isEqualTo(before);

        var area = post("/api/bodies", COORDINATOR, """
                {"type": "AREA_NETWORK", "nameFi": "Verkosto", "municipalityCode": "092", "areaCode": "0917"}""");
        assertThat(errors(area).get("areaCode")).contains("not in the municipality 092");
        var nowhere = post("/api/bodies", COORDINATOR, "{\"type\": \"OTHER\", \"nameFi\": \"Jossain\"}");
        assertThat(errors(nowhere)).containsKey("municipalityCode");
        var badCode = post("/api/bodies", COORDINATOR, "{\"code\": \"Bad Code\", \"type\": \"OTHER\", \"nameFi\": \"X\", \"municipalityCode\": \"091\"}");
        assertThat(errors(badCode)).containsKey("code");
        var takenCode = post("/api/bodies", COORDINATOR, "{\"code\": \"expert-group\", \"type\": \"OTHER\", \"nameFi\": \"X\", \"municipalityCode\": \"091\"}");
        assertThat(errors(takenCode)).containsKey("code");
        assertThat(bodyCount()).isEqualTo(before);
    }

    @Test
    void refusesOverlappingTermsOfOnePersonAndTwoChairsInANewBody() {
        long before = bodyCount();
        var response = post("/api/bodies", COORDINATOR, steeringGroup(unique("Ryhmä"), String.join(",",
                member("demo-police", "helsinki-police", "CHAIR", "2026-01-01", "2026-12-31"),
                member("demo-police", "helsinki-police", "MEMBER", "2026-06-01", null),
                member("demo-youth-services", "youth-services", "CHAIR", "2026-12-31", null)), null));
        assertThat(response.statusCode()).isEqualTo(400);
        var errors = errors(response);
        assertThat(errors.get("members[1].from")).contains("Mikko Malli already has a term");
        assertThat(errors.get("members[2].position")).contains("one chair at a time");
        assertThat(bodyCount()).isEqualTo(before);
    }

    @Test
    void addsAMemberToABodyUnlessTheTermOverlapsOrMakesASecondChair() {
        var created = post("/api/bodies", COORDINATOR, steeringGroup(unique("Jäsenryhmä"),
                member("demo-hsl", "hsl", "CHAIR", "2026-01-01", "2026-12-31"), null));
        long id = parse(created.body()).path("id").asLong();
        long members = db.sql("select count(*) from organisations.body_member where body_id = :id").param("id", id).query(Long.class).single();

        var overlapping = post("/api/bodies/" + id + "/members", COORDINATOR, member("demo-hsl", "hsl", "MEMBER", "2026-12-31", null));
        assertThat(overlapping.statusCode()).isEqualTo(400);
        assertThat(errors(overlapping).get("from")).contains("Heikki Hypoteettinen already has a term");

        var secondChair = post("/api/bodies/" + id + "/members", COORDINATOR, member("demo-red-cross", "red-cross-helsinki-uusimaa", "CHAIR", "2026-06-01", null));
        assertThat(secondChair.statusCode()).isEqualTo(400);
        assertThat(errors(secondChair).get("position")).contains("Heikki Hypoteettinen is chair");

        var unknownPerson = post("/api/bodies/" + id + "/members", COORDINATOR,
                "{\"personId\": 999999, \"organisationId\": %d, \"position\": \"MEMBER\", \"from\": \"2026-01-01\"}".formatted(organisationId("hsl")));
        assertThat(errors(unknownPerson)).containsKey("personId");
        assertThat(db.sql("select count(*) from organisations.body_member where body_id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(members);

        var next = post("/api/bodies/" + id + "/members", COORDINATOR, member("demo-hsl", "hsl", "MEMBER", "2027-01-01", null));
        assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
        assertThat(parse(next.body()).path("represents").path("code").asString()).isEqualTo("hsl");
        var nextChair = post("/api/bodies/" + id + "/members", COORDINATOR, member("demo-red-cross", "red-cross-helsinki-uusimaa", "CHAIR", "2027-01-01", null));
        assertThat(nextChair.statusCode()).isEqualTo(201);
        assertThat(getJson("/api/bodies/" + id, MEMBER).path("chairHistory").size()).isEqualTo(2);
    }

    @Test
    void describesTheOrganisationsApiInOpenApi() {
        var docs = parse(get("/v3/api-docs").body());
        assertThat(docs.path("paths").has("/api/organisations")).isTrue();
        assertThat(docs.path("paths").has("/api/bodies/{id}/members")).isTrue();
        assertThat(docs.path("paths").path("/api/bodies").has("post")).isTrue();
    }
}
