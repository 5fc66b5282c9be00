package fi.turvaverkko.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.plans.Commands.ActionInput;
import fi.turvaverkko.plans.Commands.FocusAreaInput;
import fi.turvaverkko.plans.Commands.IndicatorInput;
import fi.turvaverkko.plans.Commands.MilestoneInput;
import fi.turvaverkko.plans.Commands.PlanInput;
import fi.turvaverkko.plans.Commands.ProgressInput;
import fi.turvaverkko.plans.Commands.ValueInput;
import fi.turvaverkko.plans.Views.ActionChange;
import fi.turvaverkko.plans.Views.ActionDetail;
import fi.turvaverkko.plans.Views.ActionView;
import fi.turvaverkko.plans.Views.Addressing;
import fi.turvaverkko.plans.Views.BeforeAfter;
import fi.turvaverkko.plans.Views.CommentView;
import fi.turvaverkko.plans.Views.DueReport;
import fi.turvaverkko.plans.Views.Escalation;
import fi.turvaverkko.plans.Views.Evidence;
import fi.turvaverkko.plans.Views.FocusAreaView;
import fi.turvaverkko.plans.Views.IndicatorSeries;
import fi.turvaverkko.plans.Views.IndicatorView;
import fi.turvaverkko.plans.Views.MilestoneView;
import fi.turvaverkko.plans.Views.PlanView;
import fi.turvaverkko.plans.Views.ProgressReportView;

/**
 * The plans module's entry point. Every read takes the signed-in reader (nobody signed in:
 * PUBLIC records only) and filters in SQL; a record the reader may not see is not there (404). Changes are audited.
 * <ul>
 * <li>Coordinators (and admins) edit plans, focus areas, actions, milestones and indicators.</li>
 * <li>Members of an action's responsible organisation and of its partner organisations, and coordinators, report
 * progress on it ({@link fi.turvaverkko.platform.Forbidden} → 403 for others); a closed action (completed, cancelled)
 * takes no more reports ({@link fi.turvaverkko.platform.Conflict} → 409).</li>
 * <li>Members of those organisations comment on reports.</li>
 * </ul>
 */
public interface Plans {

    LocalDate today();

    Optional<CurrentUser> reader();

    boolean mayEditPlans();

    boolean mayReport(long actionId);

    // plans -------------------------------------------------------------------------------------------------------------

    /** Plans the reader may see, in force first, then by level and title. */
    List<PlanView> listPlans();

    /** PUBLIC plans only, whoever reads (the public page and open data). */
    List<PlanView> listPublicPlans();

    PlanView getPlan(long id);

    PlanView createPlan(PlanInput input);

    PlanView updatePlan(long id, PlanInput input, int version);

    /** Moves a plan along its states; approving needs the decision's reference (e.g. "Johtoryhmä 12.3.2026 § 4"). */
    PlanView changePlanState(long id, PlanState state, String decisionReference);

    // focus areas -------------------------------------------------------------------------------------------------------

    List<FocusAreaView> listFocusAreas(long planId);

    /** PUBLIC focus areas of a PUBLIC plan. */
    List<FocusAreaView> listPublicFocusAreas(long planId);

    FocusAreaView getFocusArea(long id);

    FocusAreaView addFocusArea(long planId, FocusAreaInput input);

    FocusAreaView updateFocusArea(long id, FocusAreaInput input);

    // actions -----------------------------------------------------------------------------------------------------------

    List<ActionView> listActions(ActionFilter filter);

    /** PUBLIC actions of PUBLIC focus areas of a PUBLIC plan. */
    List<ActionView> listPublicActions(long planId);

    ActionView getAction(long id);

    ActionDetail getActionDetail(long id);

    /** Checks an action as {@link #createAction} would, without saving it (for the CSV import's per-row report). */
    void checkAction(ActionInput input);

    ActionView createAction(ActionInput input);

    /** Changes an action; {@code version} (null: do not check) guards against overwriting someone else's change. */
    ActionView updateAction(long id, ActionInput input, Integer version);

    /**
     * Creates (id null) or changes (id given; version null: do not check) many actions in one transaction: all or none.
     * The CSV import checks every row with {@link #checkAction} first, so that its report names every bad row.
     */
    List<ActionView> saveActions(List<Commands.ActionRow> rows);

    MilestoneView addMilestone(long actionId, MilestoneInput input);

    MilestoneView markMilestoneDone(long milestoneId, LocalDate doneOn);

    /** Changes of state and progress of the plan's actions (visible to the reader) since the moment, oldest first. */
    List<ActionChange> listChangesSince(long planId, Instant since);

    // progress reporting ------------------------------------------------------------------------------------------------

    /** Checks a progress report as {@link #reportProgress} would, without saving it. */
    void checkProgress(long actionId, ProgressInput input);

    ProgressReportView reportProgress(long actionId, ProgressInput input);

    /** Many progress reports in one transaction: all or none (the CSV import checks each with {@link #checkProgress} first). */
    List<ProgressReportView> saveReports(List<Commands.ReportRow> rows);

    List<ProgressReportView> listReports(long actionId);

    /** The progress reports of the plan's actions (visible to the reader), newest first; null period: all. */
    List<ProgressReportView> listReportsOfPlan(long planId, ReportingPeriod period);

    CommentView comment(long reportId, String text);

    /** The reports due and overdue of an organisation's actions (null: of the reader's organisations; coordinators: all). */
    List<DueReport> listDueReports(Long organisationId);

    /** The plan's actions that need the expert group's attention, with the reasons. */
    List<Escalation> listEscalations(long planId);

    // indicators --------------------------------------------------------------------------------------------------------

    List<IndicatorView> listIndicators(long planId);

    IndicatorView getIndicator(long id);

    /** An indicator with its actual values (entered, or counted from the signals for the reader) and its standing. */
    IndicatorSeries getSeries(long indicatorId);

    IndicatorView defineIndicator(IndicatorInput input);

    IndicatorSeries recordValue(long indicatorId, ValueInput input);

    // traceability ------------------------------------------------------------------------------------------------------

    /** The actions (visible to the reader) whose focus area names the phenomenon and whose scope covers the area (null: any). */
    List<Addressing> listAddressing(String phenomenon, String areaCode);

    Evidence getEvidence(long actionId);

    BeforeAfter getBeforeAfter(long actionId);
}
