package fi.turvaverkko.signals.internal;

import java.time.Instant;
import java.time.LocalDate;

import fi.turvaverkko.signals.Reliability;

/** A signal that passed every rule, ready to be written: where, when, what and who may see it, all resolved. */
public record ValidSignal(int phenomenonId, Instant observedFrom, Instant observedTo, LocalDate day, String areaCode,
        String weeklyAreaCode, Double latitude, Double longitude, int count, String description,
        Long sourceOrganisationId, Reliability reliability, Audiences.Audience audience, String externalId) {
}
