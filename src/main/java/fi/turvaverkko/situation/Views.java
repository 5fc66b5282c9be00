package fi.turvaverkko.situation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.signals.Phenomenon;

/** What the situational picture answers with. Counts are {@link Figure}s: already under disclosure control for the reader. */
public final class Views {

    private Views() {
    }

    public record AreaFigure(Area area, Figure figure, Figure previous) {
    }

    public record PhenomenonFigure(Phenomenon phenomenon, Figure current, Figure previous) {
    }

    public record TrendPoint(LocalDate week, Figure figure) {
    }

    /** The city overview: one phenomenon (or all) over a period, by area of one level. */
    public record Overview(AreaLevel level, String municipality, Phenomenon phenomenon, Period period, List<AreaFigure> areas,
            List<PhenomenonFigure> phenomena, List<TrendPoint> trend, Figure total) {
    }

    /** One area: its phenomena now and in the period before, its trend, the areas beneath it. */
    public record AreaPicture(Area area, Period period, List<PhenomenonFigure> phenomena, List<TrendPoint> trend,
            List<AreaFigure> children, Figure total) {
    }

    /** One phenomenon: where it is now and how it moved since the period before. */
    public record PhenomenonPicture(Phenomenon phenomenon, AreaLevel level, Period period, List<AreaFigure> areas,
            List<TrendPoint> trend, Figure total) {
    }

    /** One tested area × phenomenon pair of an emerging-phenomena run. */
    public record EmergingResult(Area area, Phenomenon phenomenon, Figure observed, double expected, double pValue,
            double qValue, boolean significant) {
    }

    /**
     * An emerging-phenomena run: the current period against the same areas' 52 weeks before it, with the number of
     * pairs tested (the comparisons the false-discovery-rate correction accounts for).
     */
    public record EmergingRun(AreaLevel level, Period period, Period baseline, int comparisons, double q,
            List<EmergingResult> results, Instant computedAt) {

        public List<EmergingResult> significant() {
            return results.stream().filter(EmergingResult::significant).toList();
        }
    }

    /** One area of a hot-spot run: Getis-Ord Gi* over the area and its neighbours. */
    public record HotSpot(Area area, Phenomenon phenomenon, Figure observed, int neighbours, double z, double pValue,
            double qValue, boolean significant) {
    }

    public record HotSpotRun(AreaLevel level, Period period, int comparisons, double q, List<HotSpot> results, Instant computedAt) {

        public List<HotSpot> significant() {
            return results.stream().filter(HotSpot::significant).toList();
        }
    }
}
