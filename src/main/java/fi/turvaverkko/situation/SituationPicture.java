package fi.turvaverkko.situation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import fi.turvaverkko.access.Accounts;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.platform.Forbidden;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.NotFound;
import fi.turvaverkko.signals.Phenomena;
import fi.turvaverkko.signals.Phenomenon;
import fi.turvaverkko.signals.SignalCounts;
import fi.turvaverkko.signals.SignalCounts.Cell;
import fi.turvaverkko.signals.SignalCounts.DayCell;
import fi.turvaverkko.situation.Views.AreaFigure;
import fi.turvaverkko.situation.Views.AreaPicture;
import fi.turvaverkko.situation.Views.Overview;
import fi.turvaverkko.situation.Views.PhenomenonFigure;
import fi.turvaverkko.situation.Views.PhenomenonPicture;
import fi.turvaverkko.situation.Views.TrendPoint;

/**
 * The situational picture's figures, read from the signals' rollups (so a signal shows here as soon as it is
 * committed) and put under disclosure control for the reader. Signed-in users only.
 */
@Service
public class SituationPicture {

    static final java.time.ZoneId HELSINKI = java.time.ZoneId.of("Europe/Helsinki");
    /** How far back the trend charts go. */
    static final int TREND_WEEKS = 104;

    private final SignalCounts counts;
    private final Phenomena phenomena;
    private final Areas areas;
    private final Accounts accounts;
    private final fi.turvaverkko.situation.internal.RollupCache cache;
    private final Clock clock = Clock.system(HELSINKI);

