package fi.turvaverkko.platform;

import java.util.Arrays;
import java.util.Locale;

/** Enum values from request parameters and bodies, with a clear 400 when the value is not one of them. */
public final class Enums {

    private Enums() {
    }

    /** The constant named by the value in any letter case, with {@code -} for {@code _}; {@link InvalidInput} otherwise. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, field + " must be one of " + Arrays.toString(type.getEnumConstants()) + "; got '" + value + "'.");
        }
    }
}
