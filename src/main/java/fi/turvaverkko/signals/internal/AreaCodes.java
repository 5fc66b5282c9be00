package fi.turvaverkko.signals.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.AreaPath;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.areas.WgsCoordinate;

/**
 * Where a signal lies: the smallest area at a point, an area given by code, and the ancestors of an area at each level
 * (for the weekly rollups by sub-area and for reading the rollups at any level). The current areas are read once and
 * kept: they change only when an import runs at start-up.
 */
@Component
public class AreaCodes {

    private final Areas areas;
    private volatile Map<String, Area> current;

    AreaCodes(Areas areas) {
        this.areas = areas;
    }

    private Map<String, Area> current() {
        Map<String, Area> known = current;
        if (known == null) {
            known = new HashMap<>();
            for (Area area : areas.listAreas(null, null)) {
                known.put(area.code(), area);
            }
            current = known;
        }
        return known;
    }

    public Optional<Area> find(String code) {
        return Optional.ofNullable(current().get(code));
    }

    /** The smallest current area at a point, empty outside every area. */
    public Optional<String> locate(double latitude, double longitude) {
        WgsCoordinate point = new WgsCoordinate(latitude, longitude);
        for (AreaLevel level : AreaLevel.finestFirst()) {
            Optional<String> code = areas.locateCode(level, point);
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }

    public AreaPath path(String code) {
        return areas.getPath(code);
    }

    /** The area's ancestor (or itself) at the level; empty when the area is above that level. */
    public Optional<String> at(String code, AreaLevel level) {
        Area area = current().get(code);
        while (area != null && area.level().ordinal() > level.ordinal()) {
            area = area.parentCode() == null ? null : current().get(area.parentCode());
        }
        return area != null && area.level() == level ? Optional.of(area.code()) : Optional.empty();
    }

    /** The code the weekly rollups keep: the sub-area, or the area itself when it is larger than a sub-area. */
    public String weeklyCode(String code) {
        return at(code, AreaLevel.SUB_AREA).orElse(code);
    }

    /**
     * Every current area code at or below the level with the code of its ancestor at the level, as two parallel
     * lists for an SQL join ({@code unnest(:codes, :targets)}); only areas of the municipality when it is given.
     */
    public Mapping mapping(AreaLevel level, String municipality) {
        List<String> codes = new java.util.ArrayList<>();
        List<String> targets = new java.util.ArrayList<>();
        for (Area area : current().values()) {
            if (municipality != null && !municipality.equals(area.municipalityCode())) {
                continue;
            }
            at(area.code(), level).ifPresent(target -> {
                codes.add(area.code());
                targets.add(target);
            });
        }
        return new Mapping(codes.toArray(String[]::new), targets.toArray(String[]::new));
    }

    /** The codes of the area and every current area beneath it. */
    public String[] selfAndBeneath(String code) {
        return current().keySet().stream().filter(c -> c.startsWith(code)).toArray(String[]::new);
    }

    public record Mapping(String[] codes, String[] targets) {
    }
}
