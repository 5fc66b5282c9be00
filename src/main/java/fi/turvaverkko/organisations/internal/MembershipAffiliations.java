package fi.turvaverkko.organisations.internal;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.access.Affiliations;

/**
 * Need-to-know for the access policy: the organisations a user belongs to today are those their person is a member
 * of and every organisation below them (a department's staff belong to its units), never those above (a unit's staff
 * do not thereby see what is shared with the whole division); their bodies are those they have a term in today.
 */
@Component
@Transactional(readOnly = true)
class MembershipAffiliations implements Affiliations {

    private final OrganisationRepository organisations;

    MembershipAffiliations(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    public Set<Long> organisationIds(long userId) {
        return organisations.affiliatedOrganisations(userId, Today.date());
    }

    @Override
    public Set<Long> bodyIds(long userId) {
        return organisations.affiliatedBodies(userId, Today.date());
    }
}
