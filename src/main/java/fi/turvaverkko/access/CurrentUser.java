package fi.turvaverkko.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The signed-in person as the other modules see them. {@code roles} are the roles held anywhere; {@code grants} say
 * where each one holds (everywhere, or in some areas and everything beneath them).
 */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, String language, boolean demo,
        Set<RoleGrant> grants) {

    public CurrentUser {
        grants = Collections.unmodifiableSet(new TreeSet<>(grants));
        Set<Role> granted = grants.stream().map(RoleGrant::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        if (!granted.equals(roles)) {
            throw new IllegalArgumentException("The roles " + roles + " do not match the grants " + grants);
        }
        roles = Collections.unmodifiableSet(granted);
    }

    /** A user whose roles all hold everywhere. */
    public CurrentUser(long id, String username, String displayName, Set<Role> roles, String language, boolean demo) {
        this(id, username, displayName, roles, language, demo,
                roles.stream().map(RoleGrant::everywhere).collect(Collectors.toSet()));
    }

    /** Whether the person holds the role anywhere (everywhere or in some area). */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Whether the person may act in the role in the area: they hold the role everywhere, or in that area or one above
     * it (a limit to {@code 0914} covers {@code 0914}, {@code 0914207}, {@code 0914207101}, …). A null area (a record
     * not tied to an area) needs the role everywhere.
     */
    public boolean mayActIn(Role role, String areaCode) {
        return grants.stream().anyMatch(grant -> grant.role() == role && grant.covers(areaCode));
    }

    /** Whether the person holds the role without an area limit. */
    public boolean mayActEverywhere(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role && grant.unlimited());
    }
}
