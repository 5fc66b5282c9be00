package fi.turvaverkko.signals;

import java.time.Instant;
import java.util.Set;

/**
 * What to list: an area (with every area beneath it), phenomena (codes), a time range (observed), statuses, a source
 * organisation (id) and a channel. Nulls and empty sets do not filter.
 */
public record SignalFilter(String areaCode, Set<String> phenomena, Instant from, Instant to, Set<SignalStatus> statuses,
        Long sourceOrganisationId, Channel channel) {

    public SignalFilter {
        phenomena = phenomena == null ? Set.of() : Set.copyOf(phenomena);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static SignalFilter all() {
        return new SignalFilter(null, Set.of(), null, null, Set.of(), null, null);
    }
}