    SituationPicture(SignalCounts counts, Phenomena phenomena, Areas areas, Accounts accounts,
            fi.turvaverkko.situation.internal.RollupCache cache) {
        this.cache = cache;
        this.counts = counts;
        this.phenomena = phenomena;
        this.areas = areas;
        this.accounts = accounts;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    CurrentUser reader() {
        return accounts.findCurrentUser().orElseThrow(() -> new Forbidden("Sign in to see the situational picture."));
    }

    public Phenomenon phenomenon(String code) {
        return phenomena.findPhenomenon(code).orElseThrow(() -> new InvalidInput("phenomenon", "signal.invalid.phenomenon",
                "There is no phenomenon " + code + "; GET /api/phenomena lists them.", code));
    }

    public String municipality(String code) {
        return code == null || code.isBlank() ? areas.defaultMunicipality().code() : areas.getMunicipality(code.strip()).code();
    }

    public static AreaLevel level(String name, AreaLevel fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        return AreaLevel.find(name).orElseThrow(() -> new InvalidInput("level", "situation.invalid.level",
                "level is one of MAJOR_DISTRICT, BASIC_DISTRICT, SUB_AREA, SMALL_AREA; got '" + name + "'.", name));
    }

    /**
     * The city overview: by area of the level over the period, for one phenomenon or all; with the totals by phenomenon
     * and the weekly trend. Two reads of the daily rollups (the period and the one before, every phenomenon: the map and
     * the phenomena table come from the same cells) and the city's weekly trend from the cache.
     */
    public Overview overview(AreaLevel level, String municipality, String phenomenonCode, Period period) {
        CurrentUser reader = reader();
        String place = municipality(municipality);
        Phenomenon phenomenon = phenomenonCode == null || phenomenonCode.isBlank() ? null : phenomenon(phenomenonCode);
        List<Cell> nowCells = counts.byArea(level, place, Set.of(), period.from(), period.to(), Optional.of(reader));
        Period before = period.previous();
        List<Cell> thenCells = counts.byArea(level, place, Set.of(), before.from(), before.to(), Optional.of(reader));
        Map<String, Figure> now = sumByArea(only(nowCells, phenomenon));
        Map<String, Figure> then = sumByArea(only(thenCells, phenomenon));
        List<AreaFigure> byArea = new ArrayList<>();
        Figure total = Figure.exact(0);
        for (Area area : areas.listAreas(place, level)) {
            Figure figure = now.getOrDefault(area.code(), Figure.exact(0));
            total = total.plus(figure);
            byArea.add(new AreaFigure(area, figure, then.getOrDefault(area.code(), Figure.exact(0))));
        }
        Map<Integer, Figure> nowByPhenomenon = new HashMap<>();
        nowCells.forEach(c -> nowByPhenomenon.merge(c.phenomenonId(), Figure.of(c.visible(), c.hidden()), Figure::plus));
        Map<Integer, Figure> thenByPhenomenon = new HashMap<>();
        thenCells.forEach(c -> thenByPhenomenon.merge(c.phenomenonId(), Figure.of(c.visible(), c.hidden()), Figure::plus));
        List<PhenomenonFigure> byPhenomenon = new ArrayList<>();
        for (Phenomenon p : phenomena.listPhenomena()) {
            Figure current = nowByPhenomenon.getOrDefault(p.id(), Figure.exact(0));
            Figure previous = thenByPhenomenon.getOrDefault(p.id(), Figure.exact(0));
            if (p.active() || current.total() > 0 || previous.total() > 0) {
                byPhenomenon.add(new PhenomenonFigure(p, current, previous));
            }
        }
        return new Overview(level, place, phenomenon, period, byArea, byPhenomenon, cityTrend(phenomenon, reader), total);
    }

    private static List<Cell> only(List<Cell> cells, Phenomenon phenomenon) {
        return phenomenon == null ? cells : cells.stream().filter(c -> c.phenomenonId() == phenomenon.id()).toList();
    }

    /** The city's weekly trend, from the cached per-audience weekly counts, split for the reader. */
    private List<TrendPoint> cityTrend(Phenomenon phenomenon, CurrentUser reader) {
        LocalDate last = today();
        LocalDate first = SignalCounts.weekOf(last.minusWeeks(TREND_WEEKS));
        List<SignalCounts.AudienceWeek> weeks = cache.get("trend|" + first + "|" + last, () -> counts.weeksByAudience(first, last));
        Set<Integer> visible = counts.visibleAudiences(Optional.of(reader));
        Map<LocalDate, Figure> byWeek = new TreeMap<>();
        for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
            byWeek.put(week, Figure.exact(0));
        }
        for (SignalCounts.AudienceWeek week : weeks) {
            if (phenomenon == null || week.phenomenonId() == phenomenon.id()) {
                byWeek.merge(week.week(), visible.contains(week.audienceId()) ? Figure.of(week.count(), 0) : Figure.of(0, week.count()), Figure::plus);
            }
        }
        return byWeek.entrySet().stream().map(e -> new TrendPoint(e.getKey(), e.getValue())).toList();
    }

    /** One area: its phenomena in the period and the one before, the trend, and the areas one level beneath. */
    public AreaPicture area(String code, Period period) {
        CurrentUser reader = reader();
        Area area = areas.findArea(code).orElseThrow(() -> new NotFound("There is no area " + code + "."));
        List<PhenomenonFigure> byPhenomenon = byPhenomenon(area.code(), period, reader);
        Figure total = byPhenomenon.stream().map(PhenomenonFigure::current).reduce(Figure.exact(0), Figure::plus);
        List<AreaFigure> children = new ArrayList<>();
        List<Area> beneath = areas.listChildren(area.code());
        if (!beneath.isEmpty()) {
            AreaLevel childLevel = beneath.getFirst().level();
            Map<String, Figure> now = sumByArea(counts.byArea(childLevel, area.municipalityCode(), Set.of(), period.from(), period.to(), Optional.of(reader)));
            Period before = period.previous();
            Map<String, Figure> then = sumByArea(counts.byArea(childLevel, area.municipalityCode(), Set.of(), before.from(), before.to(), Optional.of(reader)));
            for (Area child : beneath) {
                children.add(new AreaFigure(child, now.getOrDefault(child.code(), Figure.exact(0)), then.getOrDefault(child.code(), Figure.exact(0))));
            }
        }
        return new AreaPicture(area, period, byPhenomenon, trend(area.code(), Set.of(), reader), children, total);
    }

