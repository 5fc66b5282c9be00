package fi.turvaverkko.areas.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;

import fi.turvaverkko.areas.AreaDataset;
import fi.turvaverkko.areas.AreaImportFailed;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection of area boundaries as described by an {@link AreaDataset}, and checks every
 * feature: a Polygon or MultiPolygon with closed rings, WGS84 coordinates in range, a valid geometry, the code,
 * names and parent the data set asks for, no code twice. All problems are reported together, each naming the feature.
 */
final class GeoJsonAreaReader {

    static final GeometryFactory GEOMETRIES = new GeometryFactory(new PrecisionModel(), 4326);
    private static final int MAX_PROBLEMS = 25;
    private static final JsonMapper json = JsonMapper.builder().build();

    private GeoJsonAreaReader() {
    }

    static List<ParsedArea> read(AreaDataset dataset, InputStream in) {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (JacksonException e) {
            throw new AreaImportFailed(dataset.name(), List.of("the file is not valid JSON: " + e.getOriginalMessage()));
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asString(null)) || !root.path("features").isArray()) {
            throw new AreaImportFailed(dataset.name(), List.of("the file is not a GeoJSON FeatureCollection with a 'features' array"));
        }
        List<ParsedArea> areas = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int index = 0;
        for (JsonNode feature : root.path("features")) {
            String where = "feature #" + (index + 1);
            index++;
            try {
                JsonNode properties = feature.path("properties");
                if (!properties.isObject()) {
                    throw new IllegalArgumentException("it has no 'properties' object");
                }
                if (!included(dataset.include(), properties)) {
                    continue;
                }
                String code = AreaDataset.fill(dataset.code(), name -> text(properties, name));
                where += " (code " + code + ")";
                if (!code.matches("[0-9]{4,16}")) {
                    throw new IllegalArgumentException("the code '" + code + "' is not 4 to 16 digits");
                }
                if (!codes.add(code)) {
                    throw new IllegalArgumentException("the code " + code + " appears twice in the file");
                }
                String municipality = AreaDataset.fill(dataset.municipality(), name -> text(properties, name));
                if (!code.startsWith(municipality)) {
                    throw new IllegalArgumentException("the code does not start with the municipality code " + municipality);
                }
                String localCode = AreaDataset.fill(dataset.localCode(), name -> text(properties, name));
                String parent = dataset.parentCode() == null || dataset.parentCode().isBlank() ? null
                        : AreaDataset.fill(dataset.parentCode(), name -> text(properties, name));
                if (parent != null && !code.startsWith(parent)) {
                    throw new IllegalArgumentException("the code does not start with its parent's code " + parent);
                }
                String nameFi = name(AreaDataset.fill(dataset.nameFi(), name -> text(properties, name)));
                String nameSv = dataset.namesSv().get(code);
                if (nameSv == null && dataset.nameSv() != null && !dataset.nameSv().isBlank()) {
                    try {
                        nameSv = name(AreaDataset.fill(dataset.nameSv(), name -> text(properties, name)));
                    } catch (IllegalArgumentException noSwedishName) {
                        nameSv = null;
                    }
                }
                Geometry geometry = geometry(feature.path("geometry"));
                areas.add(new ParsedArea(code, dataset.level(), municipality, localCode, nameFi, nameSv, parent, geometry));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
                if (problems.size() >= MAX_PROBLEMS) {
                    problems.add("(stopped after " + MAX_PROBLEMS + " problems)");
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AreaImportFailed(dataset.name(), problems);
        }
        if (areas.isEmpty()) {
            throw new AreaImportFailed(dataset.name(), List.of("the file has no features to import"));
        }
        return areas;
    }

    static List<ParsedArea> read(AreaDataset dataset, byte[] bytes) {
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            return read(dataset, in);
        } catch (IOException e) {
            throw new AreaImportFailed(dataset.name(), List.of("the file could not be read: " + e.getMessage()));
        }
    }

    private static boolean included(String filter, JsonNode properties) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        boolean negate = filter.contains("!=");
        String[] parts = filter.split(negate ? "!=" : "=", 2);
        String value = text(properties, parts[0].trim());
        boolean equal = parts.length == 2 && parts[1].trim().equals(value);
        return negate != equal;
    }

    private static String text(JsonNode properties, String name) {
        JsonNode value = properties.get(name);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.asString().trim();
        return text.isEmpty() ? null : text;
    }

    /** Source names in capitals (ETELÄINEN) are shown as names (Eteläinen). */
    static String name(String raw) {
        if (raw == null) {
            return null;
        }
        if (!raw.equals(raw.toUpperCase(Locale.ROOT)) || raw.equals(raw.toLowerCase(Locale.ROOT))) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean start = true;
        for (char c : raw.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    private static Geometry geometry(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("it has no geometry");
        }
        String type = node.path("type").asString("");
        JsonNode coordinates = node.path("coordinates");
        Geometry geometry = switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                if (!coordinates.isArray() || coordinates.isEmpty()) {
                    throw new IllegalArgumentException("its MultiPolygon has no polygons");
                }
                List<Polygon> polygons = new ArrayList<>();
                for (JsonNode polygon : coordinates) {
                    polygons.add(polygon(polygon));
                }
                yield GEOMETRIES.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw new IllegalArgumentException("its geometry is a '" + type + "'; areas must be Polygon or MultiPolygon");
        };
        IsValidOp validity = new IsValidOp(geometry);
        if (!validity.isValid()) {
            var error = validity.getValidationError();
            throw new IllegalArgumentException("its geometry is not valid: " + error.getMessage() + " at lon "
                    + error.getCoordinate().x + ", lat " + error.getCoordinate().y);
        }
        return geometry;
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon has no rings");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRIES.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        if (!positions.isArray() || positions.size() < 4) {
            throw new IllegalArgumentException("a ring has fewer than 4 positions");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            JsonNode position = positions.get(i);
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                throw new IllegalArgumentException("position " + i + " of a ring is not [longitude, latitude]");
            }
            double lon = position.get(0).doubleValue();
            double lat = position.get(1).doubleValue();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw new IllegalArgumentException("position " + i + " [" + lon + ", " + lat
                        + "] is not WGS84 longitude/latitude (projected coordinates must be converted to EPSG:4326 first)");
            }
            coordinates[i] = new Coordinate(lon, lat);
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("a ring is not closed (its first and last positions differ)");
        }
        return GEOMETRIES.createLinearRing(coordinates);
    }
}
