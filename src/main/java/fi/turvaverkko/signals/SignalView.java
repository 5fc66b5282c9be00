package fi.turvaverkko.signals;

import java.time.Instant;
import java.util.List;

import fi.turvaverkko.access.Classification;

/** A signal as a reader who may see it sees it. */
public record SignalView(long id, int phenomenonId, String phenomenonCode, Instant observedFrom, Instant observedTo,
        String areaCode, Double latitude, Double longitude, int count, String description, Long sourceOrganisationId,
        Channel channel, Reliability reliability, Classification classification, Long ownerOrganisationId,
        List<Long> sharedOrganisations, List<Long> sharedBodies, String legalBasis, String externalId,
        SignalStatus status, String statusNote, Long linkedSignalId, Instant reportedAt, boolean demo) {

    public boolean period() {
        return !observedFrom.equals(observedTo);
    }

    public boolean hasPoint() {
        return latitude != null;
    }
}
