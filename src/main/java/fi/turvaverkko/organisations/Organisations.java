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
}
