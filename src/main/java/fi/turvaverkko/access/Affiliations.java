package fi.turvaverkko.access;

import java.util.Set;

/**
 * Which organisations and cooperation bodies a user belongs to, now. Implemented by the module that keeps memberships
 * (organisations); the access policy asks it once per request and lets the database do the filtering.
 */
public interface Affiliations {

    Set<Long> organisationIds(long userId);

    Set<Long> bodyIds(long userId);
}
