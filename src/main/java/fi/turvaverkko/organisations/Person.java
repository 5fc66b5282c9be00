package fi.turvaverkko.organisations;

/**
 * A person who takes part in safety work as staff of an organisation (never a private person who is the subject of
 * a case). {@code userId} links to their account, when they have one.
 */
public record Person(long id, String fullName, String title, String email, Long userId) {
}
