package fi.turvaverkko.areas;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The levels of the district hierarchy, from the largest to the smallest. */
public enum AreaLevel {
    /** suurpiiri / stordistrikt */
    MAJOR_DISTRICT,
    /** peruspiiri / distrikt */
    BASIC_DISTRICT,
    /** osa-alue / delområde */
    SUB_AREA,
    /** pienalue / småområde */
    SMALL_AREA;

    /** From a request parameter, in any letter case; empty when it names no level. */
    public static Optional<AreaLevel> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(level -> level.name().equals(wanted)).findFirst();
    }

    /** The levels from the smallest to the largest. */
    public static AreaLevel[] finestFirst() {
        AreaLevel[] levels = values();
        AreaLevel[] reversed = new AreaLevel[levels.length];
        for (int i = 0; i < levels.length; i++) {
            reversed[i] = levels[levels.length - 1 - i];
        }
        return reversed;
    }

    /** The key of this level's name in the message bundles. */
    public String messageKey() {
        return "area.level." + name();
    }
}
