package fi.turvaverkko.situation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.platform.Enums;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.situation.Assessment;
import fi.turvaverkko.situation.Assessments;
import fi.turvaverkko.situation.EmergingPhenomena;
import fi.turvaverkko.situation.Figure;
import fi.turvaverkko.situation.Period;
import fi.turvaverkko.situation.SituationPicture;
import fi.turvaverkko.situation.Snapshot;
import fi.turvaverkko.situation.Snapshots;
import fi.turvaverkko.situation.Views;
import fi.turvaverkko.situation.internal.SnapshotRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Situational picture", description = "Counts by area, phenomenon and time from pre-aggregated rollups; emerging "
        + "phenomena and hot spots with false-discovery-rate control; assessments; published snapshots. Every count is a figure "
        + "under disclosure control: {value, display, includesRestricted, suppressed}; where it includes RESTRICTED signals the "
        + "reader may not see and those are fewer than 5, value is null and display is \"<5\" (or \"n + <5\").")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@RestController
@RequestMapping("/api/situation")
class SituationApiController {

    private final SituationPicture picture;
    private final EmergingPhenomena emerging;
    private final Assessments assessments;
    private final Snapshots snapshots;
    private final Sentences sentences;

    SituationApiController(SituationPicture picture, EmergingPhenomena emerging, Assessments assessments, Snapshots snapshots,
            Sentences sentences) {
        this.picture = picture;
        this.emerging = emerging;
        this.assessments = assessments;
        this.snapshots = snapshots;
        this.sentences = sentences;
    }

    record FigureJson(Long value, String display, boolean includesRestricted, boolean suppressed) {
        static FigureJson of(Figure figure) {
            return new FigureJson(figure.value(), figure.display(), figure.includesRestricted(), figure.suppressed());
        }
    }

    record AreaFigureJson(String areaCode, String areaName, FigureJson count, FigureJson previous) {
    }

    record PhenomenonFigureJson(String phenomenon, String name, FigureJson count, FigureJson previous) {
    }

    record TrendJson(LocalDate week, FigureJson count) {
    }

    record OverviewJson(String level, String municipality, String phenomenon, LocalDate from, LocalDate to, FigureJson total,
            List<AreaFigureJson> areas, List<PhenomenonFigureJson> phenomena, List<TrendJson> trend) {
    }

    record EmergingJson(String areaCode, String areaName, String phenomenon, String phenomenonName, Long observed, String observedDisplay,
            double expected, double pValue, double qValue, boolean significant, String sentence) {
    }

    record EmergingRunJson(String level, LocalDate from, LocalDate to, LocalDate baselineFrom, LocalDate baselineTo, int comparisons,
            double q, Instant computedAt, List<EmergingJson> results) {
    }

    record HotSpotJson(String areaCode, String areaName, String phenomenon, Long observed, String observedDisplay, int neighbours,
            double z, double pValue, double qValue, boolean significant, String sentence) {
    }

    record HotSpotRunJson(String level, LocalDate from, LocalDate to, int comparisons, double q, Instant computedAt, List<HotSpotJson> results) {
    }

    record AssessmentRequest(String phenomenon, String areaCode, String title, String text, String confidence, String recommendedMeasures,
            String classification, List<String> sharedWith, String legalBasis) {
    }

    record SnapshotRequest(String title, String level, String municipality, Integer days, Double q, List<String> sharedWith) {
    }

    record LowerRequest(String classification, String reason) {
    }

    static Locale locale(String lang) {
        if (lang != null && List.of("fi", "sv", "en").contains(lang)) {
            return Locale.of(lang);
        }
        return LocaleContextHolder.getLocale();
    }

