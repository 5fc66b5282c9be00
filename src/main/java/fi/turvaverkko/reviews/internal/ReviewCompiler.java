package fi.turvaverkko.reviews.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.meetings.Meetings;
import fi.turvaverkko.meetings.Views.TaskView;
import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.BodyType;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.plans.ActionFilter;
import fi.turvaverkko.plans.ActionState;
import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.Views.ActionChange;
import fi.turvaverkko.plans.Views.ActionView;
import fi.turvaverkko.plans.Views.Escalation;
import fi.turvaverkko.plans.Views.FocusAreaView;
import fi.turvaverkko.plans.Views.IndicatorSeries;
import fi.turvaverkko.plans.Views.IndicatorView;
import fi.turvaverkko.plans.Views.PlanView;
import fi.turvaverkko.reviews.ReviewContent;
import fi.turvaverkko.reviews.ReviewContent.ActionLine;
import fi.turvaverkko.reviews.ReviewContent.AreaCount;
import fi.turvaverkko.reviews.ReviewContent.AttentionLine;
import fi.turvaverkko.reviews.ReviewContent.ChangeLine;
import fi.turvaverkko.reviews.ReviewContent.EmergingLine;
import fi.turvaverkko.reviews.ReviewContent.FocusAreaLine;
import fi.turvaverkko.reviews.ReviewContent.HotSpotLine;
import fi.turvaverkko.reviews.ReviewContent.IndicatorPart;
import fi.turvaverkko.reviews.ReviewContent.PhenomenonCount;
import fi.turvaverkko.reviews.ReviewContent.PlanPart;
import fi.turvaverkko.reviews.ReviewContent.Progress;
import fi.turvaverkko.reviews.ReviewContent.RestrictedItem;
import fi.turvaverkko.reviews.ReviewContent.SnapshotPart;
import fi.turvaverkko.reviews.ReviewContent.StateCount;
import fi.turvaverkko.reviews.ReviewContent.TaskLine;
import fi.turvaverkko.reviews.ReviewContent.ValuePoint;
import fi.turvaverkko.reviews.ReviewSettings;
import fi.turvaverkko.reviews.internal.ReviewRepository.Compiled;
import fi.turvaverkko.signals.SignalsProperties;
import fi.turvaverkko.situation.Figure;
import fi.turvaverkko.situation.Snapshot;

/**
 * Gathers a review's content from the other modules, as the compiling coordinator may see it (every module filters by
 * its reader in SQL), with names in the review's language, and works out its classification: the most restricted
 * content in it, at least INTERNAL. A RESTRICTED review is shared with the organisations and bodies that may read every
 * restricted item in it (the intersection of their readers), besides the preparer's organisation, which owns it.
 */
@Component
public class ReviewCompiler {

    static final int MAX_CHANGES = 200;
    static final int MAX_TASKS = 200;
    /** How many open tasks are read to tell how many were left out. */
    static final int TASKS_READ = 1000;
    static final int MAX_EMERGING = 15;
    static final int MAX_HOT_SPOTS = 15;
    static final int MAX_PHENOMENA = 10;

    private final Plans plans;
    private final Meetings meetings;
    private final Organisations organisations;
    private final SignalsProperties signalSettings;
    private final Clock clock;

    ReviewCompiler(Plans plans, Meetings meetings, Organisations organisations, SignalsProperties signalSettings) {
        this.plans = plans;
        this.meetings = meetings;
        this.organisations = organisations;
        this.signalSettings = signalSettings;
        this.clock = Clock.system(Formats.HELSINKI);
    }

    /** Who may read a restricted item: organisations and bodies by id. */
    record Readers(Set<Long> organisations, Set<Long> bodies) {
    }

    /** The restricted items met while compiling, and who may read each. */
    private static final class Restricted {
        final List<RestrictedItem> items = new ArrayList<>();
        final List<Readers> readers = new ArrayList<>();

        void add(String kind, long id, String label, Readers who) {
            if (items.stream().noneMatch(i -> i.kind().equals(kind) && i.id() == id)) {
                items.add(new RestrictedItem(kind, id, label));
                readers.add(who);
            }
        }
    }

