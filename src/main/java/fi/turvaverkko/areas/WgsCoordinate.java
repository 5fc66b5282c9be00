package fi.turvaverkko.areas;

import fi.turvaverkko.platform.InvalidInput;

/** A WGS84 (EPSG:4326) coordinate in degrees. */
public record WgsCoordinate(double latitude, double longitude) {

    public WgsCoordinate {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw new InvalidInput("lat", "Latitude must be a number from -90 to 90 degrees; got " + latitude + ".");
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw new InvalidInput("lon", "Longitude must be a number from -180 to 180 degrees; got " + longitude + ".");
        }
    }
}
