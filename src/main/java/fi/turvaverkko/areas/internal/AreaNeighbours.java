package fi.turvaverkko.areas.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.stereotype.Component;

import fi.turvaverkko.areas.AreaLevel;

/**
 * Queen contiguity between the areas of one level: two areas are neighbours when their boundaries touch, even at a
 * single point. Source boundaries have small gaps and overlaps where they were drawn separately, so "touch" means
 * closer than {@link #TOLERANCE_DEGREES} (about a metre). Computed once per municipality and level, then kept.
 */
@Component
public class AreaNeighbours {

    /** About 1.1 m of latitude, 0.55 m of longitude at Helsinki. */
    static final double TOLERANCE_DEGREES = 1e-5;

    private final AreaRepository areas;
    private final Map<String, Map<String, Set<String>>> cache = new ConcurrentHashMap<>();

    AreaNeighbours(AreaRepository areas) {
        this.areas = areas;
    }

    public Map<String, Set<String>> neighbours(String municipality, AreaLevel level) {
        return cache.computeIfAbsent(municipality + "/" + level, key -> compute(municipality, level));
    }

    private Map<String, Set<String>> compute(String municipality, AreaLevel level) {
        WKBReader reader = new WKBReader(GeoJsonAreaReader.GEOMETRIES);
        List<String> codes = new ArrayList<>();
        List<Geometry> geometries = new ArrayList<>();
        STRtree tree = new STRtree();
        for (var area : areas.listCurrentGeometries(municipality, level)) {
            try {
                Geometry geometry = reader.read(area.wkb());
                codes.add(area.code());
                geometries.add(geometry);
                Envelope envelope = new Envelope(geometry.getEnvelopeInternal());
                envelope.expandBy(TOLERANCE_DEGREES);
                tree.insert(envelope, codes.size() - 1);
            } catch (ParseException e) {
                throw new IllegalStateException("Stored boundary of area " + area.code() + " is not readable", e);
            }
        }
        Map<String, Set<String>> neighbours = new TreeMap<>();
        codes.forEach(code -> neighbours.put(code, new TreeSet<>()));
        for (int i = 0; i < codes.size(); i++) {
            Geometry geometry = geometries.get(i);
            for (Object candidate : tree.query(geometry.getEnvelopeInternal())) {
                int j = (Integer) candidate;
                if (j > i && geometry.isWithinDistance(geometries.get(j), TOLERANCE_DEGREES)) {
                    neighbours.get(codes.get(i)).add(codes.get(j));
                    neighbours.get(codes.get(j)).add(codes.get(i));
                }
            }
        }
        neighbours.replaceAll((code, set) -> java.util.Collections.unmodifiableSet(set));
        return java.util.Collections.unmodifiableMap(neighbours);
    }
}
