package fi.turvaverkko.access.internal;

import java.time.Instant;
import java.util.Set;

import fi.turvaverkko.access.RoleGrant;

/** An account as the administrator sees it. */
public record AccountSummary(long id, String username, String displayName, String email, AccountStatus status,
        boolean localPassword, boolean singleSignOn, boolean demo, Set<RoleGrant> grants, Instant createdAt) {

    public boolean pending() {
        return status == AccountStatus.PENDING;
    }
}
