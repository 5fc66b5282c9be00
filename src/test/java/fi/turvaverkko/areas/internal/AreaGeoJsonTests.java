package fi.turvaverkko.areas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.CoverageUnion;

import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.AreaLevel;

class AreaGeoJsonTests {

    static List<Area> asAreas(List<ParsedArea> parsed) {
        return parsed.stream().map(p -> new Area(p.code(), p.level(), p.municipalityCode(), p.localCode(), p.nameFi(),
                p.nameSv(), p.parentCode(), 0, 0, 0, LocalDate.of(2024, 2, 2), null)).toList();
    }

    @Test
    void simplificationKeepsSharedBordersSharedWithoutGapsOrOverlaps() {
        var parsed = TestAreas.helsinki(AreaLevel.SUB_AREA);
        var original = parsed.stream().map(ParsedArea::geometry).toList();
        var simplified = AreaGeoJson.simplify(asAreas(parsed), original, 5);

        double originalArea = original.stream().mapToDouble(Geometry::getArea).sum();
        double simplifiedSum = simplified.stream().mapToDouble(Geometry::getArea).sum();
        Geometry simplifiedUnion = CoverageUnion.union(GeoJsonAreaReader.GEOMETRIES.buildGeometry(simplified));
        // no overlaps: the pieces add up to their union; no gaps or lost land: the total stays the same
        assertThat(simplifiedUnion.getArea()).isCloseTo(simplifiedSum, org.assertj.core.data.Percentage.withPercentage(0.01));
        assertThat(simplifiedSum).isCloseTo(originalArea, org.assertj.core.data.Percentage.withPercentage(0.5));
        // and the simplification did simplify
        int before = original.stream().mapToInt(Geometry::getNumPoints).sum();
        int after = simplified.stream().mapToInt(Geometry::getNumPoints).sum();
        assertThat(after).isLessThan(before / 2);
    }

    @Test
    void theSimplifiedSubAreaMapIsSmallEnoughToSendToABrowser() throws Exception {
        var parsed = TestAreas.helsinki(AreaLevel.SUB_AREA);
        var simplified = AreaGeoJson.simplify(asAreas(parsed), parsed.stream().map(ParsedArea::geometry).toList(), 5);
        byte[] json = AreaGeoJson.write(asAreas(parsed), simplified, 5);
        var compressed = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(compressed)) {
            gzip.write(json);
        }
        assertThat(compressed.size()).isLessThan(300 * 1024);
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\"")
                .contains("\"nameSv\":\"Berghäll\"".replace("Berghäll", parsed.stream().filter(p -> p.code().equals("0913301111")).findFirst().orElseThrow().nameSv()));
    }
}
