package fi.turvaverkko.areas;

import java.util.Set;

import fi.turvaverkko.platform.InvalidInput;

/**
 * A coordinate in one of the Finnish projected systems, in metres: EPSG:3067 (ETRS-TM35FIN, national) or
 * EPSG:3879 (ETRS-GK25, Helsinki's own, easting with the zone prefix 25). Also accepts EPSG:4326 with x = longitude.
 */
public record ProjectedCoordinate(double x, double y, int srid) {

    public static final Set<Integer> SUPPORTED = Set.of(3067, 3879, 4326);

    public ProjectedCoordinate {
        if (!SUPPORTED.contains(srid)) {
            throw new InvalidInput("srid", "Coordinates are accepted in EPSG:3067, EPSG:3879 or EPSG:4326; got EPSG:" + srid + ".");
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new InvalidInput("x", "x and y must be numbers.");
        }
    }
}
