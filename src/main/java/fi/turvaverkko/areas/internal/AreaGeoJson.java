package fi.turvaverkko.areas.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.proj4j.ProjCoordinate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.AreasImported;
import fi.turvaverkko.areas.MapDocument;

/**
 * Writes areas as GeoJSON for maps and other systems. Simplification treats the areas of one level as a coverage
 * (JTS {@link CoverageSimplifier}, in EPSG:3067 metres), so neighbours keep exactly the same shared border and no
 * gaps or overlaps appear. Documents are cached by request; the cache is derived data and is dropped after an import.
 */
@Component
public class AreaGeoJson {

    private static final int CACHE_SIZE = 64;

    private final AreaRepository areas;
    /** Bumped by every import: a document built from older boundaries is not cached. */
    private long generation;
    private final Map<String, MapDocument> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MapDocument> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    AreaGeoJson(AreaRepository areas) {
        this.areas = areas;
    }

    /** The current areas of a municipality (all when null) and level (all when null), simplified by {@code metres} (0: as stored). */
    public MapDocument collection(String municipality, AreaLevel level, int metres) {
        String key = municipality + "|" + level + "|" + metres;
        long builtFrom;
        synchronized (cache) {
            MapDocument cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
            builtFrom = generation;
        }
        List<Area> list = areas.listCurrent(municipality, level);
        Map<String, byte[]> wkb = new LinkedHashMap<>();
        areas.listCurrentGeometries(municipality, level).forEach(g -> wkb.put(g.code(), g.wkb()));
        List<Geometry> geometries = new ArrayList<>(list.size());
        for (Area area : list) {
            geometries.add(read(Objects.requireNonNull(wkb.get(area.code()))));
        }
        MapDocument document = MapDocument.of(write(list, simplify(list, geometries, metres), metres > 0 ? 5 : 6));
        synchronized (cache) {
            if (builtFrom == generation) {
                cache.put(key, document);
            }
        }
        return document;
    }

    /** One area and its children, for the map of the area's page. */
    public MapDocument withChildren(Area area, List<Area> children, int metres) {
        List<Area> list = new ArrayList<>();
        list.add(area);
        list.addAll(children);
        List<Geometry> geometries = new ArrayList<>();
        for (Area a : list) {
            geometries.add(read(areas.findCurrentGeometry(a.code()).orElseThrow().wkb()));
        }
        List<Geometry> simplified = new ArrayList<>(simplify(List.of(area), geometries.subList(0, 1), metres));
        simplified.addAll(simplify(children, geometries.subList(1, geometries.size()), metres));
        return MapDocument.of(write(list, simplified, metres > 0 ? 5 : 6));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AreasImported imported) {
        synchronized (cache) {
            generation++;
            cache.clear();
        }
    }

    private static Geometry read(byte[] wkb) {
        try {
            return new WKBReader(GeoJsonAreaReader.GEOMETRIES).read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored boundary is not readable", e);
        }
    }

    /** Simplifies each level as a coverage of its own, so that the shared borders of neighbours stay shared. */
    static List<Geometry> simplify(List<Area> list, List<Geometry> geometries, int metres) {
        if (metres <= 0 || geometries.isEmpty()) {
            return geometries;
        }
        Map<AreaLevel, List<Integer>> byLevel = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            byLevel.computeIfAbsent(list.get(i).level(), l -> new ArrayList<>()).add(i);
        }
        Geometry[] result = new Geometry[geometries.size()];
        byLevel.forEach((level, indexes) -> {
            Geometry[] projected = indexes.stream().map(i -> transform(geometries.get(i), true)).toArray(Geometry[]::new);
            Geometry[] simplified = CoverageSimplifier.simplify(projected, metres);
            for (int k = 0; k < indexes.size(); k++) {
                result[indexes.get(k)] = transform(simplified[k], false);
            }
        });
        return List.of(result);
    }

    private static Geometry transform(Geometry geometry, boolean toMetres) {
        Geometry copy = geometry.copy();
        ProjCoordinate out = new ProjCoordinate();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                if (toMetres) {
                    Projections.toTm35(seq.getX(i), seq.getY(i), out);
                } else {
                    Projections.fromTm35(seq.getX(i), seq.getY(i), out);
                }
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    static byte[] write(List<Area> list, List<Geometry> geometries, int decimals) {
        double scale = Math.pow(10, decimals);
        StringBuilder out = new StringBuilder(list.size() * 2048);
        out.append("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < list.size(); i++) {
            Area area = list.get(i);
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"type\":\"Feature\",\"id\":\"").append(area.code()).append("\",\"properties\":{");
            property(out, "code", area.code()).append(',');
            property(out, "level", area.level().name()).append(',');
            property(out, "municipality", area.municipalityCode()).append(',');
            property(out, "localCode", area.localCode()).append(',');
            property(out, "nameFi", area.nameFi()).append(',');
            property(out, "nameSv", area.nameSv()).append(',');
            property(out, "parentCode", area.parentCode()).append(',');
            property(out, "validFrom", area.validFrom().toString());
            out.append("},\"geometry\":");
            geometry(out, geometries.get(i), scale);
            out.append('}');
        }
        out.append("]}");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder property(StringBuilder out, String name, String value) {
        out.append('"').append(name).append("\":");
        if (value == null) {
            return out.append("null");
        }
        out.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private static void geometry(StringBuilder out, Geometry geometry, double scale) {
        if (geometry.getNumGeometries() == 1) {
            out.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(out, (Polygon) geometry.getGeometryN(0), scale);
        } else {
            out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                polygon(out, (Polygon) geometry.getGeometryN(i), scale);
            }
            out.append(']');
        }
        out.append('}');
    }

    private static void polygon(StringBuilder out, Polygon polygon, double scale) {
        out.append('[');
        ring(out, polygon.getExteriorRing().getCoordinates(), scale);
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            out.append(',');
            ring(out, polygon.getInteriorRingN(h).getCoordinates(), scale);
        }
        out.append(']');
    }

    private static void ring(StringBuilder out, Coordinate[] coordinates, double scale) {
        out.append('[');
        for (int i = 0; i < coordinates.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('[').append(round(coordinates[i].x, scale)).append(',').append(round(coordinates[i].y, scale)).append(']');
        }
        out.append(']');
    }

    private static String round(double value, double scale) {
        return java.math.BigDecimal.valueOf(Math.round(value * scale) / scale).stripTrailingZeros().toPlainString();
    }
}