    static LocalDate date(String name, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, name + " is a date like 2026-11-23; got '" + value + "'.");
        }
    }

    Period period(String from, String to, int defaultDays) {
        LocalDate end = date("to", to);
        LocalDate start = date("from", from);
        LocalDate last = end == null ? picture.today() : end;
        return new Period(start == null ? last.minusDays(defaultDays - 1L) : start, last);
    }

    @Operation(summary = "The city overview", description = "Counts by area of the level (default SUB_AREA) for one phenomenon (or all) "
            + "over from–to (dates; default the last 30 days), with the period before for comparison, totals by phenomenon, and the "
            + "weekly trend of the last two years.")
    @GetMapping
    OverviewJson overview(@RequestParam(required = false) String level, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String phenomenon, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String lang) {
        Locale locale = locale(lang);
        Views.Overview overview = picture.overview(SituationPicture.level(level, AreaLevel.SUB_AREA), municipality, phenomenon, period(from, to, 30));
        return new OverviewJson(overview.level().name(), overview.municipality(), overview.phenomenon() == null ? null : overview.phenomenon().code(),
                overview.period().from(), overview.period().to(), FigureJson.of(overview.total()),
                overview.areas().stream().map(a -> new AreaFigureJson(a.area().code(), a.area().name(locale), FigureJson.of(a.figure()),
                        FigureJson.of(a.previous()))).toList(),
                overview.phenomena().stream().map(p -> new PhenomenonFigureJson(p.phenomenon().code(), p.phenomenon().name(locale),
                        FigureJson.of(p.current()), FigureJson.of(p.previous()))).toList(),
                overview.trend().stream().map(t -> new TrendJson(t.week(), FigureJson.of(t.figure()))).toList());
    }

    @Operation(summary = "Emerging phenomena", description = "For each area of the level (default SUB_AREA) × phenomenon: the count of the "
            + "last `days` days (default 14) against the same area's 52 weeks before, over-dispersion taken into account (quasi-Poisson, "
            + "negative binomial, after Noufaily et al. 2013), a one-sided p-value and Benjamini–Hochberg q-values over every pair tested "
            + "(q default 0.05). Only tested pairs are listed, most significant first; `significantOnly=true` leaves the rest out.")
    @GetMapping("/emerging")
    EmergingRunJson emerging(@RequestParam(required = false) String level, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Integer days, @RequestParam(required = false) Double q,
            @RequestParam(defaultValue = "false") boolean significantOnly, @RequestParam(required = false) String lang) {
        Locale locale = locale(lang);
        Views.EmergingRun run = emerging.run(SituationPicture.level(level, AreaLevel.SUB_AREA), municipality, emerging.currentPeriod(days), q);
        return new EmergingRunJson(run.level().name(), run.period().from(), run.period().to(), run.baseline().from(), run.baseline().to(),
                run.comparisons(), run.q(), run.computedAt(),
                (significantOnly ? run.significant() : run.results()).stream().map(r -> new EmergingJson(r.area().code(), r.area().name(locale),
                        r.phenomenon().code(), r.phenomenon().name(locale), r.observed().value(), r.observed().display(),
                        round(r.expected(), 2), r.pValue(), r.qValue(), r.significant(), sentences.emerging(r, run, locale))).toList());
    }

    @Operation(summary = "Hot spots", description = "Getis-Ord Gi* of each phenomenon's counts over the areas of the level (default "
            + "SUB_AREA) in from–to (default the last 14 days), queen contiguity from the polygons, one-sided (high), Benjamini–Hochberg "
            + "over every area × phenomenon of the run.")
    @GetMapping("/hotspots")
    HotSpotRunJson hotSpots(@RequestParam(required = false) String level, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String phenomenon, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Double q,
            @RequestParam(defaultValue = "true") boolean significantOnly, @RequestParam(required = false) String lang) {
        Locale locale = locale(lang);
        Views.HotSpotRun run = emerging.hotSpots(SituationPicture.level(level, AreaLevel.SUB_AREA), municipality, phenomenon, period(from, to, 14), q);
        return new HotSpotRunJson(run.level().name(), run.period().from(), run.period().to(), run.comparisons(), run.q(), run.computedAt(),
                (significantOnly ? run.significant() : run.results()).stream().map(h -> new HotSpotJson(h.area().code(), h.area().name(locale),
                        h.phenomenon().code(), h.observed().value(), h.observed().display(), h.neighbours(), round(h.z(), 3), h.pValue(),
                        h.qValue(), h.significant(), sentences.hotSpot(h, locale))).toList());
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    @Operation(summary = "Assessments the reader may see", description = "Of an area (and the areas above it) and a phenomenon, newest first.")
    @GetMapping("/assessments")
    List<Assessment> listAssessments(@RequestParam(required = false) String area, @RequestParam(required = false) String phenomenon,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidInput("limit", "limit is from 1 to 500.");
        }
        return assessments.listAssessments(area, phenomenon, null, limit);
    }

    @Operation(summary = "Write an assessment", description = "Analysts and coordinators: phenomenon (code, optional), areaCode (optional), "
            + "title, text, confidence (LOW, MEDIUM, HIGH), recommendedMeasures, classification (default INTERNAL), sharedWith (codes; "
            + "required for RESTRICTED), legalBasis.")
    @PostMapping(path = "/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Assessment> writeAssessment(@RequestBody AssessmentRequest request) {
        Assessment.Confidence confidence = request.confidence() == null ? null : Enums.parse(Assessment.Confidence.class, "confidence", request.confidence());
        Classification classification = request.classification() == null ? null : Classification.find(request.classification())
                .orElseThrow(() -> new InvalidInput("classification", "classification must be PUBLIC, INTERNAL or RESTRICTED."));
        Assessment written = assessments.write(new Assessments.Draft(request.phenomenon(), request.areaCode(), request.title(), request.text(),
                confidence, request.recommendedMeasures(), classification, request.sharedWith(), request.legalBasis()));
        return ResponseEntity.status(HttpStatus.CREATED).body(written);
    }

    @GetMapping("/assessments/{id}")
    Assessment assessment(@PathVariable long id) {
        return assessments.getAssessment(id);
    }

    @Operation(summary = "Published snapshots the reader may see", description = "Newest first, without their content.")
    @GetMapping("/snapshots")
    List<SnapshotRepository.Summary> listSnapshots() {
        return snapshots.listSnapshots(200);
    }

    @Operation(summary = "Publish the situational picture", description = "Analysts and coordinators: freezes the counts by area "
            + "(level, default SUB_AREA) and phenomenon of the last `days` days (default 14), the emerging-phenomena run, the significant "
            + "hot spots and the assessments of the last 90 days into an immutable snapshot. Its classification is the highest of its "
            + "contents; sharedWith adds organisations or bodies to a RESTRICTED snapshot's sharing list.")
    @PostMapping(path = "/snapshots", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Snapshot> publish(@RequestBody SnapshotRequest request) {
        Snapshot snapshot = snapshots.publish(request.title(), SituationPicture.level(request.level(), AreaLevel.SUB_AREA), request.municipality(),
                request.days(), request.q(), request.sharedWith(), false);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/situation/snapshots/" + snapshot.id()).body(snapshot);
    }

    @Operation(summary = "One snapshot", description = "With its frozen content. Counts are in two parts, open and restricted; a reader "
            + "of a lowered snapshot must apply disclosure control (the pages do).")
    @GetMapping("/snapshots/{id}")
    Snapshot snapshot(@PathVariable long id) {
        Snapshot snapshot = snapshots.getSnapshot(id);
        if (snapshot.classification() == Classification.RESTRICTED) {
            return snapshot;
        }
        // a lowered snapshot: the restricted parts go under disclosure control before they leave the server
        var content = snapshot.content();
        var cells = content.cells().stream().map(c -> safe(c.open(), c.restricted(), (open, restricted) ->
                new Snapshot.Cell(c.area(), c.phenomenon(), open, restricted))).toList();
        var items = content.emerging().results().stream().map(e -> safe(e.open(), e.restricted(), (open, restricted) ->
                new Snapshot.EmergingItem(e.area(), e.phenomenon(), open, restricted, e.expected(), e.pValue(), e.qValue(), e.significant()))).toList();
        var hot = content.hotSpots().results().stream().map(h -> safe(h.open(), h.restricted(), (open, restricted) ->
                new Snapshot.HotSpotItem(h.area(), h.phenomenon(), open, restricted, h.z(), h.pValue(), h.qValue()))).toList();
        var safeContent = new Snapshot.Content(content.municipality(), content.level(), content.from(), content.to(), content.areas(),
                content.phenomena(), cells, new Snapshot.Emerging(content.emerging().currentFrom(), content.emerging().currentTo(),
                        content.emerging().baselineFrom(), content.emerging().baselineTo(), content.emerging().comparisons(),
                        content.emerging().q(), items),
                new Snapshot.HotSpots(content.hotSpots().comparisons(), content.hotSpots().q(), hot),
                content.assessments().stream().filter(a -> a.classification() != Classification.RESTRICTED).toList());
        return new Snapshot(snapshot.id(), snapshot.title(), snapshot.period(), snapshot.level(), snapshot.classification(),
                snapshot.computedClassification(), snapshot.loweredReason(), snapshot.loweredAt(), snapshot.ownerOrganisationId(),
                snapshot.sharedOrganisations(), snapshot.sharedBodies(), snapshot.publishedBy(), snapshot.publishedAt(), snapshot.demo(),
                snapshot.contentHash(), safeContent);
    }

    /** A restricted part of 1–4 is not given (-1 stands for "<5"); 5 or more is. */
    static <T> T safe(long open, long restricted, java.util.function.BiFunction<Long, Long, T> make) {
        return restricted > 0 && restricted < Figure.THRESHOLD ? make.apply(open, -1L) : make.apply(open, restricted);
    }

    @Operation(summary = "Lower a snapshot's classification", description = "Coordinators, with a reason (10–1,000 characters); audited.")
    @PostMapping(path = "/snapshots/{id}/classification", consumes = MediaType.APPLICATION_JSON_VALUE)
    Snapshot lower(@PathVariable long id, @RequestBody LowerRequest request) {
        Classification to = request.classification() == null ? null : Classification.find(request.classification())
                .orElseThrow(() -> new InvalidInput("classification", "classification must be PUBLIC, INTERNAL or RESTRICTED."));
        snapshots.lower(id, to, request.reason());
        return snapshot(id);
    }
}
