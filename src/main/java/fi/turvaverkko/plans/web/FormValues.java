package fi.turvaverkko.plans.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.plans.Commands.Sharing;
import fi.turvaverkko.platform.InvalidInput;

/**
 * Reading what a person typed into a plan form: every field arrives as text, so that nothing typed makes the binding
 * fail; these say which field is wrong, with a message key of the plans bundle.
 */
final class FormValues {

    private static final java.time.format.DateTimeFormatter FINNISH_DATE = java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu");

    private FormValues() {
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.contains(".") ? LocalDate.parse(text, FINNISH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "plans.form.invalid.date", "Give " + field + " as a date (yyyy-mm-dd).");
        }
    }

    static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip().replace("%", "").strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "plans.form.invalid.number", field + " must be a whole number.");
        }
    }

    static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.').replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "plans.form.invalid.decimal", field + " must be a number.");
        }
    }

    static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "plans.form.invalid.choice", "Choose " + field + " from the list.");
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "plans.form.invalid.choice", "Choose " + field + " from the list.");
        }
    }

    static Sharing sharing(String classification, List<String> organisations, List<String> bodies) {
        if (classification == null || classification.isBlank()) {
            return null;
        }
        Classification chosen = Classification.find(classification)
                .orElseThrow(() -> new InvalidInput("classification", "plans.form.invalid.choice", "Choose a classification."));
        return new Sharing(chosen, organisations == null ? Set.of() : Set.copyOf(organisations), bodies == null ? Set.of() : Set.copyOf(bodies));
    }

    /** Lines of a text area, blank ones left out. */
    static List<String> lines(String value) {
        if (value == null) {
            return List.of();
        }
        return value.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Ids separated by commas or spaces ("12, 14"). */
    static Set<Long> ids(String field, String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : Arrays.stream(value.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList()) {
            try {
                ids.add(Long.valueOf(part.replace("#", "")));
            } catch (NumberFormatException e) {
                throw new InvalidInput(field, "plans.form.invalid.ids", field + " lists numbers separated by commas.");
            }
        }
        return ids;
    }

    static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
