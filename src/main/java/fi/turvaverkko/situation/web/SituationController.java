package fi.turvaverkko.situation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.turvaverkko.access.Accounts;
import fi.turvaverkko.access.Classification;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.signals.Phenomena;
import fi.turvaverkko.signals.SignalFilter;
import fi.turvaverkko.signals.SignalPage;
import fi.turvaverkko.signals.Signals;
import fi.turvaverkko.situation.Assessment;
import fi.turvaverkko.situation.Assessments;
import fi.turvaverkko.situation.EmergingPhenomena;
import fi.turvaverkko.situation.Figure;
import fi.turvaverkko.situation.Period;
import fi.turvaverkko.situation.SituationPicture;
import fi.turvaverkko.situation.Snapshot;
import fi.turvaverkko.situation.Snapshots;
import fi.turvaverkko.situation.Views;
import tools.jackson.databind.json.JsonMapper;

/** The situational picture's pages: overview, area, phenomenon, assessments, snapshots. */
@Controller
class SituationController {

    static final List<Integer> PERIODS = List.of(14, 30, 90, 365);
    static final int AREA_SIGNALS = 50;

    private final SituationPicture picture;
    private final EmergingPhenomena emerging;
    private final Assessments assessments;
    private final Snapshots snapshots;
    private final Phenomena phenomena;
    private final Signals signals;
    private final Areas areas;
    private final Accounts accounts;
    private final Sentences sentences;
    private final fi.turvaverkko.organisations.Organisations organisations;
    private final JsonMapper json = JsonMapper.builder().build();

    SituationController(SituationPicture picture, EmergingPhenomena emerging, Assessments assessments, Snapshots snapshots,
            Phenomena phenomena, Signals signals, Areas areas, Accounts accounts, Sentences sentences,
            fi.turvaverkko.organisations.Organisations organisations) {
        this.organisations = organisations;
        this.picture = picture;
        this.emerging = emerging;
        this.assessments = assessments;
        this.snapshots = snapshots;
        this.phenomena = phenomena;
        this.signals = signals;
        this.areas = areas;
        this.accounts = accounts;
        this.sentences = sentences;
    }

    private CurrentUser user() {
        return accounts.findCurrentUser().orElseThrow();
    }

    private Period period(Integer days, String from, String to) {
        if (from != null && !from.isBlank() || to != null && !to.isBlank()) {
            LocalDate end = SituationApiController.date("to", to);
            LocalDate start = SituationApiController.date("from", from);
            LocalDate last = end == null ? picture.today() : end;
            return new Period(start == null ? last.minusDays(29) : start, last);
        }
        int length = days == null ? 30 : days;
        if (length < 1 || length > 3660) {
            throw new InvalidInput("days", "situation.invalid.days", "days is from 1 to 3660.");
        }
        return Period.lastDays(picture.today(), length);
    }

    private void common(Model model, Integer days, Period period) {
        CurrentUser user = user();
        model.addAttribute("categories", phenomena.listCategories(false));
        model.addAttribute("periods", PERIODS);
        model.addAttribute("days", days == null ? (int) period.days() : days);
        model.addAttribute("period", period);
        model.addAttribute("mayPublish", Snapshots.mayPublish(user));
        model.addAttribute("mayAssess", Assessments.mayWrite(user));
        model.addAttribute("levels", List.of(AreaLevel.MAJOR_DISTRICT, AreaLevel.BASIC_DISTRICT, AreaLevel.SUB_AREA, AreaLevel.SMALL_AREA));
    }

    /** Values for the choropleth, as a data attribute: code → [lower bound, display]. */
    private String mapValues(List<Views.AreaFigure> figures) {
        Map<String, Object[]> values = new LinkedHashMap<>();
        figures.forEach(f -> values.put(f.area().code(), new Object[] { f.figure().lowerBound(), f.figure().display() }));
        return json.writeValueAsString(values);
    }

