package fi.turvaverkko.reviews;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import fi.turvaverkko.platform.InvalidInput;

/**
 * What a coordinator chooses for a review: the plan, the period it covers, the audience, the language, the
 * situational-picture snapshot (optional) and the title. {@link #parse} reads them from the API's and the form's text,
 * with a 400 naming the field that is wrong; {@link Reviews} checks the rest (the plan and snapshot exist and are
 * visible, the period is in order).
 */
public record ReviewSettings(Long planId, LocalDate from, LocalDate to, Audience audience, ReviewLanguage language, Long snapshotId,
        String title) {

    public static final int MAX_TITLE = 200;
    /** A review covers at most five years. */
    public static final int MAX_YEARS = 5;

    public static ReviewSettings parse(Long planId, String from, String to, String audience, String language, Long snapshotId, String title) {
        return new ReviewSettings(planId, date("from", from), date("to", to), audience(audience), language(language), snapshotId, title);
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "review.invalid.date-missing", "The " + field + " date is required (YYYY-MM-DD).", field);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "review.invalid.date", "\"" + text + "\" is not a date; write it as YYYY-MM-DD.", text);
        }
    }

    static Audience audience(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(Audience.values()).filter(a -> a.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInput("audience", "review.invalid.audience", "audience must be one of "
                        + Arrays.toString(Audience.values()) + "; got '" + text + "'.", String.valueOf(text)));
    }

    static ReviewLanguage language(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(ReviewLanguage.values()).filter(l -> l.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInput("language", "review.invalid.language", "language must be fi or sv; got '" + text + "'.",
                        String.valueOf(text)));
    }
}
