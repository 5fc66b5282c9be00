package fi.turvaverkko.situation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.access.AccessPolicy;
import fi.turvaverkko.access.Classification;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.access.Role;
import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.audit.AuditTrail;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.platform.Forbidden;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.NotFound;
import fi.turvaverkko.signals.Phenomena;
import fi.turvaverkko.signals.SignalCounts;
import fi.turvaverkko.signals.SignalsProperties;
import fi.turvaverkko.situation.Views.EmergingRun;
import fi.turvaverkko.situation.Views.HotSpotRun;
import fi.turvaverkko.situation.internal.SnapshotRepository;

/**
 * "Publish the situational picture": the counts by area and phenomenon of a period, the emerging-phenomena run, the
 * significant hot spots and the assessments of the last 90 days that the publisher may see, frozen into a dated
 * snapshot. Its classification is the highest of its contents: RESTRICTED when any count includes RESTRICTED signals
 * or a RESTRICTED assessment is in it, shared then with the organisations whose signals are restricted by default and
 * those they are shared with (the police, child welfare, the Safety and Preparedness Unit), the publisher's
 * organisation and whoever the publisher adds. A coordinator can lower it, with a reason (audited); after that every
 * count with RESTRICTED signals in it is under disclosure control.
 */
@Service
public class Snapshots {

    static final int ASSESSMENT_DAYS = 90;

    private final SnapshotRepository snapshots;
    private final SituationPicture picture;
    private final EmergingPhenomena emerging;
    private final Assessments assessments;
    private final SignalCounts counts;
    private final Phenomena phenomena;
    private final Areas areas;
    private final Organisations organisations;
    private final SignalsProperties signalSettings;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    Snapshots(SnapshotRepository snapshots, SituationPicture picture, EmergingPhenomena emerging, Assessments assessments,
            SignalCounts counts, Phenomena phenomena, Areas areas, Organisations organisations, SignalsProperties signalSettings,
            AccessPolicy policy, AuditTrail audit) {
        this.snapshots = snapshots;
        this.picture = picture;
        this.emerging = emerging;
        this.assessments = assessments;
        this.counts = counts;
        this.phenomena = phenomena;
        this.areas = areas;
        this.organisations = organisations;
        this.signalSettings = signalSettings;
        this.policy = policy;
        this.audit = audit;
    }

    public static boolean mayPublish(CurrentUser user) {
        return user.has(Role.ANALYST) || user.has(Role.COORDINATOR);
    }

    public static boolean mayLower(CurrentUser user) {
        return user.has(Role.COORDINATOR);
    }

    @Transactional
    public Snapshot publish(String title, AreaLevel level, String municipality, Integer days, Double q, List<String> sharedWith, boolean demo) {
        CurrentUser user = picture.reader();
        if (!mayPublish(user)) {
            throw new Forbidden("Only analysts and coordinators publish the situational picture.");
        }
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > 200) {
            throw new InvalidInput("title", "snapshot.invalid.title", "A snapshot needs a title of at most 200 characters.");
        }
        String place = picture.municipality(municipality);
        Period period = emerging.currentPeriod(days);
        EmergingRun run = emerging.run(level, place, period, q);
        HotSpotRun hot = emerging.hotSpots(level, place, null, period, q);

        List<Snapshot.Cell> cells = new ArrayList<>();
        Map<String, long[]> split = new java.util.HashMap<>();
        for (var cell : counts.byArea(level, place, Set.of(), period.from(), period.to(), SignalCounts.ANY_SIGNED_IN)) {
            if (cell.total() > 0) {
                cells.add(new Snapshot.Cell(cell.areaCode(), code(cell.phenomenonId()), cell.visible(), cell.hidden()));
                split.put(cell.areaCode() + "|" + code(cell.phenomenonId()), new long[] { cell.visible(), cell.hidden() });
            }
        }
        boolean restricted = cells.stream().anyMatch(c -> c.restricted() > 0);
        List<Snapshot.EmergingItem> emergingItems = run.results().stream()
                .filter(r -> r.significant() || r.pValue() < 0.05)
                .limit(200)
                .map(r -> {
                    long[] parts = split.getOrDefault(r.area().code() + "|" + r.phenomenon().code(), new long[2]);
                    return new Snapshot.EmergingItem(r.area().code(), r.phenomenon().code(), parts[0], parts[1], r.expected(), r.pValue(),
                            r.qValue(), r.significant());
                }).toList();
        List<Snapshot.HotSpotItem> hotItems = hot.significant().stream().map(h -> {
            long[] parts = split.getOrDefault(h.area().code() + "|" + h.phenomenon().code(), new long[2]);
            return new Snapshot.HotSpotItem(h.area().code(), h.phenomenon().code(), parts[0], parts[1], h.z(), h.pValue(), h.qValue());
        }).toList();
        List<Snapshot.AssessmentItem> assessmentItems = assessments.listAssessments(null, null,
                Instant.now().minus(java.time.Duration.ofDays(ASSESSMENT_DAYS)), 100).stream()
                .map(a -> new Snapshot.AssessmentItem(a.id(), a.phenomenonCode(), a.areaCode(), a.title(), a.text(), a.confidence().name(),
                        a.recommendedMeasures(), a.classification(), a.writtenAt()))
                .toList();
        restricted |= assessmentItems.stream().anyMatch(a -> a.classification() == Classification.RESTRICTED);
        Classification classification = restricted ? Classification.RESTRICTED : Classification.INTERNAL;