    /** One phenomenon: by area of the level now and in the period before, and its trend. */
    public PhenomenonPicture phenomenon(String code, AreaLevel level, String municipality, Period period) {
        CurrentUser reader = reader();
        Phenomenon phenomenon = phenomena.findPhenomenon(code).orElseThrow(() -> new NotFound("There is no phenomenon " + code + "."));
        String place = municipality(municipality);
        Map<String, Figure> now = sumByArea(counts.byArea(level, place, Set.of(phenomenon.id()), period.from(), period.to(), Optional.of(reader)));
        Period before = period.previous();
        Map<String, Figure> then = sumByArea(counts.byArea(level, place, Set.of(phenomenon.id()), before.from(), before.to(), Optional.of(reader)));
        List<AreaFigure> byArea = new ArrayList<>();
        Figure total = Figure.exact(0);
        for (Area area : areas.listAreas(place, level)) {
            Figure figure = now.getOrDefault(area.code(), Figure.exact(0));
            total = total.plus(figure);
            byArea.add(new AreaFigure(area, figure, then.getOrDefault(area.code(), Figure.exact(0))));
        }
        byArea.sort(Comparator.comparingLong((AreaFigure a) -> a.figure().lowerBound()).reversed());
        return new PhenomenonPicture(phenomenon, level, period, byArea, trend(null, Set.of(phenomenon.id()), reader), total);
    }

    private List<PhenomenonFigure> byPhenomenon(String areaCode, Period period, CurrentUser reader) {
        Map<Integer, Figure> now = sumByPhenomenon(counts.byDay(areaCode, Set.of(), period.from(), period.to(), Optional.of(reader)));
        Period before = period.previous();
        Map<Integer, Figure> then = sumByPhenomenon(counts.byDay(areaCode, Set.of(), before.from(), before.to(), Optional.of(reader)));
        List<PhenomenonFigure> figures = new ArrayList<>();
        for (Phenomenon phenomenon : phenomena.listPhenomena()) {
            Figure current = now.getOrDefault(phenomenon.id(), Figure.exact(0));
            Figure previous = then.getOrDefault(phenomenon.id(), Figure.exact(0));
            if (phenomenon.active() || current.total() > 0 || previous.total() > 0) {
                figures.add(new PhenomenonFigure(phenomenon, current, previous));
            }
        }
        return figures;
    }

    private List<TrendPoint> trend(String areaCode, Set<Integer> only, CurrentUser reader) {
        LocalDate last = today();
        LocalDate first = last.minusWeeks(TREND_WEEKS);
        Map<LocalDate, Figure> byWeek = new TreeMap<>();
        for (LocalDate week = fi.turvaverkko.signals.SignalCounts.weekOf(first); !week.isAfter(last); week = week.plusWeeks(1)) {
            byWeek.put(week, Figure.exact(0));
        }
        for (DayCell cell : counts.byWeek(areaCode, only, first, last, Optional.of(reader))) {
            byWeek.merge(cell.day(), Figure.of(cell.visible(), cell.hidden()), Figure::plus);
        }
        return byWeek.entrySet().stream().map(e -> new TrendPoint(e.getKey(), e.getValue())).toList();
    }

    static Map<String, Figure> sumByArea(List<Cell> cells) {
        Map<String, Figure> sums = new HashMap<>();
        cells.forEach(cell -> sums.merge(cell.areaCode(), Figure.of(cell.visible(), cell.hidden()), Figure::plus));
        return sums;
    }

    static Map<Integer, Figure> sumByPhenomenon(List<DayCell> cells) {
        Map<Integer, Figure> sums = new HashMap<>();
        cells.forEach(cell -> sums.merge(cell.phenomenonId(), Figure.of(cell.visible(), cell.hidden()), Figure::plus));
        return sums;
    }
}
