package fi.turvaverkko.plans.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.plans.Cadence;
import fi.turvaverkko.plans.Direction;
import fi.turvaverkko.plans.IndicatorSource;
import fi.turvaverkko.plans.ReportingPeriod;
import fi.turvaverkko.plans.Views.IndicatorSeries;
import fi.turvaverkko.plans.Views.IndicatorValue;
import fi.turvaverkko.plans.Views.IndicatorView;
import fi.turvaverkko.plans.Views.MonthCount;
import fi.turvaverkko.plans.Views.PlanView;
import fi.turvaverkko.plans.Views.Standing;
import fi.turvaverkko.signals.Phenomena;
import fi.turvaverkko.signals.SignalCounts;
import fi.turvaverkko.situation.Figure;

/**
 * The actual values of indicators: entered by hand (stored), or counted from the signals' daily rollups for each period
 * from the baseline date to today, the same count the signals API gives for the same area, phenomena and days. Counts
 * are under disclosure control for the reader ({@link Figure}): a count with 1–4 signals the reader may not see is
 * shown as a range and carries no value.
 */
@Component
class IndicatorValues {

    private final PlanRepository plans;
    private final SignalCounts counts;
    private final Phenomena phenomena;
    private final Clock clock = Clock.system(SafetyPlanning.HELSINKI);

    IndicatorValues(PlanRepository plans, SignalCounts counts, Phenomena phenomena) {
        this.plans = plans;
        this.counts = counts;
        this.phenomena = phenomena;
    }

    IndicatorSeries series(IndicatorView indicator, PlanView plan, Optional<CurrentUser> reader) {
        List<IndicatorValue> values = indicator.source() == IndicatorSource.SIGNALS ? computed(indicator, plan, reader) : stored(indicator);
        return new IndicatorSeries(indicator, values, standing(indicator, values));
    }

    private List<IndicatorValue> stored(IndicatorView indicator) {
        return plans.listValues(indicator.id()).stream()
                .map(v -> new IndicatorValue(v.periodStart(), v.periodEnd(), v.value(), v.value().stripTrailingZeros().toPlainString(), false,
                        false, v.note()))
                .toList();
    }

    private List<IndicatorValue> computed(IndicatorView indicator, PlanView plan, Optional<CurrentUser> reader) {
        LocalDate today = LocalDate.now(clock);
        Cadence period = indicator.period();
        ReportingPeriod first = period.periodOf(indicator.baselineDate());
        if (first.start().isAfter(today)) {
            return List.of();
        }
        ReportingPeriod last = period.periodOf(today);
        if (first.start().plusYears(10).isBefore(last.end())) {
            first = period.periodOf(last.end().minusYears(10).plusDays(1)).next();
        }
        String area = indicator.areaCode() != null ? indicator.areaCode() : plan.areaCode() != null ? plan.areaCode() : plan.municipality();
        Map<LocalDate, long[]> byPeriod = new TreeMap<>();
        for (ReportingPeriod p = first; !p.start().isAfter(last.start()); p = p.next()) {
            byPeriod.put(p.start(), new long[2]);
        }
        for (var cell : counts.byDay(area, ids(indicator.phenomena()), first.start(), last.end(), reader)) {
            long[] sum = byPeriod.get(period.periodOf(cell.day()).start());
            if (sum != null) {
                sum[0] += cell.visible();
                sum[1] += cell.hidden();
            }
        }
        List<IndicatorValue> values = new ArrayList<>();
        byPeriod.forEach((start, sum) -> {
            ReportingPeriod p = period.periodOf(start);
            Figure figure = Figure.of(sum[0], sum[1]);
            values.add(new IndicatorValue(p.start(), p.end(), figure.value() == null ? null : BigDecimal.valueOf(figure.value()),
                    figure.display(), true, figure.includesRestricted(), p.contains(today) ? "partial" : null));
        });
        return values;
    }

    /** Signals per month in the areas (and everything beneath them) for the phenomena, under disclosure control. */
    List<MonthCount> monthly(Collection<String> areas, Set<String> phenomenonCodes, LocalDate from, LocalDate to, Optional<CurrentUser> reader) {
        Map<LocalDate, long[]> byMonth = new TreeMap<>();
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            byMonth.put(month, new long[2]);
        }
        Set<Integer> ids = ids(phenomenonCodes);
        for (String area : areas) {
            for (var cell : counts.byDay(area, ids, from.withDayOfMonth(1), to, reader)) {
                long[] sum = byMonth.get(cell.day().withDayOfMonth(1));
                if (sum != null) {
                    sum[0] += cell.visible();
                    sum[1] += cell.hidden();
                }
            }
        }
        return byMonth.entrySet().stream().map(e -> {
            Figure figure = Figure.of(e.getValue()[0], e.getValue()[1]);
            return new MonthCount(e.getKey(), figure.value(), figure.display());
        }).toList();
    }

    private Set<Integer> ids(Collection<String> codes) {
        return codes.stream().map(code -> phenomena.findPhenomenon(code)).flatMap(Optional::stream).map(p -> p.id())
                .collect(Collectors.toSet());
    }

    /** The latest value against the target and the baseline, in the indicator's direction. */
    static Standing standing(IndicatorView indicator, List<IndicatorValue> values) {
        BigDecimal latest = null;
        for (int i = values.size() - 1; i >= 0 && latest == null; i--) {
            // a running period's count is not yet comparable with whole periods
            if (values.get(i).value() != null && !"partial".equals(values.get(i).note())) {
                latest = values.get(i).value();
            }
        }
        if (latest == null) {
            return Standing.NO_DATA;
        }
        int sign = indicator.direction() == Direction.LOWER ? -1 : 1;
        if (indicator.targetValue() != null && sign * latest.compareTo(indicator.targetValue()) >= 0) {
            return Standing.TARGET_REACHED;
        }
        if (indicator.baselineValue() != null) {
            return sign * latest.compareTo(indicator.baselineValue()) > 0 ? Standing.IMPROVING : Standing.NOT_IMPROVING;
        }
        return Standing.NO_DATA;
    }
}
