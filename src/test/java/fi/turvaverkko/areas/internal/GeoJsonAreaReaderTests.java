package fi.turvaverkko.areas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.areas.AreaDataset;
import fi.turvaverkko.areas.AreaImportFailed;
import fi.turvaverkko.areas.AreaLevel;

class GeoJsonAreaReaderTests {

    static final AreaDataset DATASET = new AreaDataset("test-districts", "classpath:none", AreaLevel.MAJOR_DISTRICT,
            "{kunta}", "{kokotunnus:0:4}", "{tunnus}", null, "{nimi_fi}", "{nimi_se}", null, Map.of(), LocalDate.of(2024, 1, 1));

    static final String SQUARE = "[[[24.9,60.1],[25.0,60.1],[25.0,60.2],[24.9,60.2],[24.9,60.1]]]";

    static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static String props(String code, String name) {
        return "{\"kunta\":\"091\",\"kokotunnus\":\"" + code + "\",\"tunnus\":\"" + code.substring(3, 4) + "\",\"nimi_fi\":\"" + name
                + "\",\"nimi_se\":\"SÖDRA\"}";
    }

    static AreaImportFailed failure(String json) {
        return org.junit.jupiter.api.Assertions.assertThrows(AreaImportFailed.class,
                () -> GeoJsonAreaReader.read(DATASET, json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAValidFeatureAndShowsCapitalisedNamesAsNames() {
        var areas = GeoJsonAreaReader.read(DATASET, collection(feature(props("0911000000", "ETELÄINEN"),
                "{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}")).getBytes(StandardCharsets.UTF_8));
        assertThat(areas).singleElement().satisfies(area -> {
            assertThat(area.code()).isEqualTo("0911");
            assertThat(area.localCode()).isEqualTo("1");
            assertThat(area.nameFi()).isEqualTo("Eteläinen");
            assertThat(area.nameSv()).isEqualTo("Södra");
            assertThat(area.municipalityCode()).isEqualTo("091");
        });
    }

    @Test
    void titleCasesEachWordAndHyphenatedPart() {
        assertThat(GeoJsonAreaReader.name("SUUR-ESPOONLAHTI")).isEqualTo("Suur-Espoonlahti");
        assertThat(GeoJsonAreaReader.name("GAMLA ESBO")).isEqualTo("Gamla Esbo");
        assertThat(GeoJsonAreaReader.name("Kallio")).isEqualTo("Kallio");
    }

    @Test
    void refusesAFileThatIsNotJson() {
        assertThat(failure("{\"type\": \"FeatureCollection\", ").problems()).singleElement().asString().contains("not valid JSON");
    }

    @Test
    void refusesJsonThatIsNotAFeatureCollection() {
        assertThat(failure("{\"type\":\"Feature\"}").problems()).singleElement().asString().contains("not a GeoJSON FeatureCollection");
    }

    @Test
    void namesEveryBadFeatureAndWhatIsWrongWithIt() {
        var failure = failure(collection(
                feature(props("0911000000", "A"), "{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}"),
                feature(props("0912000000", "B"), "{\"type\":\"Point\",\"coordinates\":[24.9,60.1]}"),
                feature(props("0913000000", "C"), "{\"type\":\"Polygon\",\"coordinates\":[[[24.9,60.1],[25.0,60.1],[24.9,60.1]]]}"),
                feature(props("0914000000", "D"), "{\"type\":\"Polygon\",\"coordinates\":[[[2490000,6010000],[2500000,6010000],[2500000,6020000],[2490000,6010000]]]}"),
                feature(props("0915000000", "E"), "{\"type\":\"Polygon\",\"coordinates\":[[[24.9,60.1],[25.0,60.2],[25.0,60.1],[24.9,60.2],[24.9,60.1]]]}"),
                feature("{\"kunta\":\"091\",\"kokotunnus\":\"0916000000\",\"tunnus\":\"6\"}", "{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}"),
                feature(props("0911000000", "A again"), "{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}")));
        assertThat(failure.dataset()).isEqualTo("test-districts");
        assertThat(failure.problems()).hasSize(6);
        assertThat(failure.problems().get(0)).startsWith("feature #2 (code 0912)").contains("'Point'");
        assertThat(failure.problems().get(1)).startsWith("feature #3 (code 0913)").contains("fewer than 4 positions");
        assertThat(failure.problems().get(2)).startsWith("feature #4 (code 0914)").contains("not WGS84");
        assertThat(failure.problems().get(3)).startsWith("feature #5 (code 0915)").contains("not valid").contains("Self-intersection");
        assertThat(failure.problems().get(4)).startsWith("feature #6 (code 0916)").contains("'nimi_fi'");
        assertThat(failure.problems().get(5)).startsWith("feature #7 (code 0911)").contains("appears twice");
        assertThat(failure.getMessage()).contains("nothing was changed");
    }

    @Test
    void refusesAnUnclosedRing() {
        var failure = failure(collection(feature(props("0911000000", "A"),
                "{\"type\":\"Polygon\",\"coordinates\":[[[24.9,60.1],[25.0,60.1],[25.0,60.2],[24.9,60.2],[24.95,60.15]]]}")));
        assertThat(failure.problems()).singleElement().asString().contains("not closed");
    }

    @Test
    void refusesAFileWithNothingToImport() {
        assertThat(failure(collection()).problems()).singleElement().asString().contains("no features");
    }

    @Test
    void fillsCodeTemplatesFromProperties() {
        Map<String, String> p = Map.of("kunta", "091", "tunnus", "7", "kokotunnus", "0915503392");
        assertThat(AreaDataset.fill("{kunta}{tunnus:pad3}", p::get)).isEqualTo("091007");
        assertThat(AreaDataset.fill("{kokotunnus:0:7}", p::get)).isEqualTo("0915503");
        assertThatThrownBy(() -> AreaDataset.fill("{missing}", p::get)).hasMessageContaining("'missing'");
    }
}