        List<Snapshot.AreaName> areaNames = areas.listAreas(place, level).stream()
                .map((Area a) -> new Snapshot.AreaName(a.code(), a.nameFi(), a.nameSv())).toList();
        List<Snapshot.PhenomenonName> phenomenonNames = phenomena.listPhenomena().stream()
                .map(p -> new Snapshot.PhenomenonName(p.code(), p.nameFi(), p.nameSv(), p.nameEn())).toList();
        Snapshot.Content content = new Snapshot.Content(place, level.name(), period.from(), period.to(), areaNames, phenomenonNames, cells,
                new Snapshot.Emerging(run.period().from(), run.period().to(), run.baseline().from(), run.baseline().to(), run.comparisons(),
                        run.q(), emergingItems),
                new Snapshot.HotSpots(hot.comparisons(), hot.q(), hotItems), assessmentItems);
        String contentJson = snapshots.toJson(content);

        Long owner = assessments.organisationOf(user);
        List<Long> shareOrganisations = new ArrayList<>();
        List<Long> shareBodies = new ArrayList<>();
        if (classification == Classification.RESTRICTED) {
            Set<String> codes = new LinkedHashSet<>(signalSettings.restrictedSharedWith());
            codes.addAll(signalSettings.restrictedSources());
            var known = organisations.organisationsByCode();
            var bodies = organisations.bodiesByCode();
            codes.removeIf(code -> !known.containsKey(code) && !bodies.containsKey(code));
            if (sharedWith != null) {
                codes.addAll(sharedWith);
            }
            Sharing sharing = Sharing.of(new ArrayList<>(codes), organisations);
            shareOrganisations.addAll(sharing.organisations());
            shareBodies.addAll(sharing.bodies());
        }
        long id = snapshots.insert(cleanTitle, period, level.name(), contentJson, sha256(contentJson), classification, owner,
                shareOrganisations, shareBodies, user.id(), demo);
        audit.record(user.username(), user.id(), "situation.snapshot-published", "situation.snapshot", String.valueOf(id),
                classification.name(), cleanTitle + " (" + period.from() + "–" + period.to() + ", " + level + ", "
                        + run.significant().size() + " emerging, " + hotItems.size() + " hot spots)");
        return snapshots.find(id, policy.visibility(Optional.of(user))).orElseThrow();
    }

    private String code(int phenomenonId) {
        return phenomena.findPhenomenon(phenomenonId).map(p -> p.code()).orElse(String.valueOf(phenomenonId));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A snapshot the reader may see (404 otherwise); reading a RESTRICTED one is audited. */
    @Transactional
    public Snapshot getSnapshot(long id) {
        CurrentUser user = picture.reader();
        Snapshot snapshot = snapshots.find(id, policy.visibility(Optional.of(user)))
                .orElseThrow(() -> new NotFound("There is no snapshot " + id + " that you may see."));
        if (snapshot.classification() == Classification.RESTRICTED) {
            audit.recordRead(user.username(), user.id(), "situation.snapshot", String.valueOf(id), Classification.RESTRICTED.name());
        }
        return snapshot;
    }

    @Transactional(readOnly = true)
    public List<SnapshotRepository.Summary> listSnapshots(int limit) {
        CurrentUser user = picture.reader();
        return snapshots.list(policy.visibility(Optional.of(user)), limit);
    }

    /** A published snapshot as other modules list it to choose one (e.g. for a status review): no content. */
    public record Choice(long id, String title, Period period, String level, Classification classification, Instant publishedAt) {
    }

    /** The snapshots the reader may see, newest first, for choosing one. */
    @Transactional(readOnly = true)
    public List<Choice> listChoices(int limit) {
        return listSnapshots(limit).stream()
                .map(s -> new Choice(s.id(), s.title(), s.period(), s.level(), s.classification(), s.publishedAt())).toList();
    }

    /** Lowers a snapshot's classification (coordinators, with a reason); its counts then go under disclosure control. */
    @Transactional
    public Snapshot lower(long id, Classification to, String reason) {
        CurrentUser user = picture.reader();
        if (!mayLower(user)) {
            throw new Forbidden("Only coordinators lower the classification of a snapshot.");
        }
        Snapshot snapshot = snapshots.find(id, policy.visibility(Optional.of(user)))
                .orElseThrow(() -> new NotFound("There is no snapshot " + id + " that you may see."));
        if (to == null || !to.isLowerThan(snapshot.classification())) {
            throw new InvalidInput("classification", "snapshot.invalid.not-lower", "The new classification must be lower than "
                    + snapshot.classification() + ".");
        }
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.length() < 10 || cleanReason.length() > 1000) {
            throw new InvalidInput("reason", "snapshot.invalid.reason", "Say why the classification can be lowered (10–1,000 characters).");
        }
        snapshots.lower(id, to, cleanReason, user.id());
        audit.record(user.username(), user.id(), "situation.snapshot-lowered", "situation.snapshot", String.valueOf(id), to.name(),
                snapshot.classification() + " → " + to + ": " + cleanReason);
        return snapshots.find(id, policy.visibility(Optional.of(user))).orElseThrow();
    }
}
