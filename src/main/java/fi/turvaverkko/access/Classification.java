package fi.turvaverkko.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may see a record: anyone ({@code PUBLIC}), any signed-in partner ({@code INTERNAL}), or only the organisations
 * and cooperation bodies on its sharing list, and the organisation that owns it ({@code RESTRICTED}, need to know).
 */
public enum Classification {
    PUBLIC, INTERNAL, RESTRICTED;

    public static Optional<Classification> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(wanted)).findFirst();
    }

    /** Lowering makes a record visible to more people: it needs a coordinator or the owner, and a reason. */
    public boolean isLowerThan(Classification other) {
        return ordinal() < other.ordinal();
    }

    public String messageKey() {
        return "classification." + name();
    }
}
