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
}
