package fi.turvaverkko.areas;

import fi.turvaverkko.platform.InvalidInput;

/**
 * The code of an area: the municipality code followed by the codes of each level, so that the code of an area
 * begins with the code of every area above it: Helsinki's sub-area Vilhonvuori {@code 0913301101} lies in the
 * basic district Kallio {@code 0913301}, which lies in the major district Keskinen {@code 0913}; its small areas
 * add three digits more.
 */
public record AreaCode(String value) {

    public AreaCode {
        if (value == null || !value.matches("[0-9]{4,16}")) {
            throw new InvalidInput("code", "An area code is 4 to 16 digits, starting with the municipality code; got '" + value + "'.");
        }
    }

    public static AreaCode of(String value) {
        return new AreaCode(value);
    }

    public String municipalityCode() {
        return value.substring(0, 3);
    }

    @Override
    public String toString() {
        return value;
    }
}
