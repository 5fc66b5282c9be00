package fi.turvaverkko.plans;

import java.time.LocalDate;

import fi.turvaverkko.platform.InvalidInput;

/**
 * One calendar period of a {@link Cadence}: {@code 2026-Q3}, {@code 2026-03}, {@code 2026-H1} or {@code 2026}. The code
 * is how the API and the CSV files name a period.
 */
public record ReportingPeriod(Cadence cadence, LocalDate start, LocalDate end) {

    public ReportingPeriod {
        boolean aligned = start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % cadence.months() == 0
                && end.equals(start.plusMonths(cadence.months()).minusDays(1));
        if (!aligned) {
            throw new IllegalArgumentException(start + "–" + end + " is not one " + cadence + " period");
        }
    }

    @com.fasterxml.jackson.annotation.JsonProperty("code")
    public String code() {
        return switch (cadence) {
            case MONTH -> "%d-%02d".formatted(start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> start.getYear() + "-H" + ((start.getMonthValue() - 1) / 6 + 1);
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    /** The number within the year: the month, quarter or half (1 for a year). */
    public int number() {
        return (start.getMonthValue() - 1) / cadence.months() + 1;
    }

    public int year() {
        return start.getYear();
    }

    public ReportingPeriod previous() {
        return cadence.periodOf(start.minusDays(1));
    }

    public ReportingPeriod next() {
        return cadence.periodOf(end.plusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** A period from its code, which must be of the cadence ({@code 2026-Q3} for quarters, …). */
    public static ReportingPeriod parse(Cadence cadence, String code, String field) {
        String text = code == null ? "" : code.trim().toUpperCase();
        try {
            LocalDate start = switch (cadence) {
                case MONTH -> {
                    if (!text.matches("\\d{4}-\\d{2}")) throw new IllegalArgumentException();
                    yield LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5)), 1);
                }
                case QUARTER -> {
                    if (!text.matches("\\d{4}-Q[1-4]")) throw new IllegalArgumentException();
                    yield LocalDate.of(Integer.parseInt(text.substring(0, 4)), (text.charAt(6) - '1') * 3 + 1, 1);
                }
                case HALF_YEAR -> {
                    if (!text.matches("\\d{4}-H[12]")) throw new IllegalArgumentException();
                    yield LocalDate.of(Integer.parseInt(text.substring(0, 4)), (text.charAt(6) - '1') * 6 + 1, 1);
                }
                case YEAR -> {
                    if (!text.matches("\\d{4}")) throw new IllegalArgumentException();
                    yield LocalDate.of(Integer.parseInt(text), 1, 1);
                }
            };
            return cadence.periodOf(start);
        } catch (RuntimeException e) {
            String example = switch (cadence) {
                case MONTH -> "2026-03";
                case QUARTER -> "2026-Q3";
                case HALF_YEAR -> "2026-H1";
                case YEAR -> "2026";
            };
            throw new InvalidInput(field, "plans.invalid.period", "\"" + code + "\" is not a " + cadence.name().toLowerCase().replace('_', ' ')
                    + " period; write it like " + example + ".", code, example);
        }
    }

    @Override
    public String toString() {
        return code();
    }
}
