package fi.turvaverkko.areas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;

import fi.turvaverkko.areas.AreaLevel;

class DistrictIndexTests {

    static final GeometryFactory geometries = GeoJsonAreaReader.GEOMETRIES;

    static Geometry square(double x0, double y0, double x1, double y1) {
        return geometries.createPolygon(new Coordinate[] { new Coordinate(x0, y0), new Coordinate(x1, y0),
                new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0) });
    }

    /** West 0911 and east 0912 share the border x = 25.0; 0913 lies north of both. */
    static DistrictIndex twoNeighbours() {
        return new DistrictIndex(List.of(
                new DistrictIndex.IndexedArea("0912", AreaLevel.MAJOR_DISTRICT, square(25.0, 60.0, 25.1, 60.1)),
                new DistrictIndex.IndexedArea("0911", AreaLevel.MAJOR_DISTRICT, square(24.9, 60.0, 25.0, 60.1)),
                new DistrictIndex.IndexedArea("0913", AreaLevel.MAJOR_DISTRICT, square(24.9, 60.1, 25.1, 60.2))));
    }

    @Test
    void findsTheAreaAroundAnInteriorPoint() {
        var index = twoNeighbours();
        assertThat(index.locate(AreaLevel.MAJOR_DISTRICT, 24.95, 60.05)).contains("0911");
        assertThat(index.locate(AreaLevel.MAJOR_DISTRICT, 25.05, 60.05)).contains("0912");
        assertThat(index.locate(AreaLevel.MAJOR_DISTRICT, 25.05, 60.15)).contains("0913");
    }

    @Test
    void givesAPointOnASharedBorderToTheAreaWithTheLowestCode() {
        var index = twoNeighbours();
        for (double lat = 60.0001; lat < 60.1; lat += 0.0037) {
            assertThat(index.locate(AreaLevel.MAJOR_DISTRICT, 25.0, lat)).as("lat %s", lat).contains("0911");
        }
        // the corner where all three meet, and the border between 0912 and 0913
        assertThat(index.locate(AreaLevel.MAJOR_DISTRICT, 25.0, 60.1)).contains("0911");
        assertThat(index.locate(AreaLevel.MAJOR_DISTRICT, 25.05, 60.1)).contains("0912");
    }

    @Test
    void answersOutsideForPointsInNoArea() {
        var index = twoNeighbours();
        assertThat(index.locate(AreaLevel.MAJOR_DISTRICT, 24.0, 60.05)).isEmpty();
        assertThat(index.locate(AreaLevel.MAJOR_DISTRICT, 25.05, 59.99)).isEmpty();
        assertThat(index.locate(AreaLevel.SUB_AREA, 25.05, 60.05)).as("a level with no areas").isEmpty();
    }

    @Test
    void respectsHolesInAreas() {
        Geometry ring = geometries.createPolygon(
                geometries.createLinearRing(square(24.0, 60.0, 24.3, 60.3).getCoordinates()),
                new org.locationtech.jts.geom.LinearRing[] {
                        geometries.createLinearRing(square(24.1, 60.1, 24.2, 60.2).getCoordinates()) });
        var index = new DistrictIndex(List.of(
                new DistrictIndex.IndexedArea("0921", AreaLevel.MAJOR_DISTRICT, ring),
                new DistrictIndex.IndexedArea("0922", AreaLevel.MAJOR_DISTRICT, square(24.1, 60.1, 24.2, 60.2))));
        assertThat(index.locate(AreaLevel.MAJOR_DISTRICT, 24.05, 60.05)).contains("0921");
        assertThat(index.locate(AreaLevel.MAJOR_DISTRICT, 24.15, 60.15)).contains("0922");
    }

    @Test
    void agreesWithABruteForceSearchOverHelsinkisSubAreas() {
        var index = TestAreas.index();
        var subAreas = TestAreas.helsinki(AreaLevel.SUB_AREA).stream()
                .sorted((a, b) -> a.code().compareTo(b.code())).toList();
        var locators = subAreas.stream().map(a -> new IndexedPointInAreaLocator(a.geometry())).toList();
        Random random = new Random(20261123);
        for (int i = 0; i < 20_000; i++) {
            double lon = 24.78 + random.nextDouble() * 0.48;
            double lat = 59.92 + random.nextDouble() * 0.38;
            String expected = null;
            String onBoundary = null;
            for (int k = 0; k < subAreas.size() && expected == null; k++) {
                int location = locators.get(k).locate(new Coordinate(lon, lat));
                if (location == Location.INTERIOR) {
                    expected = subAreas.get(k).code();
                } else if (location == Location.BOUNDARY && onBoundary == null) {
                    onBoundary = subAreas.get(k).code();
                }
            }
            if (expected == null) {
                expected = onBoundary;
            }
            assertThat(index.locateOrNull(AreaLevel.SUB_AREA, lon, lat)).as("lon %s lat %s", lon, lat).isEqualTo(expected);
        }
    }

    @Test
    void placesAPointOnEveryVertexOfHelsinkisSubAreasInExactlyOneArea() {
        var index = TestAreas.index();
        var subAreas = TestAreas.helsinki(AreaLevel.SUB_AREA);
        int checked = 0;
        for (var area : subAreas) {
            Coordinate[] coordinates = area.geometry().getCoordinates();
            for (int i = 0; i < coordinates.length; i += 7) {
                String first = index.locateOrNull(AreaLevel.SUB_AREA, coordinates[i].x, coordinates[i].y);
                String again = index.locateOrNull(AreaLevel.SUB_AREA, coordinates[i].x, coordinates[i].y);
                assertThat(first).as("vertex of %s", area.code()).isNotNull().isEqualTo(again);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void assignsEveryLocatedHelsinkiFeedbackRecordToItsExpectedSubArea() throws Exception {
        var index = TestAreas.index();
        List<String> wrong = new ArrayList<>();
        int located = 0;
        try (var reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/fixtures/expected_district_assignment.csv"), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split(",", -1);
                String expected = fields[3];
                if (expected.isEmpty()) {
                    continue;
                }
                located++;
                double lat = Double.parseDouble(fields[1]);
                double lon = Double.parseDouble(fields[2]);
                String actual = index.locateOrNull(AreaLevel.SUB_AREA, lon, lat);
                if (!expected.equals(actual)) {
                    wrong.add(fields[0] + " expected " + expected + " got " + actual);
                }
                // the whole hierarchy is consistent: the small area found lies in the expected sub-area
                String small = index.locateOrNull(AreaLevel.SMALL_AREA, lon, lat);
                if (small != null && !small.startsWith(expected)) {
                    wrong.add(fields[0] + " small area " + small + " is not in " + expected);
                }
            }
        }
        assertThat(located).isEqualTo(1347);
        assertThat(wrong).isEmpty();
    }
}
