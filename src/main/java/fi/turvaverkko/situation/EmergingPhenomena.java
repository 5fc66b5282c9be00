package fi.turvaverkko.situation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.signals.Phenomena;
import fi.turvaverkko.signals.Phenomenon;
import fi.turvaverkko.signals.SignalCounts;
import fi.turvaverkko.situation.Views.EmergingResult;
import fi.turvaverkko.situation.Views.EmergingRun;
import fi.turvaverkko.situation.Views.HotSpot;
import fi.turvaverkko.situation.Views.HotSpotRun;
import fi.turvaverkko.situation.statistics.BenjaminiHochberg;
import fi.turvaverkko.situation.statistics.EmergingTest;
import fi.turvaverkko.situation.statistics.GetisOrdGiStar;

/**
 * Emerging phenomena and hot spots.
 * <p>
 * <b>Emerging</b>: for every area of the level × phenomenon, the count of the current period (the last
 * {@code current-days} days, today included) against the same area's 52 full weeks before the week in which the current
 * period starts, taken as 26 periods of 14 days (scaled to the current period's length), with the quasi-Poisson /
 * negative-binomial test of {@link EmergingTest} (after Noufaily et al. 2013) and the Benjamini–Hochberg correction
 * over every pair tested in the run.
 * <p>
 * <b>Hot spots</b>: Getis-Ord Gi* of each phenomenon's counts in the period over the areas of the level, with queen
 * contiguity from the polygons, one-sided (high values), Benjamini–Hochberg over all areas × phenomena of the run.
 * <p>
 * The tests use every signal (the joint picture is computed from all of them); what the reader sees of the counts is
 * under disclosure control ({@link Figure}).
 */
@Service
public class EmergingPhenomena {

    static final int BASELINE_WEEKS = 52;

    private final SignalCounts counts;
    private final Phenomena phenomena;
    private final Areas areas;
    private final SituationPicture picture;
    private final SituationProperties settings;
    private final EmergingTest test = new EmergingTest();
    private final fi.turvaverkko.situation.internal.RollupCache cache;

    EmergingPhenomena(SignalCounts counts, Phenomena phenomena, Areas areas, SituationPicture picture, SituationProperties settings,
            fi.turvaverkko.situation.internal.RollupCache cache) {
        this.cache = cache;
        this.counts = counts;
        this.phenomena = phenomena;
        this.areas = areas;
        this.picture = picture;
        this.settings = settings;
    }

    public double defaultQ() {
        return settings.falseDiscoveryRate();
    }

    /** The current period ending today. */
    public Period currentPeriod(Integer days) {
        int length = days == null ? settings.currentDays() : days;
        if (length < 1 || length > 28) {
            throw new InvalidInput("days", "situation.invalid.days", "days (the current period) is from 1 to 28; got " + length + ".");
        }
        return Period.lastDays(picture.today(), length);
    }

    private static double checkQ(Double q, double fallback) {
        double value = q == null ? fallback : q;
        if (!(value > 0 && value < 1)) {
            throw new InvalidInput("q", "situation.invalid.q", "q (the false discovery rate) is between 0 and 1; got " + value + ".");
        }
        return value;
    }

    private static void checkLevel(AreaLevel level) {
        if (level == AreaLevel.SMALL_AREA) {
            throw new InvalidInput("level", "situation.invalid.emerging-level",
                    "Emerging phenomena are tested by sub-area or a larger area (small areas are too small for a baseline).");
        }
    }

