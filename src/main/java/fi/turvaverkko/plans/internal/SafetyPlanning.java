package fi.turvaverkko.plans.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.access.AccessPolicy;
import fi.turvaverkko.access.AccessPolicy.Visibility;
import fi.turvaverkko.access.Accounts;
import fi.turvaverkko.access.Classification;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.access.Role;
import fi.turvaverkko.audit.AuditTrail;
import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.Membership;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.plans.ActionFilter;
import fi.turvaverkko.plans.ActionState;
import fi.turvaverkko.plans.Commands.ActionInput;
import fi.turvaverkko.plans.Commands.ActionRow;
import fi.turvaverkko.plans.Commands.FocusAreaInput;
import fi.turvaverkko.plans.Commands.IndicatorInput;
import fi.turvaverkko.plans.Commands.MilestoneInput;
import fi.turvaverkko.plans.Commands.PlanInput;
import fi.turvaverkko.plans.Commands.ProgressInput;
import fi.turvaverkko.plans.Commands.ReportRow;
import fi.turvaverkko.plans.Commands.ValueInput;
import fi.turvaverkko.plans.IndicatorSource;
import fi.turvaverkko.plans.PlanLevel;
import fi.turvaverkko.plans.PlanState;
import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.PlansProperties;
import fi.turvaverkko.plans.ReportingPeriod;
import fi.turvaverkko.plans.Views.ActionChange;
import fi.turvaverkko.plans.Views.ActionDetail;
import fi.turvaverkko.plans.Views.ActionView;
import fi.turvaverkko.plans.Views.Addressing;
import fi.turvaverkko.plans.Views.BeforeAfter;
import fi.turvaverkko.plans.Views.CommentView;
import fi.turvaverkko.plans.Views.DueReport;
import fi.turvaverkko.plans.Views.Escalation;
import fi.turvaverkko.plans.Views.EscalationReason;
import fi.turvaverkko.plans.Views.Evidence;
import fi.turvaverkko.plans.Views.FocusAreaView;
import fi.turvaverkko.plans.Views.IndicatorSeries;
import fi.turvaverkko.plans.Views.IndicatorView;
import fi.turvaverkko.plans.Views.MilestoneView;
import fi.turvaverkko.plans.Views.MonthCount;
import fi.turvaverkko.plans.Views.PlanView;
import fi.turvaverkko.plans.Views.ProgressReportView;
import fi.turvaverkko.plans.internal.PlanRepository.Required;
import fi.turvaverkko.plans.internal.PlanRules.Shares;
import fi.turvaverkko.platform.Conflict;
import fi.turvaverkko.platform.Forbidden;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.NotFound;
import fi.turvaverkko.situation.Snapshots;

/**
 * The plans module's use cases. Who may see what is decided in the repository's SQL; who may change what is decided
 * here; every change leaves an audit entry in its own transaction.
 */
@Service
class SafetyPlanning implements Plans {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final PlanRepository plans;
    private final PlanRules rules;
    private final IndicatorValues values;
    private final Accounts accounts;
    private final AccessPolicy policy;
    private final Organisations organisations;
    private final Snapshots snapshots;
    private final AuditTrail audit;
    private final PlansProperties properties;
    private final Clock clock;

