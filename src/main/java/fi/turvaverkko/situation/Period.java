package fi.turvaverkko.situation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import fi.turvaverkko.platform.InvalidInput;

/** Days from {@code from} to {@code to}, both included. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null || to == null) {
            throw new InvalidInput("from", "situation.invalid.period", "A period needs from and to.");
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "situation.invalid.period-reversed", "The period ends (" + to + ") before it starts (" + from + ").");
        }
        if (from.plusYears(10).isBefore(to)) {
            throw new InvalidInput("from", "situation.invalid.period-long", "A period can be at most ten years long.");
        }
    }

    /** The {@code days} days that end on {@code last}. */
    public static Period lastDays(LocalDate last, int days) {
        return new Period(last.minusDays(days - 1L), last);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length just before this one. */
    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }
}
