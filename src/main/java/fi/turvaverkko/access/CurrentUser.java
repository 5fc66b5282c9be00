package fi.turvaverkko.access;

import java.util.Set;

/** The signed-in person as the other modules see them. */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, String language, boolean demo) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
