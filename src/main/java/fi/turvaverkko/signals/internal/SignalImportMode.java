package fi.turvaverkko.signals.internal;

import java.util.Locale;

import fi.turvaverkko.platform.InvalidInput;

/** What an import does with bad rows: refuse the whole file (the default) or write the good rows and report the rest. */
public enum SignalImportMode {
    ALL_OR_NOTHING, KEEP_VALID;

    /** all-or-nothing or keep-valid (also the enum names); empty: all-or-nothing. */
    public static SignalImportMode parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL_OR_NOTHING;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "all-or-nothing" -> ALL_OR_NOTHING;
            case "keep-valid" -> KEEP_VALID;
            default -> throw new InvalidInput("mode", "signals.import.invalid.mode",
                    "mode must be all-or-nothing or keep-valid, not '" + value.strip() + "'.", value.strip());
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
