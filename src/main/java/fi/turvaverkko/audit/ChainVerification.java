package fi.turvaverkko.audit;

/**
 * The outcome of checking the whole chain: {@code valid} when every entry's hash matches its contents and links to the
 * entry before it; {@code entries} is the number of entries checked; {@code firstBrokenEntry} is the id of the first
 * entry that does not match (null when valid).
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenEntry) {
}
