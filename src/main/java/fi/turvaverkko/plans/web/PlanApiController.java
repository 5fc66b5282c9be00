package fi.turvaverkko.plans.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.plans.Cadence;
import fi.turvaverkko.plans.PlanState;
import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.ReportingPeriod;
import fi.turvaverkko.plans.Views.DueReport;
import fi.turvaverkko.plans.Views.Escalation;
import fi.turvaverkko.plans.Views.FocusAreaView;
import fi.turvaverkko.plans.Views.IndicatorView;
import fi.turvaverkko.plans.Views.PlanView;
import fi.turvaverkko.plans.Views.ProgressReportView;
import fi.turvaverkko.plans.web.PlanApiRequests.FocusAreaRequest;
import fi.turvaverkko.plans.web.PlanApiRequests.PlanRequest;
import fi.turvaverkko.plans.web.PlanApiRequests.PlanStateRequest;
import fi.turvaverkko.platform.Enums;
import fi.turvaverkko.platform.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Plans", description = "Safety plans (strategic programme, city safety plan, other action programmes, area plans), "
        + "their focus areas with the evidence behind them, indicators, reports due and the escalation list. Plans and focus areas "
        + "are classified: one the reader may not see does not exist (404). Coordinators change them.")
@SecurityRequirement(name = "basic")
@RestController
@RequestMapping("/api")
class PlanApiController {

    private final Plans plans;
    private final Organisations organisations;

    PlanApiController(Plans plans, Organisations organisations) {
        this.plans = plans;
        this.organisations = organisations;
    }

    @Operation(summary = "Plans the reader may see, in force first")
    @GetMapping("/plans")
    List<PlanView> listPlans() {
        return plans.listPlans();
    }

    @Operation(summary = "A plan")
    @GetMapping("/plans/{id}")
    PlanView getPlan(@PathVariable long id) {
        return plans.getPlan(id);
    }

    @Operation(summary = "Create a plan (coordinators)", description = "level STRATEGIC, CITY, PROGRAMME or AREA (with areaCode); "
            + "ownerBody is a body's code, e.g. management-group; cadence of the progress reports MONTH, QUARTER (default), HALF_YEAR or YEAR.")
    @PostMapping("/plans")
    ResponseEntity<PlanView> createPlan(@RequestBody PlanRequest request) {
        PlanView plan = plans.createPlan(request.toInput());
        return ResponseEntity.created(URI.create("/api/plans/" + plan.id())).body(plan);
    }

    @Operation(summary = "Change a plan (coordinators)", description = "version is the plan's version as read; 409 when someone changed it since.")
    @PutMapping("/plans/{id}")
    PlanView updatePlan(@PathVariable long id, @RequestBody PlanRequest request) {
        if (request.version() == null) {
            throw new InvalidInput("version", "plans.invalid.version", "version is required: the plan's version as you read it.");
        }
        return plans.updatePlan(id, request.toInput(), request.version());
    }

    @Operation(summary = "Move a plan to another state (coordinators)", description = "DRAFT → APPROVED (needs decisionReference) → IN_FORCE → ENDED.")
    @PostMapping("/plans/{id}/state")
    PlanView changeState(@PathVariable long id, @RequestBody PlanStateRequest request) {
        return plans.changePlanState(id, Enums.parse(PlanState.class, "state", request.state()), request.decisionReference());
    }

    @Operation(summary = "The plan's focus areas the reader may see, with their evidence (phenomena, snapshots)")
    @GetMapping("/plans/{id}/focus-areas")
    List<FocusAreaView> listFocusAreas(@PathVariable long id) {
        return plans.listFocusAreas(id);
    }

    @Operation(summary = "Add a focus area (coordinators)")
    @PostMapping("/plans/{id}/focus-areas")
    ResponseEntity<FocusAreaView> addFocusArea(@PathVariable long id, @RequestBody FocusAreaRequest request) {
        FocusAreaView focusArea = plans.addFocusArea(id, request.toInput());
        return ResponseEntity.created(URI.create("/api/focus-areas/" + focusArea.id())).body(focusArea);
    }

    @Operation(summary = "A focus area")
    @GetMapping("/focus-areas/{id}")
    FocusAreaView getFocusArea(@PathVariable long id) {
        return plans.getFocusArea(id);
    }

    @Operation(summary = "Change a focus area (coordinators)")
    @PutMapping("/focus-areas/{id}")
    FocusAreaView updateFocusArea(@PathVariable long id, @RequestBody FocusAreaRequest request) {
        return plans.updateFocusArea(id, request.toInput());
    }

    @Operation(summary = "The plan's indicators the reader may see")
    @GetMapping("/plans/{id}/indicators")
    List<IndicatorView> listIndicators(@PathVariable long id) {
        return plans.listIndicators(id);
    }

    @Operation(summary = "Progress reports of the plan's actions, newest first", description = "period: a period code of the plan's cadence, e.g. 2026-Q3.")
    @GetMapping("/plans/{id}/progress-reports")
    List<ProgressReportView> listReports(@PathVariable long id, @RequestParam(required = false) String period) {
        ReportingPeriod p = null;
        if (period != null && !period.isBlank()) {
            Cadence cadence = plans.getPlan(id).cadence();
            p = ReportingPeriod.parse(cadence, period, "period");
        }
        return plans.listReportsOfPlan(id, p);
    }

    @Operation(summary = "The plan's actions that need the expert group's attention, with the reasons")
    @GetMapping("/plans/{id}/escalations")
    List<Escalation> listEscalations(@PathVariable long id) {
        return plans.listEscalations(id);
    }

    @Operation(summary = "Progress reports due and overdue", description = "organisation: an organisation's code; without it, the "
            + "reader's organisations (coordinators: every organisation).")
    @GetMapping("/reports-due")
    List<DueReport> listDueReports(@RequestParam(required = false) String organisation) {
        Long id = null;
        if (organisation != null && !organisation.isBlank()) {
            Organisation found = organisations.organisationsByCode().get(organisation.strip());
            if (found == null) {
                throw new InvalidInput("organisation", "plans.invalid.organisation", "There is no organisation with the code " + organisation + ".");
            }
            id = found.id();
        }
        return plans.listDueReports(id);
    }
}
