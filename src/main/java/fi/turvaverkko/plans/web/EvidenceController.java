package fi.turvaverkko.plans.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.Views.BeforeAfter;
import fi.turvaverkko.plans.Views.Evidence;
import fi.turvaverkko.plans.Views.IndicatorSeries;
import fi.turvaverkko.plans.Views.IndicatorValue;
import fi.turvaverkko.plans.Views.MonthCount;
import fi.turvaverkko.platform.charts.LineChart;
import fi.turvaverkko.signals.Phenomena;
import fi.turvaverkko.situation.Snapshots;

/**
 * An action's evidence: the phenomena and situational-picture snapshots behind its focus area, its indicators, and one
 * chart of the signals and indicator values before and after it started (with the figures in a table beside it).
 */
@Controller
class EvidenceController {

    private static final String[] COLOURS = { LineChart.GREEN, LineChart.ORANGE, LineChart.RED, LineChart.GREY };

    private final Plans plans;
    private final Phenomena phenomena;
    private final Snapshots snapshots;
    private final MessageSource messages;

    EvidenceController(Plans plans, Phenomena phenomena, Snapshots snapshots, MessageSource messages) {
        this.plans = plans;
        this.phenomena = phenomena;
        this.snapshots = snapshots;
        this.messages = messages;
    }

    /** A phenomenon named in the reader's language (its code when the taxonomy no longer has it). */
    record PhenomenonLink(String code, String name) {
    }

    /** A snapshot the focus area cites, with its title when the reader may see it (null otherwise). */
    record SnapshotLink(long id, String title) {
    }

    /** One month of the chart's table: the signals and each indicator's value ("" when there is none). */
    record Month(LocalDate month, String signals, List<String> indicators) {
    }

    @GetMapping("/actions/{id}/evidence")
    String evidence(@PathVariable long id, Model model, Locale locale) {
        Evidence evidence = plans.getEvidence(id);
        BeforeAfter beforeAfter = plans.getBeforeAfter(id);
        model.addAttribute("evidence", evidence);
        model.addAttribute("action", evidence.action());
        model.addAttribute("plan", plans.getPlan(evidence.action().planId()));
        model.addAttribute("focusArea", evidence.focusArea());
        model.addAttribute("phenomena", evidence.phenomena().stream().map(code -> new PhenomenonLink(code,
                phenomena.findPhenomenon(code).map(p -> p.name(locale)).orElse(code))).toList());
        model.addAttribute("snapshots", evidence.snapshots().stream().map(this::snapshot).toList());
        model.addAttribute("indicators", evidence.indicators());
        model.addAttribute("beforeAfter", beforeAfter);
        List<IndicatorSeries> series = beforeAfter.indicators();
        model.addAttribute("seriesNames", series.stream().map(s -> s.indicator().name(locale) + " (" + s.indicator().unit() + ")").toList());
        List<Month> months = months(beforeAfter);
        model.addAttribute("months", months);
        model.addAttribute("chart", months.isEmpty() ? null : chart(beforeAfter, locale));
        return "plans/evidence";
    }

    private SnapshotLink snapshot(long id) {
        try {
            return new SnapshotLink(id, snapshots.getSnapshot(id).title());
        } catch (RuntimeException e) {
            // not visible to this reader (or gone): the link says only its number
            return new SnapshotLink(id, null);
        }
    }

    /** The months with a signal count or an indicator value, oldest first. */
    static List<Month> months(BeforeAfter beforeAfter) {
        Map<LocalDate, String> signals = new TreeMap<>();
        for (MonthCount m : beforeAfter.signals()) {
            signals.put(m.month(), shown(m.value() == null ? null : BigDecimal.valueOf(m.value()), m.shown()));
        }
        List<IndicatorSeries> series = beforeAfter.indicators();
        List<Map<LocalDate, String>> values = new ArrayList<>();
        TreeMap<LocalDate, Boolean> all = new TreeMap<>();
        signals.keySet().forEach(d -> all.put(d, true));
        for (IndicatorSeries s : series) {
            Map<LocalDate, String> byMonth = new TreeMap<>();
            for (IndicatorValue v : s.values()) {
                LocalDate month = v.periodStart().withDayOfMonth(1);
                byMonth.put(month, shown(v.value(), v.shown()));
                all.put(month, true);
            }
            values.add(byMonth);
        }
        return all.keySet().stream().map(month -> new Month(month, signals.getOrDefault(month, ""),
                values.stream().map(v -> v.getOrDefault(month, "")).toList())).toList();
    }

    static String shown(BigDecimal value, String shown) {
        if (shown != null && !shown.isBlank()) {
            return shown;
        }
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private String chart(BeforeAfter beforeAfter, Locale locale) {
        LineChart chart = LineChart.of(messages.getMessage("plans.evidence.chart.title", new Object[] { beforeAfter.action().title(locale) }, locale));
        chart.series(messages.getMessage("plans.evidence.chart.signals", null, locale), LineChart.BLUE, beforeAfter.signals().stream()
                .map(m -> new LineChart.Point(m.month(), m.value() == null ? null : m.value().doubleValue())).toList());
        int i = 0;
        for (IndicatorSeries s : beforeAfter.indicators()) {
            chart.series(s.indicator().name(locale), COLOURS[i++ % COLOURS.length], s.values().stream()
                    .map(v -> new LineChart.Point(v.periodStart().withDayOfMonth(1), v.value() == null ? null : v.value().doubleValue())).toList());
        }
        if (beforeAfter.startsOn() != null) {
            chart.marker(beforeAfter.startsOn(), messages.getMessage("plans.evidence.chart.started", null, locale));
        }
        return chart.svg();
    }
}
