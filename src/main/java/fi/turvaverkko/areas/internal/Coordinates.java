package fi.turvaverkko.areas.internal;

import fi.turvaverkko.areas.ProjectedCoordinate;
import fi.turvaverkko.areas.WgsCoordinate;
import fi.turvaverkko.platform.InvalidInput;

/** Conversion of projected coordinates to WGS84. */
public final class Coordinates {

    private Coordinates() {
    }

    public static WgsCoordinate toWgs84(ProjectedCoordinate point) {
        double[] lonLat = Projections.toWgs84(point.x(), point.y(), point.srid());
        if (!Double.isFinite(lonLat[0]) || !Double.isFinite(lonLat[1])) {
            throw new InvalidInput("x", "x " + point.x() + ", y " + point.y() + " is not a position in EPSG:" + point.srid() + ".");
        }
        try {
            return new WgsCoordinate(lonLat[1], lonLat[0]);
        } catch (InvalidInput e) {
            throw new InvalidInput("x", "x " + point.x() + ", y " + point.y() + " is not a position in EPSG:" + point.srid() + ".");
        }
    }
}