    SafetyPlanning(PlanRepository plans, PlanRules rules, IndicatorValues values, Accounts accounts, AccessPolicy policy,
            Organisations organisations, Snapshots snapshots, AuditTrail audit, PlansProperties properties) {
        this.plans = plans;
        this.rules = rules;
        this.values = values;
        this.accounts = accounts;
        this.policy = policy;
        this.organisations = organisations;
        this.snapshots = snapshots;
        this.audit = audit;
        this.properties = properties;
        this.clock = Clock.system(HELSINKI);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public Optional<CurrentUser> reader() {
        return accounts.findCurrentUser();
    }

    private CurrentUser user() {
        return reader().orElseThrow(() -> new Forbidden("Sign in to change plans."));
    }

    private Visibility visible() {
        return policy.visibility(reader());
    }

    private static final Visibility ANONYMOUS = new Visibility(false, Set.of(), Set.of());

    private Required required() {
        return Required.on(today(), properties.graceDays());
    }

    private static boolean coordinates(CurrentUser user) {
        return user.has(Role.COORDINATOR) || user.has(Role.ADMIN);
    }

    @Override
    public boolean mayEditPlans() {
        return reader().map(SafetyPlanning::coordinates).orElse(false);
    }

    private CurrentUser editor() {
        CurrentUser user = user();
        if (!coordinates(user)) {
            throw new Forbidden("Only coordinators change plans, focus areas, actions and indicators.");
        }
        return user;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayReport(long actionId) {
        Optional<CurrentUser> user = reader();
        if (user.isEmpty()) {
            return false;
        }
        Visibility visible = policy.visibility(user);
        return plans.findAction(actionId, visible, required()).map(action -> mayReport(user.get(), visible, action)).orElse(false);
    }

    private static boolean mayReport(CurrentUser user, Visibility visible, ActionView action) {
        return coordinates(user) || visible.organisations().contains(action.responsibleOrganisationId())
                || action.partnerOrganisationIds().stream().anyMatch(visible.organisations()::contains);
    }

    private void audit(CurrentUser user, String action, String type, long id, Classification classification, String summary) {
        audit.record(user.username(), user.id(), action, "plans." + type, String.valueOf(id),
                classification == null ? null : classification.name(), summary);
    }

    private void auditRead(String type, long id, Classification classification) {
        if (classification == Classification.RESTRICTED) {
            reader().ifPresent(user -> audit.recordRead(user.username(), user.id(), "plans." + type, String.valueOf(id),
                    Classification.RESTRICTED.name()));
        }
    }

    /** The organisation the person works for today (the first current membership), the owner of what they create. */
    private Long organisationOf(CurrentUser user) {
        return organisations.findPersonOfUser(user.id()).stream()
                .flatMap(person -> organisations.listMemberships(person.id()).stream())
                .filter(m -> m.term().covers(today())).map(Membership::organisationId).findFirst().orElse(null);
    }

    // plans -------------------------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public List<PlanView> listPlans() {
        return plans.listPlans(visible());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanView> listPublicPlans() {
        return plans.listPlans(ANONYMOUS, true);
    }

    /** A PUBLIC plan that is no longer a draft: what residents may see. */
    private PlanView findPublicPlan(long id) {
        PlanView plan = findPlan(id, ANONYMOUS);
        if (plan.state() == PlanState.DRAFT) {
            throw new NotFound("There is no plan " + id + ".");
        }
        return plan;
    }

    @Override
    @Transactional
    public PlanView getPlan(long id) {
        PlanView plan = findPlan(id, visible());
        auditRead("plan", id, plan.classification());
        return plan;
    }

    private PlanView findPlan(long id, Visibility visible) {
        return plans.findPlan(id, visible).orElseThrow(() -> new NotFound("There is no plan " + id + "."));
    }

    private PlanRepository.PlanRow planRow(PlanInput input, Shares shares, Long owner, boolean demo) {
        if (input.level() == null) {
            throw new InvalidInput("level", "plans.invalid.level", "level is required: STRATEGIC, CITY, PROGRAMME or AREA.");
        }
        String municipality = rules.municipality(input.municipality());
        String area = rules.area("areaCode", input.areaCode(), input.level() == PlanLevel.AREA);
        if (area != null && !area.startsWith(municipality)) {
            throw new InvalidInput("areaCode", "plans.invalid.area-municipality", "The area " + area + " is not in the municipality " + municipality + ".", area);
        }
        String title = rules.title("title", input.title());
        rules.period("periodStart", input.periodStart(), "periodEnd", input.periodEnd());
        Body body = rules.body("ownerBody", input.ownerBody());
        if (input.nationalGoals().size() > PlanRules.MAX_GOALS) {
            throw new InvalidInput("nationalGoals", "plans.invalid.goals", "A plan can refer to at most " + PlanRules.MAX_GOALS + " goals.");
        }
        List<String> goals = new ArrayList<>();
        for (String goal : input.nationalGoals()) {
            String text = rules.text("nationalGoals", goal, false, PlanRules.MAX_TITLE);
            if (text != null) {
                goals.add(text);
            }
        }
        return new PlanRepository.PlanRow(input.level(), municipality, area, title, rules.translation("titleSv", input.titleSv()),
                rules.translation("titleEn", input.titleEn()), rules.text("description", input.description(), false, PlanRules.MAX_TEXT),
                input.periodStart(), input.periodEnd(), body == null ? null : body.id(),
                input.cadence() == null ? fi.turvaverkko.plans.Cadence.QUARTER : input.cadence(), goals, shares.classification(), owner, demo);
    }

    @Override
    @Transactional
    public PlanView createPlan(PlanInput input) {
        CurrentUser user = editor();
        Shares shares = rules.sharing(input.sharing(), true);
        var row = planRow(input, shares, organisationOf(user), user.demo());
        long id = plans.insertPlan(row, user.username());
        plans.replaceShares("plan_share", "plan_id", id, shares.organisations(), shares.bodies());
        audit(user, "plans.plan-created", "plan", id, shares.classification(), row.title() + ", " + row.level() + ", "
                + row.periodStart() + "–" + row.periodEnd());
        return findPlan(id, policy.visibility(Optional.of(user)));
    }

    @Override
    @Transactional
    public PlanView updatePlan(long id, PlanInput input, int version) {
        CurrentUser user = editor();
        PlanView plan = findPlan(id, policy.visibility(Optional.of(user)));
        if (plan.state() == PlanState.ENDED) {
            throw new Conflict("plans.conflict.plan-ended", "The plan has ended; it can no longer be changed.");
        }
        Shares shares = rules.sharing(input.sharing(), true);
        var row = planRow(input, shares, plan.ownerOrganisationId(), plan.demo());
        if (!plans.updatePlan(id, version, row)) {
            throw new Conflict("plans.conflict.version", "Someone else changed the plan after you opened it; open it again and redo your change.");
        }
        plans.replaceShares("plan_share", "plan_id", id, shares.organisations(), shares.bodies());
        audit(user, "plans.plan-changed", "plan", id, shares.classification(), row.title());
        return findPlan(id, policy.visibility(Optional.of(user)));
    }

    @Override
    @Transactional
    public PlanView changePlanState(long id, PlanState state, String decisionReference) {
        CurrentUser user = editor();
        findPlan(id, policy.visibility(Optional.of(user)));
        PlanView plan = plans.findPlanForChange(id).orElseThrow();
        if (state == null) {
            throw new InvalidInput("state", "plans.invalid.plan-state", "state is required: DRAFT, APPROVED, IN_FORCE or ENDED.");
        }
        if (!plan.state().mayBecome(state)) {
            throw new Conflict("plans.conflict.plan-state", "A plan cannot go from " + plan.state() + " to " + state + ".");
        }
        String decision = PlanRules.trim(decisionReference);
        if (state == PlanState.APPROVED && decision == null) {
            throw new InvalidInput("decisionReference", "plans.invalid.decision-reference",
                    "Approving a plan needs the reference of the decision, e.g. \"Johtoryhmä 12.3.2026 § 4\".");
        }
        if (decision != null && decision.length() > PlanRules.MAX_TITLE) {
            throw new InvalidInput("decisionReference", "plans.invalid.title-long", "The decision reference is too long.", PlanRules.MAX_TITLE);
        }
        plans.changePlanState(id, state, decision);
        audit(user, "plans.plan-state-changed", "plan", id, plan.classification(), plan.state() + " → " + state
                + (decision == null ? "" : " (" + decision + ")"));
        return findPlan(id, policy.visibility(Optional.of(user)));
    }

    // focus areas -------------------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public List<FocusAreaView> listFocusAreas(long planId) {
        Visibility visible = visible();
        findPlan(planId, visible);
        return plans.listFocusAreas(planId, visible);
    }

    @Override
    @Transactional(readOnly = true)
    public List<FocusAreaView> listPublicFocusAreas(long planId) {
        findPublicPlan(planId);
        return plans.listFocusAreas(planId, ANONYMOUS);
    }

    @Override
    @Transactional
    public FocusAreaView getFocusArea(long id) {
        FocusAreaView focusArea = findFocusArea(id, visible());
        auditRead("focus-area", id, focusArea.classification());
        return focusArea;
    }

    private FocusAreaView findFocusArea(long id, Visibility visible) {
        return plans.findFocusArea(id, visible).orElseThrow(() -> new NotFound("There is no focus area " + id + "."));
    }

    private void checkSnapshots(Set<Long> ids) {
        for (Long id : ids) {
            try {
                snapshots.getSnapshot(id);
            } catch (NotFound e) {
                throw new InvalidInput("snapshots", "plans.invalid.snapshot", "There is no published snapshot " + id + " you may see.", id);
            }
        }
    }

    @Override
    @Transactional
    public FocusAreaView addFocusArea(long planId, FocusAreaInput input) {
        CurrentUser user = editor();
        PlanView plan = findPlan(planId, policy.visibility(Optional.of(user)));
        String title = rules.title("title", input.title());
        Shares shares = rules.sharing(input.sharing(), true);
        Set<String> phenomena = rules.phenomena("phenomena", input.phenomena());
        checkSnapshots(input.snapshots());
        long id = plans.insertFocusArea(planId, title, rules.translation("titleSv", input.titleSv()), rules.translation("titleEn", input.titleEn()),
                rules.text("rationale", input.rationale(), false, PlanRules.MAX_TEXT), shares.classification(), plan.ownerOrganisationId(),
                user.username());
        plans.replaceShares("focus_area_share", "focus_area_id", id, shares.organisations(), shares.bodies());
        plans.replaceEvidence(id, phenomena, input.snapshots());
        audit(user, "plans.focus-area-added", "focus-area", id, shares.classification(), title + " (plan " + planId + ")");
        return findFocusArea(id, policy.visibility(Optional.of(user)));
    }

    @Override
    @Transactional
    public FocusAreaView updateFocusArea(long id, FocusAreaInput input) {
        CurrentUser user = editor();
        findFocusArea(id, policy.visibility(Optional.of(user)));
        String title = rules.title("title", input.title());
        Shares shares = rules.sharing(input.sharing(), true);
        Set<String> phenomena = rules.phenomena("phenomena", input.phenomena());
        checkSnapshots(input.snapshots());
        plans.updateFocusArea(id, title, rules.translation("titleSv", input.titleSv()), rules.translation("titleEn", input.titleEn()),
                rules.text("rationale", input.rationale(), false, PlanRules.MAX_TEXT), shares.classification());
        plans.replaceShares("focus_area_share", "focus_area_id", id, shares.organisations(), shares.bodies());
        plans.replaceEvidence(id, phenomena, input.snapshots());
        audit(user, "plans.focus-area-changed", "focus-area", id, shares.classification(), title);
        return findFocusArea(id, policy.visibility(Optional.of(user)));
    }

    // actions -----------------------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public List<ActionView> listActions(ActionFilter filter) {
        return plans.listActions(filter, visible(), required());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActionView> listPublicActions(long planId) {
        findPublicPlan(planId);
        return plans.listActions(ActionFilter.ofPlan(planId), ANONYMOUS, required());
    }

    @Override
    @Transactional
    public ActionView getAction(long id) {
        ActionView action = findAction(id, visible());
        auditRead("action", id, action.classification());
        return action;
    }

    private ActionView findAction(long id, Visibility visible) {
        return plans.findAction(id, visible, required()).orElseThrow(() -> new NotFound("There is no action " + id + "."));
    }

    @Override
    @Transactional
    public ActionDetail getActionDetail(long id) {
        Visibility visible = visible();
        ActionView action = findAction(id, visible);
        auditRead("action", id, action.classification());
        PlanView plan = findPlan(action.planId(), visible);
        FocusAreaView focusArea = findFocusArea(action.focusAreaId(), visible);
        List<IndicatorSeries> indicators = plans.listIndicatorsOfAction(id, visible).stream().map(i -> values.series(i, plan, reader())).toList();
        return new ActionDetail(action, plan, focusArea, plans.listMilestones(id), indicators, plans.listReports(id), plans.listHistory(id));
    }

    /** An action's input checked and resolved: what the repository saves. */
    private record Checked(PlanRepository.ActionRow row, Set<Long> partners, Set<String> areas, Shares shares) {
    }

    private Checked check(ActionInput input, Visibility visible, boolean demo) {
        FocusAreaView focusArea = plans.findFocusArea(input.focusAreaId(), visible).orElseThrow(() -> new InvalidInput("focusAreaId",
                "plans.invalid.focus-area", "There is no focus area " + input.focusAreaId() + ".", input.focusAreaId()));
        PlanView plan = findPlan(focusArea.planId(), visible);
        if (plan.state() == PlanState.ENDED) {
            throw new Conflict("plans.conflict.plan-ended", "The plan has ended; its actions can no longer be changed.");
        }
        String title = rules.title("title", input.title());
        Organisation responsible = rules.organisation("responsibleOrganisation", input.responsibleOrganisation(), true);
        Set<Long> partners = rules.organisations("partners", input.partners());
        partners.remove(responsible.id());
        Set<String> areas = rules.areas("areas", input.areas());
        for (String area : areas) {
            if (!area.startsWith(plan.municipality())) {
                throw new InvalidInput("areas", "plans.invalid.area-municipality", "The area " + area + " is not in the plan's municipality.", area);
            }
        }
        rules.period("startsOn", input.startsOn(), "endsOn", input.endsOn());
        ActionState state = input.state() == null ? ActionState.PLANNED : input.state();
        int progress = rules.progress(input.progress() == null ? (state == ActionState.COMPLETED ? 100 : 0) : input.progress(), state);
        Shares shares = rules.sharing(input.sharing(), false);
        var row = new PlanRepository.ActionRow(plan.id(), focusArea.id(), title, rules.translation("titleSv", input.titleSv()),
                rules.translation("titleEn", input.titleEn()), rules.text("description", input.description(), false, PlanRules.MAX_TEXT),
                responsible.id(), areas.isEmpty(), input.startsOn(), input.endsOn(), state, progress, rules.budgetYear(input.budgetYear()),
                shares.classification(), demo);
        return new Checked(row, partners, areas, shares);
    }

    @Override
    @Transactional(readOnly = true)
    public void checkAction(ActionInput input) {
        CurrentUser user = editor();
        check(input, policy.visibility(Optional.of(user)), user.demo());
    }

    @Override
    @Transactional
    public ActionView createAction(ActionInput input) {
        CurrentUser user = editor();
        Visibility visible = policy.visibility(Optional.of(user));
        return create(user, visible, check(input, visible, user.demo()));
    }

    private ActionView create(CurrentUser user, Visibility visible, Checked checked) {
        long id = plans.insertAction(checked.row(), user.username());
        plans.replacePartnersAndAreas(id, checked.partners(), checked.areas());
        Set<Long> sharedWith = new LinkedHashSet<>(checked.shares().organisations());
        Long own = organisationOf(user);
        if (checked.shares().classification() == Classification.RESTRICTED && own != null) {
            // whoever records a restricted action keeps seeing it: their organisation is on its sharing list
            sharedWith.add(own);
        }
        plans.replaceShares("action_share", "action_id", id, sharedWith, checked.shares().bodies());
        plans.insertHistory(id, checked.row().state(), checked.row().progress(), user.username(), null);
        audit(user, "plans.action-created", "action", id, checked.shares().classification(), checked.row().title());
        return findAction(id, visible);
    }

    @Override
    @Transactional
    public ActionView updateAction(long id, ActionInput input, Integer version) {
        CurrentUser user = editor();
        Visibility visible = policy.visibility(Optional.of(user));
        return update(user, visible, id, version, check(input, visible, user.demo()));
    }

    private ActionView update(CurrentUser user, Visibility visible, long id, Integer version, Checked checked) {
        ActionView before = findAction(id, visible);
        if (before.planId() != checked.row().planId()) {
            throw new InvalidInput("focusAreaId", "plans.invalid.focus-area-plan", "An action can move only to a focus area of its own plan.");
        }
        plans.lockAction(id);
        if (!plans.updateAction(id, version, checked.row())) {
            throw new Conflict("plans.conflict.version", "Someone else changed the action after you opened it; open it again and redo your change.");
        }
        plans.replacePartnersAndAreas(id, checked.partners(), checked.areas());
        plans.replaceShares("action_share", "action_id", id, checked.shares().organisations(), checked.shares().bodies());
        if (before.state() != checked.row().state() || before.progress() != checked.row().progress()) {
            plans.insertHistory(id, checked.row().state(), checked.row().progress(), user.username(), null);
        }
        audit(user, "plans.action-changed", "action", id, checked.shares().classification(), checked.row().title()
                + (before.state() != checked.row().state() ? ", " + before.state() + " → " + checked.row().state() : "")
                + (before.progress() != checked.row().progress() ? ", " + before.progress() + " % → " + checked.row().progress() + " %" : ""));
        return findAction(id, visible);
    }

    @Override
    @Transactional
    public List<ActionView> saveActions(List<ActionRow> rows) {
        CurrentUser user = editor();
        Visibility visible = policy.visibility(Optional.of(user));
        List<ActionView> saved = new ArrayList<>();
        for (ActionRow row : rows) {
            Checked checked = check(row.input(), visible, user.demo());
            saved.add(row.id() == null ? create(user, visible, checked) : update(user, visible, row.id(), row.version(), checked));
        }
        return saved;
    }

    @Override
    @Transactional
    public MilestoneView addMilestone(long actionId, MilestoneInput input) {
        CurrentUser user = editor();
        ActionView action = findAction(actionId, policy.visibility(Optional.of(user)));
        String title = rules.title("title", input.title());
        rules.required("dueOn", input.dueOn());
        long id = plans.insertMilestone(actionId, title, input.dueOn());
        audit(user, "plans.milestone-added", "action", actionId, action.classification(), title + ", " + input.dueOn());
        return plans.findMilestone(id).orElseThrow();
    }

    @Override
    @Transactional
    public MilestoneView markMilestoneDone(long milestoneId, LocalDate doneOn) {
        CurrentUser user = user();
        MilestoneView milestone = plans.findMilestone(milestoneId).orElseThrow(() -> new NotFound("There is no milestone " + milestoneId + "."));
        Visibility visible = policy.visibility(Optional.of(user));
        ActionView action = findAction(milestone.actionId(), visible);
        if (!mayReport(user, visible, action)) {
            throw new Forbidden("Only the action's organisations and coordinators mark its milestones done.");
        }
        LocalDate done = doneOn == null ? today() : doneOn;
        if (done.isAfter(today())) {
            throw new InvalidInput("doneOn", "plans.invalid.done-future", "A milestone cannot be done in the future.");
        }
        plans.markMilestoneDone(milestoneId, done);
        audit(user, "plans.milestone-done", "action", action.id(), action.classification(), milestone.title() + ", " + done);
        return plans.findMilestone(milestoneId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActionChange> listChangesSince(long planId, Instant since) {
        Visibility visible = visible();
        findPlan(planId, visible);
        return plans.listChangesSince(planId, since, visible);
    }

    // progress reporting ------------------------------------------------------------------------------------------------

    private record CheckedReport(ActionView action, PlanView plan, ReportingPeriod period, ActionState state, int progress,
            String narrative, String nextSteps) {
    }

    /** The period a report is for when none is named: the earliest that is owed, else the current one. */
    ReportingPeriod defaultPeriod(ActionView action, PlanView plan) {
        return plan.cadence().periodOwed(action.startsOn(), action.reportedUntil(), today());
    }

    private CheckedReport checkReport(CurrentUser user, Visibility visible, long actionId, ProgressInput input) {
        ActionView action = findAction(actionId, visible);
        if (!mayReport(user, visible, action)) {
            throw new Forbidden("Only the members of the action's responsible and partner organisations, and coordinators, report its progress.");
        }
        if (action.state().closed()) {
            throw new Conflict("plans.conflict.closed", "The action is " + action.state().name().toLowerCase()
                    + "; no more progress is reported on it.");
        }
        PlanView plan = findPlan(action.planId(), visible);
        if (plan.state() == PlanState.ENDED) {
            throw new Conflict("plans.conflict.plan-ended", "The plan has ended; no more progress is reported on it.");
        }
        ReportingPeriod period = input.period() == null || input.period().isBlank() ? defaultPeriod(action, plan)
                : ReportingPeriod.parse(plan.cadence(), input.period(), "period");
        if (period.start().isAfter(today())) {
            throw new InvalidInput("period", "plans.invalid.period-future", "The period " + period.code() + " has not begun.", period.code());
        }
        if (period.end().isBefore(action.startsOn())) {
            throw new InvalidInput("period", "plans.invalid.period-before-start", "The action starts on " + action.startsOn()
                    + ", after the period " + period.code() + ".", period.code(), action.startsOn());
        }
        ActionState state = input.state() == null ? action.state() : input.state();
        int progress = rules.progress(input.progress(), state);
        String narrative = rules.text("narrative", input.narrative(), true, PlanRules.MAX_TEXT);
        String nextSteps = rules.text("nextSteps", input.nextSteps(), false, PlanRules.MAX_TEXT);
        return new CheckedReport(action, plan, period, state, progress, narrative, nextSteps);
    }

    @Override
    @Transactional(readOnly = true)
    public void checkProgress(long actionId, ProgressInput input) {
        CurrentUser user = user();
        checkReport(user, policy.visibility(Optional.of(user)), actionId, input);
    }

    @Override
    @Transactional
    public ProgressReportView reportProgress(long actionId, ProgressInput input) {
        CurrentUser user = user();
        return report(user, policy.visibility(Optional.of(user)), actionId, input);
    }

    private ProgressReportView report(CurrentUser user, Visibility visible, long actionId, ProgressInput input) {
        plans.lockAction(actionId);
        CheckedReport report = checkReport(user, visible, actionId, input);
        ActionView action = report.action();
        Long organisation = visible.organisations().contains(action.responsibleOrganisationId()) ? Long.valueOf(action.responsibleOrganisationId())
                : action.partnerOrganisationIds().stream().filter(visible.organisations()::contains).findFirst().orElse(organisationOf(user));
        long id = plans.insertReport(actionId, report.period(), report.state(), report.progress(), report.narrative(), report.nextSteps(),
                organisation, user.username(), user.displayName());
        plans.changeActionProgress(actionId, report.state(), report.progress());
        plans.insertHistory(actionId, report.state(), report.progress(), user.username(), id);
        audit(user, "plans.progress-reported", "action", actionId, action.classification(), report.period().code() + ": "
                + action.state() + " " + action.progress() + " % → " + report.state() + " " + report.progress() + " %");
        return plans.listReports(actionId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Override
    @Transactional
    public List<ProgressReportView> saveReports(List<ReportRow> rows) {
        CurrentUser user = user();
        Visibility visible = policy.visibility(Optional.of(user));
        List<ProgressReportView> saved = new ArrayList<>();
        for (ReportRow row : rows) {
            saved.add(report(user, visible, row.actionId(), row.input()));
        }
        return saved;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProgressReportView> listReports(long actionId) {
        findAction(actionId, visible());
        return plans.listReports(actionId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProgressReportView> listReportsOfPlan(long planId, ReportingPeriod period) {
        Visibility visible = visible();
        findPlan(planId, visible);
        return plans.listReportsOfPlan(planId, period == null ? null : period.start(), visible);
    }

    @Override
    @Transactional
    public CommentView comment(long reportId, String text) {
        CurrentUser user = user();
        Visibility visible = policy.visibility(Optional.of(user));
        var report = plans.findReport(reportId).orElseThrow(() -> new NotFound("There is no progress report " + reportId + "."));
        ActionView action = findAction(report.actionId(), visible);
        if (!mayReport(user, visible, action)) {
            throw new Forbidden("Only the members of the action's responsible and partner organisations, and coordinators, comment on its reports.");
        }
        String comment = rules.text("text", text, true, PlanRules.MAX_COMMENT);
        Long organisation = action.partnerOrganisationIds().stream().filter(visible.organisations()::contains).findFirst()
                .orElse(visible.organisations().contains(action.responsibleOrganisationId()) ? action.responsibleOrganisationId() : organisationOf(user));
        long id = plans.insertComment(reportId, organisation, comment, user.username(), user.displayName());
        audit(user, "plans.report-commented", "action", action.id(), action.classification(), "report " + reportId);
        return plans.findComment(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueReport> listDueReports(Long organisationId) {
        CurrentUser user = reader().orElseThrow(() -> new NotFound("Sign in to see the reports due."));
        Visibility visible = policy.visibility(Optional.of(user));
        Set<Long> organisations;
        if (organisationId != null) {
            if (!coordinates(user) && !visible.organisations().contains(organisationId)) {
                throw new Forbidden("You see the reports due of your own organisations only.");
            }
            organisations = Set.of(organisationId);
        } else {
            organisations = coordinates(user) ? null : visible.organisations();
        }
        if (organisations != null && organisations.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        Map<Long, PlanView> planCache = new HashMap<>();
        List<DueReport> due = new ArrayList<>();
        for (ActionView action : plans.listReportingActions(organisations, visible, required())) {
            PlanView plan = planCache.computeIfAbsent(action.planId(), id -> findPlan(id, visible));
            ReportingPeriod owed = defaultPeriod(action, plan);
            if (owed.start().isAfter(action.endsOn())) {
                continue;
            }
            LocalDate dueOn = owed.end().plusDays(properties.graceDays());
            // the current period's report is due from its last month on; an earlier one is due (or overdue) now
            boolean current = owed.contains(today);
            if (current && today.isBefore(owed.end().minusMonths(1).plusDays(1)) && !action.endsOn().isBefore(today)) {
                continue;
            }
            due.add(new DueReport(action, plan, owed, dueOn, action.overdue()));
        }
        due.sort(java.util.Comparator.comparing((DueReport d) -> !d.overdue()).thenComparing(DueReport::dueOn)
                .thenComparing(d -> d.action().id()));
        return due;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Escalation> listEscalations(long planId) {
        Visibility visible = visible();
        findPlan(planId, visible);
        LocalDate today = today();
        Set<Long> lateMilestones = plans.actionsWithLateMilestones(planId, today);
        List<Escalation> escalations = new ArrayList<>();
        for (ActionView action : plans.listActions(ActionFilter.ofPlan(planId), visible, required())) {
            if (action.state().closed()) {
                continue;
            }
            List<EscalationReason> reasons = new ArrayList<>();
            if (action.state() == ActionState.DELAYED) {
                reasons.add(EscalationReason.DELAYED);
            }
            if (action.overdue()) {
                reasons.add(EscalationReason.REPORT_OVERDUE);
            }
            if (action.endsOn().isBefore(today)) {
                reasons.add(EscalationReason.PAST_END);
            } else if (!action.startsOn().isAfter(today)) {
                long total = ChronoUnit.DAYS.between(action.startsOn(), action.endsOn()) + 1;
                long used = ChronoUnit.DAYS.between(action.startsOn(), today) + 1;
                double expected = 100.0 * used / total;
                if (expected - action.progress() > properties.behindSchedule()) {
                    reasons.add(EscalationReason.BEHIND_SCHEDULE);
                }
            }
            if (lateMilestones.contains(action.id())) {
                reasons.add(EscalationReason.MILESTONE_LATE);
            }
            if (!reasons.isEmpty()) {
                escalations.add(new Escalation(action, List.copyOf(reasons)));
            }
        }
        escalations.sort(java.util.Comparator.comparing((Escalation e) -> -e.reasons().size()).thenComparing(e -> e.action().endsOn()));
        return escalations;
    }

    // indicators --------------------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorView> listIndicators(long planId) {
        Visibility visible = visible();
        findPlan(planId, visible);
        return plans.listIndicators(planId, visible);
    }

    @Override
    @Transactional(readOnly = true)
    public IndicatorView getIndicator(long id) {
        return findIndicator(id, visible());
    }

    private IndicatorView findIndicator(long id, Visibility visible) {
        return plans.findIndicator(id, visible).orElseThrow(() -> new NotFound("There is no indicator " + id + "."));
    }

    @Override
    @Transactional(readOnly = true)
    public IndicatorSeries getSeries(long indicatorId) {
        Visibility visible = visible();
        IndicatorView indicator = findIndicator(indicatorId, visible);
        return values.series(indicator, findPlan(indicator.planId(), visible), reader());
    }

    @Override
    @Transactional
    public IndicatorView defineIndicator(IndicatorInput input) {
        CurrentUser user = editor();
        Visibility visible = policy.visibility(Optional.of(user));
        PlanView plan = plans.findPlan(input.planId(), visible).orElseThrow(() -> new InvalidInput("planId", "plans.invalid.plan",
                "There is no plan " + input.planId() + ".", input.planId()));
        Long focusAreaId = input.focusAreaId();
        if (input.actionId() != null) {
            ActionView action = plans.findAction(input.actionId(), visible, required()).filter(a -> a.planId() == plan.id())
                    .orElseThrow(() -> new InvalidInput("actionId", "plans.invalid.action", "The plan has no action " + input.actionId() + ".", input.actionId()));
            focusAreaId = action.focusAreaId();
        }
        if (focusAreaId != null) {
            long id = focusAreaId;
            plans.findFocusArea(id, visible).filter(f -> f.planId() == plan.id()).orElseThrow(() -> new InvalidInput("focusAreaId",
                    "plans.invalid.focus-area", "The plan has no focus area " + id + ".", id));
        }
        String name = rules.title("name", input.name());
        String unit = rules.title("unit", input.unit());
        if (unit.length() > 60) {
            throw new InvalidInput("unit", "plans.invalid.unit", "unit can be at most 60 characters.");
        }
        if (input.direction() == null) {
            throw new InvalidInput("direction", "plans.invalid.direction", "direction is required: LOWER or HIGHER (which is better).");
        }
        IndicatorSource source = input.source() == null ? IndicatorSource.MANUAL : input.source();
        Set<String> phenomena = rules.phenomena("phenomena", input.phenomena());
        String area = rules.area("areaCode", input.areaCode(), false);
        if (source == IndicatorSource.SIGNALS) {
            if (phenomena.isEmpty()) {
                throw new InvalidInput("phenomena", "plans.invalid.indicator-phenomena", "An indicator counted from signals needs at least one phenomenon.");
            }
            if (input.period() == null) {
                throw new InvalidInput("period", "plans.invalid.indicator-period", "An indicator counted from signals needs its period: MONTH, QUARTER, HALF_YEAR or YEAR.");
            }
            rules.required("baselineDate", input.baselineDate());
        } else {
            phenomena = Set.of();
            area = null;
        }
        if (input.baselineDate() != null && input.targetDate() != null && input.targetDate().isBefore(input.baselineDate())) {
            throw new InvalidInput("targetDate", "plans.invalid.ends-before-starts", "The target date is before the baseline date.",
                    input.targetDate(), input.baselineDate());
        }
        var view = new IndicatorView(0, plan.id(), focusAreaId, input.actionId(), name, rules.translation("nameSv", input.nameSv()),
                rules.translation("nameEn", input.nameEn()), unit, input.direction(), rules.value("baselineValue", input.baselineValue(), false),
                input.baselineDate(), rules.value("targetValue", input.targetValue(), false), input.targetDate(), source,
                List.copyOf(new LinkedHashSet<>(phenomena)), area, source == IndicatorSource.SIGNALS ? input.period() : null);
        long id = plans.insertIndicator(view, user.username());
        audit(user, "plans.indicator-defined", "indicator", id, plan.classification(), name + " (" + source + ")");
        return findIndicator(id, visible);
    }

    @Override
    @Transactional
    public IndicatorSeries recordValue(long indicatorId, ValueInput input) {
        CurrentUser user = user();
        Visibility visible = policy.visibility(Optional.of(user));
        IndicatorView indicator = findIndicator(indicatorId, visible);
        boolean allowed = coordinates(user) || (indicator.actionId() != null
                && plans.findAction(indicator.actionId(), visible, required()).map(a -> mayReport(user, visible, a)).orElse(false));
        if (!allowed) {
            throw new Forbidden("Only coordinators and the action's organisations enter the indicator's values.");
        }
        if (indicator.source() == IndicatorSource.SIGNALS) {
            throw new Conflict("plans.conflict.computed-indicator", "The indicator is counted from the signals; its values are not entered by hand.");
        }
        LocalDate start = rules.required("periodStart", input.periodStart());
        LocalDate end = input.periodEnd() == null ? start : input.periodEnd();
        rules.period("periodStart", start, "periodEnd", end);
        if (start.isAfter(today())) {
            throw new InvalidInput("periodStart", "plans.invalid.value-future", "A value cannot be entered for a period that has not begun.");
        }
        BigDecimal value = rules.value("value", input.value(), true);
        String note = rules.text("note", input.note(), false, PlanRules.MAX_TITLE);
        plans.upsertValue(indicatorId, start, end, value, note, user.username());
        audit(user, "plans.indicator-value-recorded", "indicator", indicatorId, null, start + "–" + end + ": " + value.toPlainString());
        return values.series(indicator, findPlan(indicator.planId(), visible), Optional.of(user));
    }

    // traceability ------------------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public List<Addressing> listAddressing(String phenomenon, String areaCode) {
        String code = rules.phenomena("phenomenon", phenomenon == null ? Set.of() : Set.of(phenomenon)).stream().findFirst()
                .orElseThrow(() -> new InvalidInput("phenomenon", "plans.invalid.phenomenon-missing", "phenomenon is required."));
        String area = rules.area("area", areaCode, false);
        Visibility visible = visible();
        Map<Long, PlanView> planCache = new HashMap<>();
        Map<Long, FocusAreaView> focusCache = new HashMap<>();
        return plans.listAddressing(code, area, visible, required()).stream()
                .map(a -> new Addressing(a, planCache.computeIfAbsent(a.planId(), id -> findPlan(id, visible)),
                        focusCache.computeIfAbsent(a.focusAreaId(), id -> findFocusArea(id, visible))))
                .toList();
    }

    @Override
    @Transactional
    public Evidence getEvidence(long actionId) {
        Visibility visible = visible();
        ActionView action = findAction(actionId, visible);
        auditRead("action", actionId, action.classification());
        PlanView plan = findPlan(action.planId(), visible);
        FocusAreaView focusArea = findFocusArea(action.focusAreaId(), visible);
        List<IndicatorSeries> indicators = new ArrayList<>();
        plans.listIndicatorsOfAction(actionId, visible).forEach(i -> indicators.add(values.series(i, plan, reader())));
        plans.listIndicatorsOfFocusArea(focusArea.id(), visible).forEach(i -> indicators.add(values.series(i, plan, reader())));
        return new Evidence(action, focusArea, focusArea.phenomena(), focusArea.snapshots(), indicators);
    }

    @Override
    @Transactional
    public BeforeAfter getBeforeAfter(long actionId) {
        Evidence evidence = getEvidence(actionId);
        ActionView action = evidence.action();
        PlanView plan = findPlan(action.planId(), visible());
        LocalDate from = action.startsOn().minusMonths(12).withDayOfMonth(1);
        LocalDate to = today();
        List<MonthCount> months = from.isAfter(to) || evidence.phenomena().isEmpty() ? List.of()
                : values.monthly(action.cityWide() ? List.of(plan.areaCode() == null ? plan.municipality() : plan.areaCode()) : action.areas(),
                        Set.copyOf(evidence.phenomena()), from, to, reader());
        return new BeforeAfter(action, action.startsOn(), months, evidence.indicators());
    }
}
