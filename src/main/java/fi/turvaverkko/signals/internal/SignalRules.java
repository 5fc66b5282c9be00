package fi.turvaverkko.signals.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.signals.PersonalData;
import fi.turvaverkko.signals.Phenomenon;
import fi.turvaverkko.signals.Reliability;
import fi.turvaverkko.signals.SignalReport;
import fi.turvaverkko.signals.SignalsProperties;

/**
 * The rules every signal passes, whatever its channel (form, API, CSV row, feed). Made once per use case (a request,
 * an import) with the taxonomy and the organisations of that moment, so that a million CSV rows do not look them up a
 * million times. Each broken rule is an {@link InvalidInput} naming the field, with a message key for pages and an
 * English message for the API.
 */
public final class SignalRules {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** Clocks differ a little: a time up to this far ahead is taken as now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final Duration LONGEST_PERIOD = Duration.ofDays(366);
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_COUNT = 1_000_000;

    private final Map<String, Phenomenon> phenomena;
    private final Map<String, Organisation> organisationsByCode;
    private final Map<String, Body> bodiesByCode;
    private final Set<Long> restrictedSources;
    private final long[] defaultShareOrganisations;
    private final long[] defaultShareBodies;
    private final String defaultLegalBasis;
    private final AreaCodes areas;
    private final Instant now;

    public SignalRules(List<Phenomenon> phenomena, Map<String, Organisation> organisationsByCode, Map<String, Body> bodiesByCode,
            SignalsProperties settings, AreaCodes areas, Instant now) {
        this.phenomena = new HashMap<>();
        phenomena.forEach(p -> this.phenomena.put(p.code(), p));
        this.organisationsByCode = organisationsByCode;
        this.bodiesByCode = bodiesByCode;
        this.areas = areas;
        this.now = now;
        this.restrictedSources = withUnitsBeneath(settings.restrictedSources().stream()
                .map(organisationsByCode::get).filter(java.util.Objects::nonNull).map(Organisation::id).toList());
        List<Long> shareOrganisations = new ArrayList<>();
        List<Long> shareBodies = new ArrayList<>();
        for (String code : settings.restrictedSharedWith()) {
            Optional.ofNullable(organisationsByCode.get(code)).ifPresent(o -> shareOrganisations.add(o.id()));
            Optional.ofNullable(bodiesByCode.get(code)).ifPresent(b -> shareBodies.add(b.id()));
        }
        this.defaultShareOrganisations = shareOrganisations.stream().mapToLong(Long::longValue).toArray();
        this.defaultShareBodies = shareBodies.stream().mapToLong(Long::longValue).toArray();
        this.defaultLegalBasis = settings.restrictedLegalBasis();
    }

