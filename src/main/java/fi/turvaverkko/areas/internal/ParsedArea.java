package fi.turvaverkko.areas.internal;

import org.locationtech.jts.geom.Geometry;

import fi.turvaverkko.areas.AreaLevel;

/** One feature of a boundary file, read and checked, not yet saved. */
record ParsedArea(String code, AreaLevel level, String municipalityCode, String localCode, String nameFi, String nameSv,
        String parentCode, Geometry geometry) {
}
