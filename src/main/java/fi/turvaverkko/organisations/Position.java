package fi.turvaverkko.organisations;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A member's position in a cooperation body, in the order they are listed. */
public enum Position {
    CHAIR, VICE_CHAIR, SECRETARY, MEMBER, EXPERT, OBSERVER;

    /** From a request or form value, in any letter case; empty when it names no position. */
    public static Optional<Position> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(p -> p.name().equals(wanted)).findFirst();
    }

    /** Chair, vice chair and secretary run the body's meetings. */
    public boolean runsBody() {
        return this == CHAIR || this == VICE_CHAIR || this == SECRETARY;
    }

    public String messageKey() {
        return "organisations.position." + name();
    }
}
