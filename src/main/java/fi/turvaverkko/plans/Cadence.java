package fi.turvaverkko.plans;

import java.time.LocalDate;

/**
 * The length of a reporting or counting period: a plan's reporting cadence (e.g. quarterly) and the period of each value
 * of an indicator computed from signals. Periods are calendar periods: months, quarters, half years, years.
 */
public enum Cadence {
    MONTH(1), QUARTER(3), HALF_YEAR(6), YEAR(12);

    private final int months;

    Cadence(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The period of this length that contains the day. */
    public ReportingPeriod periodOf(LocalDate day) {
        int startMonth = (day.getMonthValue() - 1) / months * months + 1;
        LocalDate start = LocalDate.of(day.getYear(), startMonth, 1);
        return new ReportingPeriod(this, start, start.plusMonths(months).minusDays(1));
    }

    /**
     * The period a progress report is owed for: the one after the latest reported (the first of the action when none is),
     * but not later than the current one. Pages preselect it; a report that names no period is for it.
     */
    public ReportingPeriod periodOwed(LocalDate startsOn, LocalDate reportedUntil, LocalDate today) {
        ReportingPeriod current = periodOf(today);
        ReportingPeriod first = periodOf(startsOn);
        ReportingPeriod candidate = reportedUntil == null ? first : periodOf(reportedUntil).next();
        if (candidate.start().isBefore(first.start())) {
            candidate = first;
        }
        return candidate.start().isAfter(current.start()) ? current : candidate;
    }
}
