package fi.turvaverkko.access;

import java.util.Comparator;
import java.util.regex.Pattern;

import fi.turvaverkko.platform.InvalidInput;

/**
 * One role of a person, everywhere ({@code areaCode} null) or limited to an area and everything beneath it. Area codes
 * are hierarchical (the code of an area starts with the codes of the areas above it: {@code 0913} › {@code 0913301} ›
 * {@code 0913301101}), so a limit is a code prefix. {@code ADMIN} is never limited.
 */
public record RoleGrant(Role role, String areaCode) implements Comparable<RoleGrant> {

    /** A municipality (3 digits) or an area within one: digits only. */
    public static final Pattern AREA_CODE = Pattern.compile("[0-9]{3,16}");

    private static final Comparator<RoleGrant> ORDER = Comparator.comparing(RoleGrant::role)
            .thenComparing(RoleGrant::areaCode, Comparator.nullsFirst(Comparator.naturalOrder()));

    public RoleGrant {
        if (role == null) {
            throw new InvalidInput("role", "A role grant needs a role.");
        }
        if (areaCode != null && !AREA_CODE.matcher(areaCode).matches()) {
            throw new InvalidInput("areaCode", "An area code is 3 to 16 digits (e.g. 0914); got '" + areaCode + "'.");
        }
        if (areaCode != null && role == Role.ADMIN) {
            throw new InvalidInput("areaCode", "The ADMIN role cannot be limited to an area.");
        }
    }

    public static RoleGrant everywhere(Role role) {
        return new RoleGrant(role, null);
    }

    public static RoleGrant in(Role role, String areaCode) {
        return new RoleGrant(role, areaCode);
    }

    /** Whether the role holds everywhere rather than in one area. */
    public boolean unlimited() {
        return areaCode == null;
    }

    /**
     * Whether this grant covers the area: an unlimited grant covers every area (and records with no area); a limited
     * one covers its own area and everything beneath it.
     */
    public boolean covers(String code) {
        return areaCode == null || (code != null && code.startsWith(areaCode));
    }

    @Override
    public int compareTo(RoleGrant other) {
        return ORDER.compare(this, other);
    }
}
