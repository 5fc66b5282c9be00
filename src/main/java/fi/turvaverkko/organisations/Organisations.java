package fi.turvaverkko.organisations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The organisations module's entry point for other modules (meetings, signals, …). CONTRACT: the signatures below are
 * used by the meetings module; the implementation fills them in.
 */
public interface Organisations {

    Optional<Organisation> findOrganisation(long id);

    /** Active organisations, in name order. */
    List<Organisation> listOrganisations();

    Optional<Body> findBody(long id);

    /** All cooperation bodies, in name order. */
    List<Body> listBodies();

    Optional<Person> findPerson(long id);

    /** The person record of a user account. */
    Optional<Person> findPersonOfUser(long userId);

    /** All people, in name order. */
    List<Person> listPeople();

    /** The people who are members of the body on the day (any position), in name order. */
    List<Person> listMembers(long bodyId, LocalDate on);

    /** Whether the user is the chair, vice chair or secretary of the body on the day, or belongs to its secretariat organisation. */
    boolean runsBody(long userId, long bodyId, LocalDate on);

    // Added to the contract by the organisations module itself (nothing above changed).

    /**
     * An organisation by its stable code, e.g. {@code helsinki-police}, {@code safety-unit}, {@code youth-services}
     * (the demo data's codes are listed in docs/architecture.md).
     */
    Optional<Organisation> findOrganisationByCode(String code);

    /** A cooperation body by its stable code, e.g. {@code youth-steering-group}, {@code management-group}. */
    Optional<Body> findBodyByCode(String code);

    /** The organisations directly below this one (a division's services, a service's units), active ones, in name order. */
    List<Organisation> listSubUnits(long organisationId);

    /** A person's memberships in organisations, past, current and future, newest first. */
    List<Membership> listMemberships(long personId);

    /** Every term of every member of the body, past, current and future: by position, then name, then start. */
    List<BodyMember> listBodyMembers(long bodyId);

    /** The rule of the body's rotating chair, when its chair rotates. */
    Optional<ChairRotation> findChairRotation(long bodyId);

    /**
     * The chair schedule computed from the body's rotation rule around the day (see {@link ChairRotation#scheduleAround});
     * empty when the chair does not rotate.
     */
    List<ChairTerm> chairSchedule(long bodyId, LocalDate on);

    /** Cooperation agreements, newest first. */
    List<CooperationAgreement> listAgreements();

    Optional<CooperationAgreement> findAgreementByCode(String code);

    /** Active organisations by their codes, in name order (for modules that take codes from files and APIs). */
    java.util.Map<String, Organisation> organisationsByCode();

    /** Cooperation bodies by their codes, in name order. */
    java.util.Map<String, Body> bodiesByCode();
}