    private Set<Long> withUnitsBeneath(List<Long> roots) {
        Set<Long> all = new HashSet<>(roots);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Organisation organisation : organisationsByCode.values()) {
                if (organisation.parentId() != null && all.contains(organisation.parentId()) && all.add(organisation.id())) {
                    grew = true;
                }
            }
        }
        return all;
    }

    public Instant now() {
        return now;
    }

    public Optional<Organisation> findOrganisation(String code) {
        return Optional.ofNullable(organisationsByCode.get(code));
    }

    /** Whether signals from this organisation are RESTRICTED by default. */
    public boolean restrictedByDefault(Long sourceOrganisationId) {
        return sourceOrganisationId != null && restrictedSources.contains(sourceOrganisationId);
    }

    /**
     * Checks a report and resolves it. {@code sourceOrganisationId} is the organisation the signal comes from (already
     * checked against the reporter), null when the reporter has none.
     */
    public ValidSignal check(SignalReport report, Long sourceOrganisationId) {
        Phenomenon phenomenon = phenomenon(report.phenomenon());
        Instant from;
        Instant to;
        if (report.observedAt() != null) {
            if (report.observedFrom() != null || report.observedTo() != null) {
                throw new InvalidInput("observedAt", "signal.invalid.time-twice",
                        "Give either observedAt or observedFrom and observedTo, not both.");
            }
            from = report.observedAt();
            to = from;
        } else if (report.observedFrom() != null || report.observedTo() != null) {
            if (report.observedFrom() == null || report.observedTo() == null) {
                throw new InvalidInput(report.observedFrom() == null ? "observedFrom" : "observedTo", "signal.invalid.period-half",
                        "A period needs both observedFrom and observedTo.");
            }
            from = report.observedFrom();
            to = report.observedTo();
        } else {
            throw new InvalidInput("observedAt", "signal.invalid.time-missing", "Say when: observedAt, or observedFrom and observedTo.");
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("observedTo", "signal.invalid.period-reversed", "The period ends (" + to + ") before it starts (" + from + ").");
        }
        if (to.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInput(report.observedAt() != null ? "observedAt" : "observedTo", "signal.invalid.future",
                    "The time " + to + " is in the future; a signal tells what has happened.");
        }
        if (from.isBefore(EARLIEST)) {
            throw new InvalidInput(report.observedAt() != null ? "observedAt" : "observedFrom", "signal.invalid.too-old",
                    "The time " + from + " is before 2000; check the date.");
        }
        if (Duration.between(from, to).compareTo(LONGEST_PERIOD) > 0) {
            throw new InvalidInput("observedTo", "signal.invalid.period-too-long", "A period can be at most 366 days long.");
        }

        String areaCode;
        Double latitude = report.latitude();
        Double longitude = report.longitude();
        if (latitude != null || longitude != null) {
            if (latitude == null || longitude == null) {
                throw new InvalidInput(latitude == null ? "lat" : "lon", "signal.invalid.point-half", "A point needs both lat and lon.");
            }
            if (!Double.isFinite(latitude) || !Double.isFinite(longitude) || latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
                throw new InvalidInput("lat", "signal.invalid.point-range", "lat must be from -90 to 90 and lon from -180 to 180 (WGS84 degrees).");
            }
            areaCode = areas.locate(latitude, longitude).orElseThrow(() -> new InvalidInput("lat", "signal.invalid.outside",
                    "The point " + latitude + ", " + longitude + " is outside every area we know."));
            if (report.areaCode() != null && !report.areaCode().isBlank() && !areaCode.startsWith(report.areaCode().strip())) {
                throw new InvalidInput("areaCode", "signal.invalid.point-not-in-area",
                        "The point lies in area " + areaCode + ", not in " + report.areaCode().strip() + ".");
            }
        } else if (report.areaCode() != null && !report.areaCode().isBlank()) {
            areaCode = report.areaCode().strip();
            if (areas.find(areaCode).isEmpty()) {
                throw new InvalidInput("areaCode", "signal.invalid.area", "There is no current area " + areaCode + ".");
            }
        } else {
            throw new InvalidInput("areaCode", "signal.invalid.place-missing", "Say where: lat and lon, or areaCode.");
        }

        int count = report.count() == null ? 1 : report.count();
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidInput("count", "signal.invalid.count", "count must be from 1 to " + MAX_COUNT + ".");
        }
        String description = report.description() == null || report.description().isBlank() ? null : report.description().strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new InvalidInput("description", "signal.invalid.description-long", "The description can be at most " + MAX_DESCRIPTION + " characters.");
        }
        Optional<PersonalData.Kind> personal = PersonalData.find(description);
        if (personal.isPresent()) {
            throw new InvalidInput("description", personal.get().messageKey(), "The description contains " + personal.get().explanation()
                    + ". Signals describe phenomena, places and counts, never individual people: remove it and send again.");
        }
        String externalId = report.externalId() == null || report.externalId().isBlank() ? null : report.externalId().strip();
        if (externalId != null && externalId.length() > 200) {
            throw new InvalidInput("externalId", "signal.invalid.external-id", "externalId can be at most 200 characters.");
        }
        Reliability reliability = report.reliability() == null ? Reliability.OBSERVED : report.reliability();
        return new ValidSignal(phenomenon.id(), from, to, LocalDate.ofInstant(from, HELSINKI), areaCode, areas.weeklyCode(areaCode),
                latitude, longitude, count, description, sourceOrganisationId, reliability,
                audience(report, sourceOrganisationId), externalId);
    }

    public Phenomenon phenomenon(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("phenomenon", "signal.invalid.phenomenon-missing", "Say which phenomenon (phenomenon: its code).");
        }
        Phenomenon phenomenon = phenomena.get(code.strip().toLowerCase(Locale.ROOT));
        if (phenomenon == null || !phenomenon.active()) {
            throw new InvalidInput("phenomenon", "signal.invalid.phenomenon", "There is no phenomenon " + code.strip()
                    + "; GET /api/phenomena lists them.", code.strip());
        }
        return phenomenon;
    }

    private Audiences.Audience audience(SignalReport report, Long source) {
        List<String> shares = report.sharedWith();
        Classification classification = report.classification();
        if (classification == null) {
            if (restrictedByDefault(source)) {
                long[] organisations = defaultShareOrganisations;
                long[] bodies = defaultShareBodies;
                if (!shares.isEmpty()) {
                    Sharing sharing = sharing(shares);
                    organisations = sharing.organisations;
                    bodies = sharing.bodies;
                }
                String legalBasis = report.legalBasis() == null || report.legalBasis().isBlank() ? defaultLegalBasis : report.legalBasis();
                return new Audiences.Audience(Classification.RESTRICTED, source, organisations, bodies, legalBasis);
            }
            classification = Classification.INTERNAL;
        }
        if (classification != Classification.RESTRICTED) {
            return new Audiences.Audience(classification, source, new long[0], new long[0], null);
        }
        if (shares.isEmpty()) {
            throw new InvalidInput("sharedWith", "signal.invalid.restricted-unshared",
                    "A RESTRICTED signal needs a sharing list (sharedWith: organisation or body codes): say who needs to know.");
        }
        Sharing sharing = sharing(shares);
        return new Audiences.Audience(Classification.RESTRICTED, source, sharing.organisations, sharing.bodies, report.legalBasis());
    }

    private record Sharing(long[] organisations, long[] bodies) {
    }

    private Sharing sharing(List<String> codes) {
        List<Long> organisations = new ArrayList<>();
        List<Long> bodies = new ArrayList<>();
        for (String raw : codes) {
            String code = raw == null ? "" : raw.strip();
            if (code.isEmpty()) {
                continue;
            }
            Organisation organisation = organisationsByCode.get(code);
            Body body = bodiesByCode.get(code);
            if (organisation != null) {
                organisations.add(organisation.id());
            } else if (body != null) {
                bodies.add(body.id());
            } else {
                throw new InvalidInput("sharedWith", "signal.invalid.share", "There is no organisation or body " + code
                        + " to share with; GET /api/organisations and /api/bodies list the codes.", code);
            }
        }
        if (organisations.isEmpty() && bodies.isEmpty()) {
            throw new InvalidInput("sharedWith", "signal.invalid.restricted-unshared",
                    "A RESTRICTED signal needs a sharing list (sharedWith: organisation or body codes): say who needs to know.");
        }
        return new Sharing(organisations.stream().mapToLong(Long::longValue).toArray(), bodies.stream().mapToLong(Long::longValue).toArray());
    }
}