    @GetMapping("/situation")
    String overview(@RequestParam(required = false) String phenomenon, @RequestParam(required = false) String level,
            @RequestParam(required = false) Integer days, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model, Locale locale) {
        AreaLevel chosen = SituationPicture.level(level, AreaLevel.SUB_AREA);
        Period period = period(days, from, to);
        Views.Overview overview = picture.overview(chosen, null, phenomenon, period);
        common(model, days, period);
        model.addAttribute("overview", overview);
        model.addAttribute("level", chosen);
        model.addAttribute("phenomenon", overview.phenomenon());
        model.addAttribute("ranked", overview.areas().stream()
                .sorted(java.util.Comparator.comparingLong((Views.AreaFigure a) -> a.figure().lowerBound()).reversed()).toList());
        model.addAttribute("mapValues", mapValues(overview.areas()));
        model.addAttribute("chart", SvgChart.trend(overview.trend()));
        Views.EmergingRun run = emerging.run(chosen == AreaLevel.SMALL_AREA ? AreaLevel.SUB_AREA : chosen, null, emerging.currentPeriod(null), null);
        model.addAttribute("run", run);
        List<Views.EmergingResult> shown = run.significant().isEmpty() ? run.results().stream().limit(5).toList() : run.significant();
        model.addAttribute("emerging", shown);
        model.addAttribute("emergingSentences", shown.stream().map(r -> sentences.emerging(r, run, locale)).toList());
        Views.HotSpotRun hot = emerging.hotSpots(chosen == AreaLevel.SMALL_AREA ? AreaLevel.SUB_AREA : chosen, null,
                overview.phenomenon() == null ? null : overview.phenomenon().code(), emerging.currentPeriod(null), null);
        model.addAttribute("hotSpots", hot.significant().stream().limit(20).toList());
        model.addAttribute("hotSentences", hot.significant().stream().limit(20).map(h -> sentences.hotSpot(h, locale)).toList());
        model.addAttribute("hotRun", hot);
        return "situation/overview";
    }

