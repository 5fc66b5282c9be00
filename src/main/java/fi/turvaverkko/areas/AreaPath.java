package fi.turvaverkko.areas;

import java.util.List;
import java.util.Optional;

/** An area with every area above it, from the major district down to the area itself. */
public record AreaPath(List<Area> areas) {

    public AreaPath {
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("An area path has at least one area");
        }
        areas = List.copyOf(areas);
    }

    /** The smallest area of the path. */
    public Area area() {
        return areas.getLast();
    }

    public Optional<Area> at(AreaLevel level) {
        return areas.stream().filter(area -> area.level() == level).findFirst();
    }
}
