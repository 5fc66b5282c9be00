package fi.turvaverkko.organisations;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import fi.turvaverkko.platform.InvalidInput;

/**
 * The rule of a rotating chair: the organisations take turns in this order, each for {@code termMonths} months,
 * starting on {@code startsOn}, round after round. Turn n (from 0) runs from {@code startsOn + n × termMonths} months
 * to the day before the next turn starts, so month ends do not drift (a rule that starts on 31 January gives turns
 * starting on 28/29 February, 31 March, …).
 */
public record ChairRotation(List<Long> organisationIds, int termMonths, LocalDate startsOn) {

    public static final int MIN_ORGANISATIONS = 2;
    public static final int MAX_TERM_MONTHS = 60;

    public ChairRotation {
        if (organisationIds == null || organisationIds.size() < MIN_ORGANISATIONS) {
            throw new InvalidInput("organisationIds", "A rotating chair needs at least " + MIN_ORGANISATIONS
                    + " organisations to take turns; got " + (organisationIds == null ? 0 : organisationIds.size()) + ".");
        }
        if (organisationIds.stream().anyMatch(java.util.Objects::isNull) || new HashSet<>(organisationIds).size() != organisationIds.size()) {
            throw new InvalidInput("organisationIds", "Each organisation appears once in the order of a rotating chair.");
        }
        if (termMonths < 1 || termMonths > MAX_TERM_MONTHS) {
            throw new InvalidInput("termMonths", "A chair's term is 1 to " + MAX_TERM_MONTHS + " months; got " + termMonths + ".");
        }
        if (startsOn == null) {
            throw new InvalidInput("startsOn", "A rotating chair needs the date its first term starts.");
        }
        organisationIds = List.copyOf(organisationIds);
    }

    /** The turn with this index (0: the first). */
    public ChairTerm term(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index " + index);
        }
        LocalDate from = startsOn.plusMonths((long) index * termMonths);
        LocalDate to = startsOn.plusMonths((long) (index + 1) * termMonths).minusDays(1);
        return new ChairTerm(index + 1, organisationIds.get(index % organisationIds.size()), from, to);
    }

    /** The index of the turn on the day; empty before the first turn. */
    public Optional<Integer> indexOn(LocalDate day) {
        if (day.isBefore(startsOn)) {
            return Optional.empty();
        }
        int index = (int) Math.min(Integer.MAX_VALUE - 1, ChronoUnit.MONTHS.between(startsOn, day) / termMonths);
        while (index > 0 && term(index).from().isAfter(day)) {
            index--;
        }
        while (term(index).to().isBefore(day)) {
            index++;
        }
        return Optional.of(index);
    }

    /** Whose turn it is on the day; empty before the first turn. */
    public Optional<ChairTerm> termOn(LocalDate day) {
        return indexOn(day).map(this::term);
    }

    /** The turns that share a day with the period from {@code from} to {@code until} (both included), in order. */
    public List<ChairTerm> terms(LocalDate from, LocalDate until) {
        List<ChairTerm> terms = new ArrayList<>();
        if (until.isBefore(from) || until.isBefore(startsOn)) {
            return terms;
        }
        int index = indexOn(from).orElse(0);
        for (ChairTerm term = term(index); !term.from().isAfter(until); term = term(++index)) {
            terms.add(term);
        }
        return terms;
    }

    /**
     * The schedule to show on the day: the turns of the round before the current turn, the current turn and one full
     * round after it (before the first turn starts, the first turn counts as the current one).
     */
    public List<ChairTerm> scheduleAround(LocalDate day) {
        int rounds = organisationIds.size();
        int current = indexOn(day).orElse(0);
        int first = Math.max(0, current - (rounds - 1));
        List<ChairTerm> terms = new ArrayList<>();
        for (int index = first; index <= current + rounds; index++) {
            terms.add(term(index));
        }
        return terms;
    }
}