    /**
     * The content for the settings. {@code snapshot} is the chosen snapshot (already checked to be visible) or null;
     * {@code since} is when the plan's last published review was compiled (null: none, changes are then counted from the
     * start of the period).
     */
    public Compiled compile(ReviewSettings settings, PlanView plan, Snapshot snapshot, Instant since, CurrentUser user, Long owner) {
        Locale locale = settings.language().locale();
        Restricted restricted = new Restricted();
        Map<Long, Organisation> organisationsById = organisations.listOrganisations().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity(), (a, b) -> a));
        Map<Long, Body> bodiesById = organisations.listBodies().stream().collect(Collectors.toMap(Body::id, Function.identity(), (a, b) -> a));
        Function<Long, String> organisationName = id -> id == null ? "–"
                : organisationsById.containsKey(id) ? organisationsById.get(id).name(locale) : "#" + id;

        if (plan.classification() == Classification.RESTRICTED) {
            restricted.add("plan", plan.id(), plan.title(locale), new Readers(ids(plan.ownerOrganisationId()), Set.of()));
        }
        String ownerBody = plan.ownerBodyId() == null || !bodiesById.containsKey(plan.ownerBodyId()) ? null
                : bodiesById.get(plan.ownerBodyId()).name(locale);
        PlanPart planPart = new PlanPart(plan.id(), plan.title(locale), plan.level().name(), plan.periodStart(), plan.periodEnd(),
                plan.state().name(), plan.decisionReference(), ownerBody, plan.cadence().name(), plan.classification());

        // actions -----------------------------------------------------------------------------------------------------
        List<FocusAreaView> focusAreas = plans.listFocusAreas(plan.id());
        Map<Long, FocusAreaView> focusById = new LinkedHashMap<>();
        focusAreas.forEach(f -> focusById.put(f.id(), f));
        for (FocusAreaView focus : focusAreas) {
            if (focus.classification() == Classification.RESTRICTED) {
                // the focus area's sharing list is not in its view: only the review's owner is sure to be a reader
                restricted.add("focus-area", focus.id(), focus.title(locale), new Readers(Set.of(), Set.of()));
            }
        }
        List<ActionView> actions = plans.listActions(ActionFilter.ofPlan(plan.id()));
        Map<Long, ActionView> actionsById = new HashMap<>();
        List<ActionLine> lines = new ArrayList<>(actions.size());
        for (ActionView action : actions) {
            actionsById.put(action.id(), action);
            FocusAreaView focus = focusById.get(action.focusAreaId());
            lines.add(new ActionLine(action.id(), action.title(locale), focus == null ? "–" : focus.title(locale),
                    organisationName.apply(action.responsibleOrganisationId()), action.state(), action.progress(), action.startsOn(),
                    action.endsOn(), action.reportedUntil(), action.overdue(), action.classification()));
            if (action.classification() == Classification.RESTRICTED) {
                Set<Long> readers = new HashSet<>(action.partnerOrganisationIds());
                readers.add(action.responsibleOrganisationId());
                restricted.add("action", action.id(), action.title(locale), new Readers(readers, Set.of()));
            }
        }
        List<StateCount> byState = new ArrayList<>();
        for (ActionState state : ActionState.values()) {
            byState.add(new StateCount(state, (int) actions.stream().filter(a -> a.state() == state).count()));
        }
        List<FocusAreaLine> focusLines = new ArrayList<>();
        for (FocusAreaView focus : focusAreas) {
            List<ActionView> of = actions.stream().filter(a -> a.focusAreaId() == focus.id()).toList();
            focusLines.add(new FocusAreaLine(focus.id(), focus.title(locale), of.size(),
                    (int) of.stream().filter(a -> a.state() == ActionState.COMPLETED).count(),
                    (int) of.stream().filter(a -> a.state() == ActionState.DELAYED).count(),
                    (int) of.stream().filter(ActionView::overdue).count(), average(of)));
        }
        List<ActionLine> overdue = lines.stream().filter(ActionLine::overdue)
                .sorted(Comparator.comparing(ActionLine::reportedUntil, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        List<AttentionLine> attention = new ArrayList<>();
        for (Escalation escalation : plans.listEscalations(plan.id())) {
            ActionView action = escalation.action();
            attention.add(new AttentionLine(action.id(), action.title(locale), organisationName.apply(action.responsibleOrganisationId()),
                    action.state(), action.progress(), escalation.reasons().stream().map(Enum::name).toList()));
        }
        boolean sinceLastReview = since != null;
        Instant from = since != null ? since : settings.from().atStartOfDay(Formats.HELSINKI).toInstant();
        Map<Long, List<ActionChange>> changesByAction = new LinkedHashMap<>();
        for (ActionChange change : plans.listChangesSince(plan.id(), from)) {
            changesByAction.computeIfAbsent(change.actionId(), k -> new ArrayList<>()).add(change);
        }
        List<ChangeLine> changes = new ArrayList<>();
        changesByAction.forEach((actionId, list) -> {
            ActionChange last = list.getLast();
            ActionView action = actionsById.get(actionId);
            if (action != null) {
                changes.add(new ChangeLine(actionId, action.title(locale), last.changedAt(), last.state(), last.progress(), list.size()));
            }
        });
        changes.sort(Comparator.comparing(ChangeLine::lastChangedAt).reversed());
        int changesOmitted = Math.max(0, changes.size() - MAX_CHANGES);
        Progress progress = new Progress(actions.size(), byState, average(actions), focusLines, overdue, attention,
                List.copyOf(changes.subList(0, Math.min(changes.size(), MAX_CHANGES))), changesOmitted);

        // indicators --------------------------------------------------------------------------------------------------
        Readers signalReaders = signalReaders();
        List<IndicatorPart> indicators = new ArrayList<>();
        for (IndicatorView indicator : plans.listIndicators(plan.id())) {
            IndicatorSeries series = plans.getSeries(indicator.id());
            List<ValuePoint> values = series.values().stream()
                    .filter(v -> !v.periodStart().isAfter(settings.to()))
                    .map(v -> new ValuePoint(v.periodStart(), v.periodEnd(), v.value(), v.shown() != null ? v.shown()
                            : v.value() == null ? null : v.value().stripTrailingZeros().toPlainString()))
                    .toList();
            boolean includesRestricted = series.values().stream().anyMatch(v -> v.includesRestricted() && v.value() != null);
            if (includesRestricted) {
                restricted.add("indicator", indicator.id(), indicator.name(locale), signalReaders);
            }
            String scope = null;
            if (indicator.actionId() != null && actionsById.containsKey(indicator.actionId())) {
                scope = actionsById.get(indicator.actionId()).title(locale);
            } else if (indicator.focusAreaId() != null && focusById.containsKey(indicator.focusAreaId())) {
                scope = focusById.get(indicator.focusAreaId()).title(locale);
            }
            indicators.add(new IndicatorPart(indicator.id(), indicator.name(locale), indicator.unit(), indicator.direction().name(),
                    indicator.source().name(), scope, indicator.baselineValue(), indicator.baselineDate(), indicator.targetValue(),
                    indicator.targetDate(), values, series.standing().name(), series.values().stream().anyMatch(v -> v.includesRestricted())));
        }

        // the situational picture -------------------------------------------------------------------------------------
        SnapshotPart snapshotPart = snapshot == null ? null : snapshot(snapshot, locale);
        if (snapshot != null && snapshot.classification() == Classification.RESTRICTED) {
            Set<Long> readers = new HashSet<>(snapshot.sharedOrganisations());
            if (snapshot.ownerOrganisationId() != null) {
                readers.add(snapshot.ownerOrganisationId());
            }
            restricted.add("snapshot", snapshot.id(), snapshot.title(), new Readers(readers, Set.copyOf(snapshot.sharedBodies())));
        }

        // the open follow-up tasks of the bodies that steer and follow the plan ----------------------------------------
        Set<Long> followers = followingBodies(plan, bodiesById.values());
        List<TaskView> open = meetings.listOpenTasks(TASKS_READ).stream().filter(t -> followers.contains(t.bodyId())).toList();
        LocalDate today = LocalDate.now(clock);
        List<TaskLine> tasks = new ArrayList<>();
        for (TaskView task : open.subList(0, Math.min(open.size(), MAX_TASKS))) {
            String assignee = task.assigneePersonId() != null
                    ? organisations.findPerson(task.assigneePersonId()).map(p -> p.fullName()).orElse("–")
                    : organisationName.apply(task.assigneeOrganisationId());
            String body = bodiesById.containsKey(task.bodyId()) ? bodiesById.get(task.bodyId()).name(locale) : "#" + task.bodyId();
            tasks.add(new TaskLine(task.id(), body, task.title(), assignee, task.dueDate(), task.status().name(), task.overdue(today),
                    task.classification()));
            if (task.classification() == Classification.RESTRICTED) {
                Set<Long> readers = new HashSet<>(task.sharedOrganisations());
                if (task.ownerOrganisationId() != null) {
                    readers.add(task.ownerOrganisationId());
                }
                restricted.add("task", task.id(), task.title(), new Readers(readers, Set.copyOf(task.sharedBodies())));
            }
        }
        int tasksOmitted = Math.max(0, open.size() - MAX_TASKS);

        ReviewContent content = new ReviewContent(Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS), user.displayName(), today, from, sinceLastReview, planPart, progress,
                indicators, snapshotPart, tasks, tasksOmitted, lines, restricted.items);
        return classify(content, restricted, owner);
    }

    /**
     * The bodies whose tasks belong in a review of the plan: its owner body, and the management group, the leadership
     * meetings and the expert group of its municipality; for an area plan also the area networks of its area. (Other
     * bodies, such as the steering group for children and youth, have their own follow-up.)
     */
    static Set<Long> followingBodies(PlanView plan, java.util.Collection<Body> bodies) {
        Set<Long> ids = new HashSet<>();
        if (plan.ownerBodyId() != null) {
            ids.add(plan.ownerBodyId());
        }
        for (Body body : bodies) {
            boolean sameMunicipality = body.municipalityCode() == null || body.municipalityCode().equals(plan.municipality());
            boolean steering = body.type() == BodyType.MANAGEMENT_GROUP || body.type() == BodyType.LEADERSHIP_MEETING
                    || body.type() == BodyType.EXPERT_GROUP;
            boolean areaNetwork = body.type() == BodyType.AREA_NETWORK && plan.areaCode() != null && body.areaCode() != null
                    && (body.areaCode().startsWith(plan.areaCode()) || plan.areaCode().startsWith(body.areaCode()));
            if (sameMunicipality && (steering || areaNetwork)) {
                ids.add(body.id());
            }
        }
        return ids;
    }

    private static Set<Long> ids(Long id) {
        return id == null ? Set.of() : Set.of(id);
    }

    private static int average(List<ActionView> actions) {
        return actions.isEmpty() ? 0 : (int) Math.round(actions.stream().mapToInt(ActionView::progress).average().orElse(0));
    }

    /** Who may read RESTRICTED signals by default: their usual sources and those they are shared with. */
    private Readers signalReaders() {
        Set<String> codes = new LinkedHashSet<>(signalSettings.restrictedSources());
        codes.addAll(signalSettings.restrictedSharedWith());
        var byCode = organisations.organisationsByCode();
        var bodies = organisations.bodiesByCode();
        Set<Long> organisationIds = new HashSet<>();
        Set<Long> bodyIds = new HashSet<>();
        for (String code : codes) {
            if (byCode.containsKey(code)) {
                organisationIds.add(byCode.get(code).id());
            } else if (bodies.containsKey(code)) {
                bodyIds.add(bodies.get(code).id());
            }
        }
        return new Readers(organisationIds, bodyIds);
    }

    /** At least INTERNAL; RESTRICTED with the intersection of the readers of its restricted items. */
    static Compiled classify(ReviewContent content, Restricted restricted, Long owner) {
        if (restricted.items.isEmpty()) {
            return new Compiled(content, Classification.INTERNAL, owner, List.of(), List.of());
        }
        Set<Long> organisationIds = null;
        Set<Long> bodyIds = null;
        for (Readers readers : restricted.readers) {
            organisationIds = organisationIds == null ? new HashSet<>(readers.organisations()) : retain(organisationIds, readers.organisations());
            bodyIds = bodyIds == null ? new HashSet<>(readers.bodies()) : retain(bodyIds, readers.bodies());
        }
        if (owner != null) {
            organisationIds.remove(owner);
        }
        return new Compiled(content, Classification.RESTRICTED, owner, organisationIds.stream().sorted().toList(), bodyIds.stream().sorted().toList());
    }

    private static Set<Long> retain(Set<Long> set, Set<Long> other) {
        set.retainAll(other);
        return set;
    }

    private static SnapshotPart snapshot(Snapshot snapshot, Locale locale) {
        Snapshot.Content content = snapshot.content();
        Map<String, String> areaNames = new HashMap<>();
        content.areas().forEach(a -> areaNames.put(a.code(), a.name(locale)));
        Map<String, String> phenomenonNames = new HashMap<>();
        content.phenomena().forEach(p -> phenomenonNames.put(p.code(), p.name(locale)));
        Map<String, long[]> byArea = new LinkedHashMap<>();
        Map<String, long[]> byPhenomenon = new LinkedHashMap<>();
        long open = 0;
        long hidden = 0;
        for (Snapshot.Cell cell : content.cells()) {
            long[] a = byArea.computeIfAbsent(cell.area(), k -> new long[2]);
            a[0] += cell.open();
            a[1] += cell.restricted();
            long[] p = byPhenomenon.computeIfAbsent(cell.phenomenon(), k -> new long[2]);
            p[0] += cell.open();
            p[1] += cell.restricted();
            open += cell.open();
            hidden += cell.restricted();
        }
        List<AreaCount> areas = new ArrayList<>();
        byArea.forEach((code, parts) -> {
            Figure figure = snapshot.figure(parts[0], parts[1]);
            areas.add(new AreaCount(code, areaNames.getOrDefault(code, code), figure.lowerBound(), figure.display()));
        });
        List<PhenomenonCount> phenomena = new ArrayList<>();
        byPhenomenon.forEach((code, parts) -> {
            Figure figure = snapshot.figure(parts[0], parts[1]);
            phenomena.add(new PhenomenonCount(code, phenomenonNames.getOrDefault(code, code), figure.lowerBound(), figure.display()));
        });
        phenomena.sort(Comparator.comparingLong(PhenomenonCount::lowerBound).reversed());
        List<EmergingLine> emerging = content.emerging().results().stream().filter(Snapshot.EmergingItem::significant)
                .sorted(Comparator.comparingDouble(Snapshot.EmergingItem::qValue)).limit(MAX_EMERGING)
                .map(e -> new EmergingLine(e.area(), areaNames.getOrDefault(e.area(), e.area()), phenomenonNames.getOrDefault(e.phenomenon(), e.phenomenon()),
                        snapshot.figure(e.open(), e.restricted()).display(), e.expected(), e.qValue()))
                .toList();
        // a hot spot whose own count is nought (its neighbours make it one) says little to a reader of a review
        List<HotSpotLine> hotSpots = content.hotSpots().results().stream().filter(h -> h.open() + h.restricted() > 0)
                .sorted(Comparator.comparingDouble(Snapshot.HotSpotItem::z).reversed()).limit(MAX_HOT_SPOTS)
                .map(h -> new HotSpotLine(h.area(), areaNames.getOrDefault(h.area(), h.area()), phenomenonNames.getOrDefault(h.phenomenon(), h.phenomenon()),
                        snapshot.figure(h.open(), h.restricted()).display(), h.z()))
                .toList();
        return new SnapshotPart(snapshot.id(), snapshot.title(), snapshot.period().from(), snapshot.period().to(), snapshot.classification(),
                content.level(), content.municipality(), snapshot.publishedAt(), snapshot.figure(open, hidden).display(), areas,
                phenomena.subList(0, Math.min(phenomena.size(), MAX_PHENOMENA)), emerging, hotSpots);
    }
}