    @GetMapping("/situation/areas/{code}")
    String area(@PathVariable String code, @RequestParam(required = false) Integer days, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        Period period = period(days, from, to);
        Views.AreaPicture area = picture.area(code, period);
        common(model, days, period);
        model.addAttribute("picture", area);
        model.addAttribute("area", area.area());
        model.addAttribute("ancestors", areas.getPath(area.area().code()).areas().stream().filter(a -> !a.code().equals(area.area().code())).toList());
        model.addAttribute("chart", SvgChart.trend(area.trend()));
        model.addAttribute("mapValues", mapValues(area.children()));
        model.addAttribute("childLevel", area.children().isEmpty() ? null : area.children().getFirst().area().level());
        SignalPage visible = signals.listSignals(new SignalFilter(area.area().code(), null,
                period.from().atStartOfDay(java.time.ZoneId.of("Europe/Helsinki")).toInstant(),
                period.to().plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/Helsinki")).toInstant(), null, null, null), 0, AREA_SIGNALS);
        model.addAttribute("signals", visible);
        model.addAttribute("phenomenonNames", phenomenonNames());
        model.addAttribute("assessments", assessments.listAssessments(area.area().code(), null, null, 20));
        return "situation/area";
    }

    private Map<String, fi.turvaverkko.signals.Phenomenon> phenomenonNames() {
        Map<String, fi.turvaverkko.signals.Phenomenon> names = new LinkedHashMap<>();
        phenomena.listPhenomena().forEach(p -> names.put(p.code(), p));
        return names;
    }

    @GetMapping("/situation/phenomena/{code}")
    String phenomenon(@PathVariable String code, @RequestParam(required = false) String level, @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        AreaLevel chosen = SituationPicture.level(level, AreaLevel.SUB_AREA);
        Period period = period(days, from, to);
        Views.PhenomenonPicture view = picture.phenomenon(code, chosen, null, period);
        common(model, days, period);
        model.addAttribute("view", view);
        model.addAttribute("level", chosen);
        model.addAttribute("mapValues", mapValues(view.areas()));
        model.addAttribute("chart", SvgChart.trend(view.trend()));
        model.addAttribute("assessments", assessments.listAssessments(null, view.phenomenon().code(), null, 20));
        return "situation/phenomenon";
    }

    // assessments -----------------------------------------------------------------------------------------------------

    @GetMapping("/situation/assessments/new")
    String newAssessment(@RequestParam(required = false) String area, @RequestParam(required = false) String phenomenon, Model model) {
        model.addAttribute("form", new AssessmentForm(phenomenon, area, "", "", "MEDIUM", "", "INTERNAL", List.of(), ""));
        return assessmentForm(model);
    }

    private String assessmentForm(Model model) {
        model.addAttribute("categories", phenomena.listCategories(false));
        model.addAttribute("confidences", Assessment.Confidence.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("shareOptions", shareOptions());
        return "situation/assessment-form";
    }

    record ShareOption(String code, String name) {
    }

    private List<ShareOption> shareOptions() {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        List<ShareOption> options = new java.util.ArrayList<>();
        organisations.organisationsByCode().forEach((code, o) -> options.add(new ShareOption(code, o.name(locale))));
        organisations.bodiesByCode().forEach((code, b) -> options.add(new ShareOption(code, b.name(locale))));
        return options;
    }

    record AssessmentForm(String phenomenon, String areaCode, String title, String text, String confidence, String recommendedMeasures,
            String classification, List<String> sharedWith, String legalBasis) implements java.io.Serializable {
    }

    @PostMapping("/situation/assessments")
    String writeAssessment(AssessmentForm form, Model model, RedirectAttributes redirect) {
        try {
            Assessment written = assessments.write(new Assessments.Draft(form.phenomenon(), form.areaCode(), form.title(), form.text(),
                    form.confidence() == null || form.confidence().isBlank() ? null : Assessment.Confidence.valueOf(form.confidence()),
                    form.recommendedMeasures(), Classification.find(form.classification()).orElse(null), form.sharedWith(), form.legalBasis()));
            redirect.addFlashAttribute("notice", "assessment.written");
            return written.areaCode() != null ? "redirect:/situation/areas/" + written.areaCode()
                    : written.phenomenonCode() != null ? "redirect:/situation/phenomena/" + written.phenomenonCode() : "redirect:/situation";
        } catch (InvalidInput e) {
            model.addAttribute("form", form);
            model.addAttribute("error", e);
            return assessmentForm(model);
        }
    }

    // snapshots -------------------------------------------------------------------------------------------------------

    @GetMapping("/situation/snapshots")
    String snapshots(Model model) {
        model.addAttribute("snapshots", snapshots.listSnapshots(200));
        model.addAttribute("mayPublish", Snapshots.mayPublish(user()));
        model.addAttribute("today", picture.today());
        return "situation/snapshots";
    }

    @PostMapping("/situation/snapshots")
    String publish(@RequestParam(required = false) String title, @RequestParam(required = false) String level,
            @RequestParam(required = false) Integer days, RedirectAttributes redirect) {
        try {
            Snapshot snapshot = snapshots.publish(title, SituationPicture.level(level, AreaLevel.SUB_AREA), null, days, null, List.of(), false);
            redirect.addFlashAttribute("notice", "snapshot.published-notice");
            return "redirect:/situation/snapshots/" + snapshot.id();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errorKey", e.messageKey() == null ? "snapshot.invalid.title" : e.messageKey());
            return "redirect:/situation/snapshots";
        }
    }

    @GetMapping("/situation/snapshots/{id}")
    String snapshot(@PathVariable long id, Model model, Locale locale) {
        Snapshot snapshot = snapshots.getSnapshot(id);
        model.addAttribute("snapshot", snapshot);
        Map<String, Snapshot.AreaName> areaNames = new LinkedHashMap<>();
        snapshot.content().areas().forEach(a -> areaNames.put(a.code(), a));
        Map<String, Snapshot.PhenomenonName> phenomenonNames = new LinkedHashMap<>();
        snapshot.content().phenomena().forEach(p -> phenomenonNames.put(p.code(), p));
        model.addAttribute("areaNames", areaNames);
        model.addAttribute("phenomenonNames", phenomenonNames);
        // totals by phenomenon and the five areas with most signals of each
        Map<String, Figure> totals = new LinkedHashMap<>();
        Map<String, List<Snapshot.Cell>> top = new LinkedHashMap<>();
        for (Snapshot.PhenomenonName p : snapshot.content().phenomena()) {
            List<Snapshot.Cell> cells = snapshot.content().cells().stream().filter(c -> c.phenomenon().equals(p.code())).toList();
            if (cells.isEmpty()) {
                continue;
            }
            long open = cells.stream().mapToLong(Snapshot.Cell::open).sum();
            long restricted = cells.stream().mapToLong(Snapshot.Cell::restricted).sum();
            totals.put(p.code(), snapshot.figure(open, restricted));
            top.put(p.code(), cells.stream().sorted(java.util.Comparator.comparingLong((Snapshot.Cell c) -> c.open() + c.restricted()).reversed())
                    .limit(5).toList());
        }
        model.addAttribute("totals", totals);
        model.addAttribute("top", top);
        model.addAttribute("mayLower", Snapshots.mayLower(user()) && snapshot.classification() != Classification.PUBLIC);
        model.addAttribute("lowerTo", java.util.Arrays.stream(Classification.values()).filter(c -> c.isLowerThan(snapshot.classification())).toList());
        return "situation/snapshot";
    }

    @PostMapping("/situation/snapshots/{id}/classification")
    String lower(@PathVariable long id, @RequestParam(required = false) String classification, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            snapshots.lower(id, Classification.find(classification).orElse(null), reason);
            redirect.addFlashAttribute("notice", "snapshot.lowered-notice");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
        }
        return "redirect:/situation/snapshots/" + id;
    }
}