    public EmergingRun run(AreaLevel level, String municipality, Period period, Double q) {
        checkLevel(level);
        CurrentUser reader = picture.reader();
        double rate = checkQ(q, settings.falseDiscoveryRate());
        String place = picture.municipality(municipality);
        LocalDate lastBaselineWeek = SignalCounts.weekOf(period.from()).minusWeeks(1);
        LocalDate firstBaselineWeek = lastBaselineWeek.minusWeeks(BASELINE_WEEKS - 1L);
        Period baseline = new Period(firstBaselineWeek, lastBaselineWeek.plusDays(6));

        Map<String, Figure> current = new HashMap<>();
        counts.byArea(level, place, Set.of(), period.from(), period.to(), Optional.of(reader))
                .forEach(c -> current.merge(c.areaCode() + "|" + c.phenomenonId(), Figure.of(c.visible(), c.hidden()), Figure::plus));
        // the baselines use every signal whoever reads, and the weeks before the current period change only with late
        // signals: they come from the cache (at most a minute old)
        Map<String, long[]> weekly = cache.get("baseline|" + level + "|" + place + "|" + firstBaselineWeek, () -> {
            Map<String, long[]> totals = new HashMap<>();
            for (var cell : counts.weeklyByArea(level, place, firstBaselineWeek, lastBaselineWeek, SignalCounts.ANY_SIGNED_IN)) {
                int week = (int) java.time.temporal.ChronoUnit.WEEKS.between(firstBaselineWeek, cell.week());
                totals.computeIfAbsent(cell.areaCode() + "|" + cell.phenomenonId(), k -> new long[BASELINE_WEEKS])[week] += cell.total();
            }
            return totals;
        });
        double scale = period.days() / 14.0;
        List<Area> levelAreas = areas.listAreas(place, level);
        List<Phenomenon> all = phenomena.listPhenomena().stream().filter(Phenomenon::active).toList();
        List<Area> pairArea = new ArrayList<>();
        List<Phenomenon> pairPhenomenon = new ArrayList<>();
        List<Figure> observed = new ArrayList<>();
        List<EmergingTest.Assessment> assessments = new ArrayList<>();
        for (Area area : levelAreas) {
            for (Phenomenon phenomenon : all) {
                String key = area.code() + "|" + phenomenon.id();
                Figure now = current.getOrDefault(key, Figure.exact(0));
                long[] weeks = weekly.getOrDefault(key, new long[BASELINE_WEEKS]);
                long[] periods = new long[BASELINE_WEEKS / 2];
                for (int i = 0; i < periods.length; i++) {
                    periods[i] = Math.round((weeks[2 * i] + weeks[2 * i + 1]) * scale);
                }
                pairArea.add(area);
                pairPhenomenon.add(phenomenon);
                observed.add(now);
                assessments.add(test.assess(now.total(), periods));
            }
        }
        double[] p = assessments.stream().mapToDouble(EmergingTest.Assessment::pValueForAdjustment).toArray();
        double[] qValues = BenjaminiHochberg.qValues(p);
        boolean[] significant = BenjaminiHochberg.significant(p, rate);
        List<EmergingResult> results = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (assessments.get(i).tested()) {
                results.add(new EmergingResult(pairArea.get(i), pairPhenomenon.get(i), observed.get(i), assessments.get(i).expected(),
                        assessments.get(i).pValue(), qValues[i], significant[i]));
            }
        }
        results.sort(Comparator.comparingDouble(EmergingResult::pValue).thenComparing(r -> r.area().code()));
        return new EmergingRun(level, period, baseline, BenjaminiHochberg.comparisons(p), rate, results, Instant.now());
    }

    /** Hot spots of one phenomenon (or every phenomenon) over the period. */
    public HotSpotRun hotSpots(AreaLevel level, String municipality, String phenomenonCode, Period period, Double q) {
        checkLevel(level);
        CurrentUser reader = picture.reader();
        double rate = checkQ(q, settings.falseDiscoveryRate());
        String place = picture.municipality(municipality);
        List<Phenomenon> chosen = phenomenonCode == null || phenomenonCode.isBlank()
                ? phenomena.listPhenomena().stream().filter(Phenomenon::active).toList()
                : List.of(picture.phenomenon(phenomenonCode));
        List<Area> levelAreas = areas.listAreas(place, level);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < levelAreas.size(); i++) {
            index.put(levelAreas.get(i).code(), i);
        }
        Map<String, Set<String>> contiguity = areas.neighbours(place, level);
        int[][] neighbours = new int[levelAreas.size()][];
        for (int i = 0; i < levelAreas.size(); i++) {
            neighbours[i] = contiguity.getOrDefault(levelAreas.get(i).code(), Set.of()).stream()
                    .map(index::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
        }
        Map<String, Figure> current = new HashMap<>();
        counts.byArea(level, place, chosen.size() == 1 ? Set.of(chosen.getFirst().id()) : Set.of(), period.from(), period.to(), Optional.of(reader))
                .forEach(c -> current.merge(c.areaCode() + "|" + c.phenomenonId(), Figure.of(c.visible(), c.hidden()), Figure::plus));

        List<HotSpot> unadjusted = new ArrayList<>();
        List<Double> pValues = new ArrayList<>();
        for (Phenomenon phenomenon : chosen) {
            double[] values = new double[levelAreas.size()];
            Figure[] figures = new Figure[levelAreas.size()];
            for (int i = 0; i < values.length; i++) {
                figures[i] = current.getOrDefault(levelAreas.get(i).code() + "|" + phenomenon.id(), Figure.exact(0));
                values[i] = figures[i].total();
            }
            if (java.util.Arrays.stream(values).sum() == 0) {
                continue;
            }
            List<GetisOrdGiStar.Score> gi = GetisOrdGiStar.scores(values, neighbours);
            for (int i = 0; i < values.length; i++) {
                unadjusted.add(new HotSpot(levelAreas.get(i), phenomenon, figures[i], neighbours[i].length, gi.get(i).z(), gi.get(i).pValue(), Double.NaN, false));
                pValues.add(gi.get(i).pValue());
            }
        }
        double[] p = pValues.stream().mapToDouble(Double::doubleValue).toArray();
        double[] qValues = BenjaminiHochberg.qValues(p);
        boolean[] significant = BenjaminiHochberg.significant(p, rate);
        List<HotSpot> results = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            HotSpot h = unadjusted.get(i);
            results.add(new HotSpot(h.area(), h.phenomenon(), h.observed(), h.neighbours(), h.z(), h.pValue(), qValues[i], significant[i]));
        }
        results.sort(Comparator.comparingDouble(HotSpot::pValue).thenComparing(h -> h.area().code()));
        return new HotSpotRun(level, period, BenjaminiHochberg.comparisons(p), rate, results, Instant.now());
    }
}
