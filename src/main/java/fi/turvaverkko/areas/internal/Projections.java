package fi.turvaverkko.areas.internal;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/** Transforms between WGS84 and the Finnish projected systems. proj4j transforms are not thread-safe: one per thread. */
final class Projections {

    private static final CRSFactory crs = new CRSFactory();
    private static final CoordinateTransformFactory transforms = new CoordinateTransformFactory();
    private static final CoordinateReferenceSystem WGS84 = crs.createFromName("EPSG:4326");

    private static final ThreadLocal<CoordinateTransform> fromTm35 = ThreadLocal.withInitial(() -> transform("EPSG:3067", null));
    private static final ThreadLocal<CoordinateTransform> fromGk25 = ThreadLocal.withInitial(() -> transform("EPSG:3879", null));
    private static final ThreadLocal<CoordinateTransform> toTm35 = ThreadLocal.withInitial(() -> transform(null, "EPSG:3067"));

    private Projections() {
    }

    private static CoordinateTransform transform(String from, String to) {
        return transforms.createTransform(from == null ? WGS84 : crs.createFromName(from), to == null ? WGS84 : crs.createFromName(to));
    }

    /** x/y in EPSG:3067, 3879 or 4326 → {longitude, latitude}. */
    static double[] toWgs84(double x, double y, int srid) {
        if (srid == 4326) {
            return new double[] { x, y };
        }
        CoordinateTransform transform = switch (srid) {
            case 3067 -> fromTm35.get();
            case 3879 -> fromGk25.get();
            default -> throw new IllegalArgumentException("Unsupported SRID " + srid);
        };
        ProjCoordinate out = transform.transform(new ProjCoordinate(x, y), new ProjCoordinate());
        return new double[] { out.x, out.y };
    }

    /** {longitude, latitude} → EPSG:3067 metres, written into {@code out}. */
    static void toTm35(double lon, double lat, ProjCoordinate out) {
        toTm35.get().transform(new ProjCoordinate(lon, lat), out);
    }

    /** EPSG:3067 metres → WGS84, written into {@code out} (x = longitude). */
    static void fromTm35(double x, double y, ProjCoordinate out) {
        fromTm35.get().transform(new ProjCoordinate(x, y), out);
    }
}
