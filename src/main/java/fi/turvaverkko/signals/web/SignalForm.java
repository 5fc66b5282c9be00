package fi.turvaverkko.signals.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.signals.Reliability;
import fi.turvaverkko.signals.SignalReport;
import fi.turvaverkko.signals.internal.SignalRules;

/**
 * The report form as the browser sends it: every field a string, so that nothing a person types makes the binding
 * fail; {@link #toReport()} reads them and says which field is wrong. {@code when} is "moment" or "period"; the times
 * are the browser's local date-times in Helsinki time. {@code classification} "" is the source's default.
 */
record SignalForm(String phenomenon, String when, String observedAt, String observedFrom, String observedTo, String lat,
        String lon, String areaCode, String count, String description, String reliability, String classification,
        List<String> sharedWith, String legalBasis, String sourceOrganisation) implements Serializable {

    SignalForm {
        sharedWith = sharedWith == null ? List.of() : List.copyOf(sharedWith);
    }

    /** An empty form: the time is now, one observation, seen by the reporter, classified by the source's default. */
    static SignalForm empty(Instant now, String sourceOrganisation) {
        String at = LocalDateTime.ofInstant(now, SignalRules.HELSINKI).truncatedTo(ChronoUnit.MINUTES).toString();
        return new SignalForm(null, "moment", at, null, null, null, null, null, "1", null, Reliability.OBSERVED.name(), "",
                List.of(), null, sourceOrganisation);
    }

    public boolean period() {
        return "period".equals(when);
    }

    public boolean shares(String code) {
        return sharedWith.contains(code);
    }

    SignalReport toReport() {
        Instant at = null;
        Instant from = null;
        Instant to = null;
        if (period()) {
            from = time("observedFrom", observedFrom);
            to = time("observedTo", observedTo);
            if (from == null || to == null) {
                throw new InvalidInput(from == null ? "observedFrom" : "observedTo", "signal.invalid.period-half",
                        "A period needs both observedFrom and observedTo.");
            }
        } else {
            at = time("observedAt", observedAt);
            if (at == null) {
                throw new InvalidInput("observedAt", "signal.invalid.time-missing", "Say when.");
            }
        }
        Double latitude = coordinate(lat);
        Double longitude = coordinate(lon);
        Integer number = null;
        if (count != null && !count.isBlank()) {
            try {
                number = Integer.valueOf(count.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInput("count", "signal.invalid.count", "count must be a whole number.");
            }
        }
        Reliability chosenReliability = null;
        if (reliability != null && !reliability.isBlank()) {
            try {
                chosenReliability = Reliability.valueOf(reliability.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("reliability", "signal.form.invalid.reliability", "Choose a reliability.");
            }
        }
        Classification chosenClassification = null;
        if (classification != null && !classification.isBlank()) {
            chosenClassification = Classification.find(classification.strip().toUpperCase(Locale.ROOT)).orElseThrow(
                    () -> new InvalidInput("classification", "signal.form.invalid.classification", "Choose a classification."));
        }
        return new SignalReport(blankToNull(phenomenon), at, from, to, latitude, longitude, blankToNull(areaCode), description,
                number, chosenClassification, sharedWith, blankToNull(legalBasis), chosenReliability, null,
                blankToNull(sourceOrganisation));
    }

    private static Instant time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(SignalRules.HELSINKI).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "signal.form.invalid.time", "Give the time as a date and a time.");
        }
    }

    private static Double coordinate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("lat", "signal.invalid.point-range", "The point is not a number.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
