package fi.turvaverkko.signals;

/** The answer to a report: the signal's id, and whether it was new or updated an earlier one with the same external id. */
public record Reported(long id, boolean created) {
}
