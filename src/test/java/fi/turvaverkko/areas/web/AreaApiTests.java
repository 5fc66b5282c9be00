package fi.turvaverkko.areas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

class AreaApiTests extends IntegrationTest {

    void assertProblem(java.net.http.HttpResponse<String> response, int status, String detailContains) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = parse(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).contains(detailContains);
    }

    @Test
    void servesHelsinkisSubAreasAsGeoJson() {
        var response = get("/api/areas?municipality=091&level=SUB_AREA");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json"));
        JsonNode collection = parse(response.body());
        assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.path("features").size()).isEqualTo(148);
        JsonNode vilhonvuori = null;
        for (JsonNode feature : collection.path("features")) {
            if (feature.path("properties").path("code").asString().equals("0913301101")) {
                vilhonvuori = feature;
            }
        }
        assertThat(vilhonvuori).isNotNull();
        JsonNode properties = vilhonvuori.path("properties");
        assertThat(properties.path("level").asString()).isEqualTo("SUB_AREA");
        assertThat(properties.path("nameFi").asString()).isEqualTo("Vilhonvuori");
        assertThat(properties.path("nameSv").asString()).isEqualTo("Vilhelmsberg");
        assertThat(properties.path("parentCode").asString()).isEqualTo("0913301");
        assertThat(vilhonvuori.path("geometry").path("type").asString()).isEqualTo("Polygon");
    }

    @Test
    void hasEveryLevelOfHelsinkiAndTheMajorDistrictsOfItsNeighbours() {
        assertThat(parse(get("/api/areas?municipality=091&level=MAJOR_DISTRICT").body()).path("features").size()).isEqualTo(8);
        assertThat(parse(get("/api/areas?municipality=091&level=BASIC_DISTRICT").body()).path("features").size()).isEqualTo(34);
        assertThat(parse(get("/api/areas?municipality=091&level=small_area").body()).path("features").size()).isEqualTo(403);
        assertThat(parse(get("/api/areas?municipality=092").body()).path("features").size()).isEqualTo(7);
        assertThat(parse(get("/api/areas?municipality=049").body()).path("features").size()).isEqualTo(7);
        assertThat(parse(get("/api/areas?municipality=235").body()).path("features").size()).isEqualTo(1);
        assertThat(parse(get("/api/areas?level=MAJOR_DISTRICT").body()).path("features").size()).isEqualTo(23);
        assertThat(get("/api/areas?municipality=092").body()).contains("\"nameSv\":\"Dickursby\"");
    }

    @Test
    void compressesTheSimplifiedMapAndAnswersUnchangedCopiesWith304() throws Exception {
        var response = getBytes("/api/areas?municipality=091&level=SUB_AREA&simplify=5", "Accept-Encoding", "gzip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(response.body().length).isLessThan(300 * 1024);
        String body = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes());
        assertThat(parse(body).path("features").size()).isEqualTo(148);
        String etag = response.headers().firstValue("ETag").orElseThrow();

        var again = get("/api/areas?municipality=091&level=SUB_AREA&simplify=5", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        var other = get("/api/areas?municipality=091&level=SUB_AREA&simplify=20", "If-None-Match", etag);
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @Test
    void refusesUnknownLevelsAndSimplificationOutOfRange() {
        assertProblem(get("/api/areas?level=DISTRICT"), 400, "level must be one of");
        assertProblem(get("/api/areas?simplify=-1"), 400, "simplify");
        assertProblem(get("/api/areas?simplify=99999"), 400, "simplify");
        assertProblem(get("/api/areas?simplify=abc"), 400, "simplify");
        assertProblem(get("/api/areas?municipality=91"), 400, "three digits");
        assertProblem(get("/api/areas?municipality=999"), 404, "999");
    }

    @Test
    void givesAnAreaWithItsAncestorsAndChildren() {
        var response = get("/api/areas/0913301");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode area = parse(response.body());
        assertThat(area.path("nameFi").asString()).isEqualTo("Kallio");
        assertThat(area.path("nameSv").asString()).isEqualTo("Berghäll");
        assertThat(area.path("level").asString()).isEqualTo("BASIC_DISTRICT");
        assertThat(area.path("ancestors").size()).isEqualTo(1);
        assertThat(area.path("ancestors").get(0).path("nameFi").asString()).isEqualTo("Keskinen");
        assertThat(area.path("children").size()).isEqualTo(7);
        assertThat(area.path("squareKilometres").asDouble()).isBetween(3.0, 5.0);

        assertProblem(get("/api/areas/0919999"), 404, "0919999");
        assertProblem(get("/api/areas/kallio"), 400, "4 to 16 digits");
    }

    @Test
    void servesAnAreaWithItsChildrenForTheAreaMap() {
        JsonNode collection = parse(get("/api/areas/0913301/features?simplify=2").body());
        assertThat(collection.path("features").size()).isEqualTo(8);
        assertThat(collection.path("features").get(0).path("properties").path("code").asString()).isEqualTo("0913301");
    }

    @Test
    void locatesAPointInTheWholeHierarchy() {
        var response = get("/api/areas/locate?lat=60.1841&lon=24.9504");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode areas = parse(response.body()).path("areas");
        assertThat(areas.size()).isEqualTo(4);
        assertThat(areas.get(0).path("code").asString()).isEqualTo("0913");
        assertThat(areas.get(1).path("nameFi").asString()).isEqualTo("Kallio");
        assertThat(areas.get(2).path("level").asString()).isEqualTo("SUB_AREA");
        assertThat(areas.get(3).path("level").asString()).isEqualTo("SMALL_AREA");
        assertThat(areas.get(3).path("code").asString()).startsWith(areas.get(2).path("code").asString());
    }

    static java.util.List<JsonNode> features(String fixture) throws Exception {
        try (var in = AreaApiTests.class.getResourceAsStream("/fixtures/" + fixture)) {
            var list = new java.util.ArrayList<JsonNode>();
            json.readTree(in).path("features").forEach(list::add);
            return list;
        }
    }

    static org.locationtech.jts.geom.Coordinate interiorPoint(JsonNode feature) throws Exception {
        var geometry = new org.locationtech.jts.io.geojson.GeoJsonReader().read(json.writeValueAsString(feature.path("geometry")));
        return geometry.getInteriorPoint().getCoordinate();
    }

    @Test
    void locatesEtrsGk25CoordinatesInTheRightBasicDistrict() throws Exception {
        var districts = features("peruspiirit_epsg3879_2020.geojson");
        assertThat(districts).hasSize(34);
        for (JsonNode district : districts) {
            var point = interiorPoint(district);
            var response = get("/api/areas/locate?x=" + point.x + "&y=" + point.y + "&srid=3879");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode basic = parse(response.body()).path("areas").get(1);
            assertThat(basic.path("code").asString()).as(district.path("properties").path("name").asString())
                    .endsWith(district.path("properties").path("id").asString());
        }
    }

    @Test
    void locatesEtrsTm35FinCoordinatesInTheRightMunicipality() throws Exception {
        for (JsonNode municipality : features("helsinki_vantaa_municipalities_epsg3067.geojson")) {
            var point = interiorPoint(municipality);
            var response = get("/api/areas/locate?x=" + point.x + "&y=" + point.y + "&srid=3067");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(parse(response.body()).path("areas").get(0).path("code").asString())
                    .startsWith(municipality.path("properties").path("code").asString());
        }
    }

    @Test
    void locatesInEspooWithItsOnlyLevel() {
        JsonNode located = parse(get("/api/areas/locate?lat=60.1766&lon=24.8056").body());
        assertThat(located.path("areas").size()).isEqualTo(1);
        assertThat(located.path("areas").get(0).path("code").asString()).startsWith("049");
    }

    @Test
    void answersOutsideEveryAreaWith404() {
        assertProblem(get("/api/areas/locate?lat=61.5&lon=23.76"), 404, "outside every area");
    }

    @Test
    void refusesMissingMalformedAndOutOfRangeCoordinates() {
        assertProblem(get("/api/areas/locate"), 400, "'lat' is required");
        assertProblem(get("/api/areas/locate?lat=60.17"), 400, "'lon' is required");
        assertProblem(get("/api/areas/locate?lat=sixty&lon=24.9"), 400, "must be a number");
        assertProblem(get("/api/areas/locate?lat=60,17&lon=24.9"), 400, "must be a number");
        assertProblem(get("/api/areas/locate?lat=NaN&lon=24.9"), 400, "must be a number");
        assertProblem(get("/api/areas/locate?lat=91&lon=24.9"), 400, "Latitude must be");
        assertProblem(get("/api/areas/locate?lat=60.1&lon=-181"), 400, "Longitude must be");
        assertProblem(get("/api/areas/locate?x=386102&y=6672119&srid=2393"), 400, "EPSG:3067");
        assertProblem(get("/api/areas/locate?x=386102&y=6672119"), 400, "'srid' is required");
        assertProblem(get("/api/areas/locate?x=386102&y=6672119&srid=3067&lat=60"), 400, "not both");
    }

    @Test
    void listsMunicipalities() {
        JsonNode municipalities = parse(get("/api/municipalities").body());
        assertThat(municipalities.size()).isEqualTo(309);
        boolean vantaa = false;
        for (JsonNode m : municipalities) {
            if (m.path("code").asString().equals("092")) {
                vantaa = m.path("nameSv").asString().equals("Vanda") && m.path("hasAreas").asBoolean();
            }
        }
        assertThat(vantaa).isTrue();
    }

    @Test
    void describesTheApiWithOpenApi() {
        var response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode api = parse(response.body());
        assertThat(api.path("paths").has("/api/areas")).isTrue();
        assertThat(api.path("paths").has("/api/areas/locate")).isTrue();
        assertThat(api.path("paths").has("/api/areas/{code}")).isTrue();
    }

    @Test
    void answersUnknownApiPathsWithProblemJson() {
        assertProblem(get("/api/areas/0913301/nothing", "Authorization", basic("admin", "demo")), 404, "Nothing is served");
    }
}
