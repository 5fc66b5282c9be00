package fi.turvaverkko.areas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.areas.internal.AreaGeoJson;
import fi.turvaverkko.areas.internal.AreaIndex;
import fi.turvaverkko.areas.internal.AreaRepository;
import fi.turvaverkko.areas.internal.Coordinates;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.NotFound;

/** The areas module's entry point: the hierarchy, search, map documents and locating a point. */
@Service
@Transactional(readOnly = true)
public class Areas {

    /** The largest simplification tolerance accepted, in metres. */
    public static final int MAX_SIMPLIFY_METRES = 5000;

    private final AreaRepository areas;
    private final AreaIndex index;
    private final AreaGeoJson geoJson;
    private final AreasProperties properties;
    private final fi.turvaverkko.areas.internal.AreaNeighbours neighbours;

    Areas(AreaRepository areas, AreaIndex index, AreaGeoJson geoJson, AreasProperties properties,
            fi.turvaverkko.areas.internal.AreaNeighbours neighbours) {
        this.neighbours = neighbours;
        this.areas = areas;
        this.index = index;
        this.geoJson = geoJson;
        this.properties = properties;
    }

    public List<Municipality> listMunicipalities() {
        return areas.listMunicipalities();
    }

    /** The municipalities that have areas, for choosing one. */
    public List<Municipality> listMunicipalitiesWithAreas() {
        return areas.listMunicipalitiesWithAreas();
    }

    public Municipality getMunicipality(String code) {
        return areas.findMunicipality(code).orElseThrow(() -> new NotFound("There is no municipality with the code '" + code + "'."));
    }

    public Municipality defaultMunicipality() {
        return getMunicipality(properties.defaultMunicipality());
    }

    public Optional<Area> findArea(String code) {
        return areas.findCurrent(AreaCode.of(code).value());
    }

    public Area getArea(String code) {
        return findArea(code).orElseThrow(() -> new NotFound("There is no current area with the code '" + code + "'."));
    }

    /** The area and every area above it, from the largest down. */
    public AreaPath getPath(String code) {
        List<Area> path = new ArrayList<>();
        Area area = getArea(code);
        path.addFirst(area);
        while (area.parentCode() != null) {
            area = getArea(area.parentCode());
            path.addFirst(area);
        }
        return new AreaPath(path);
    }

    public List<Area> listChildren(String code) {
        return areas.listChildren(AreaCode.of(code).value());
    }

    /** Every vintage of the area's boundary, newest first. */
    public List<Area> listHistory(String code) {
        return areas.listHistory(AreaCode.of(code).value());
    }

    public List<Area> listAreas(String municipality, AreaLevel level) {
        return areas.listCurrent(municipality, level);
    }

    /** The levels a municipality has areas on, from the largest down. */
    public List<AreaLevel> listLevels(String municipality) {
        return areas.listLevels(municipality);
    }

    public List<Area> search(String query, String municipality, AreaLevel level, int limit) {
        return areas.search(query, municipality, level, limit);
    }

    /** The areas as a GeoJSON FeatureCollection, simplified by {@code simplifyMetres} keeping shared borders shared. */
    public MapDocument mapDocument(String municipality, AreaLevel level, int simplifyMetres) {
        checkSimplify(simplifyMetres);
        if (municipality != null) {
            getMunicipality(municipality);
        }
        return geoJson.collection(municipality, level, simplifyMetres);
    }

    /** The area and its children as a GeoJSON FeatureCollection, the area first. */
    public MapDocument mapDocumentWithChildren(String code, int simplifyMetres) {
        checkSimplify(simplifyMetres);
        Area area = getArea(code);
        return geoJson.withChildren(area, listChildren(code), simplifyMetres);
    }

    private static void checkSimplify(int metres) {
        if (metres < 0 || metres > MAX_SIMPLIFY_METRES) {
            throw new InvalidInput("simplify", "simplify is a tolerance in metres from 0 to " + MAX_SIMPLIFY_METRES + "; got " + metres + ".");
        }
    }

    /** The hierarchy at a point: the smallest area containing it and every area above; empty outside every area. */
    public Optional<AreaPath> locate(WgsCoordinate point) {
        var districts = index.current();
        for (AreaLevel level : AreaLevel.finestFirst()) {
            String code = districts.locateOrNull(level, point.longitude(), point.latitude());
            if (code != null) {
                return Optional.of(getPath(code));
            }
        }
        return Optional.empty();
    }

    /** The area of one level at a point, by code: the fast path for bulk work. */
    public Optional<String> locateCode(AreaLevel level, WgsCoordinate point) {
        return index.current().locate(level, point.longitude(), point.latitude());
    }

    /** A projected coordinate in WGS84. */
    public WgsCoordinate toWgs84(ProjectedCoordinate point) {
        return Coordinates.toWgs84(point);
    }

    /**
     * Queen contiguity of the current areas of a level (of one municipality, or all when null): each area's code with
     * the codes of the areas whose boundaries touch it, even at a point.
     */
    public java.util.Map<String, java.util.Set<String>> neighbours(String municipality, AreaLevel level) {
        return neighbours.neighbours(municipality, level);
    }
}
