package fi.turvaverkko.plans.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import fi.turvaverkko.plans.ActionFilter;
import fi.turvaverkko.plans.ActionState;
import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.Views.ActionDetail;
import fi.turvaverkko.plans.Views.ActionView;
import fi.turvaverkko.plans.Views.Addressing;
import fi.turvaverkko.plans.Views.CommentView;
import fi.turvaverkko.plans.Views.MilestoneView;
import fi.turvaverkko.plans.Views.ProgressReportView;
import fi.turvaverkko.plans.web.PlanApiRequests.ActionRequest;
import fi.turvaverkko.plans.web.PlanApiRequests.CommentRequest;
import fi.turvaverkko.plans.web.PlanApiRequests.MilestoneDoneRequest;
import fi.turvaverkko.plans.web.PlanApiRequests.MilestoneRequest;
import fi.turvaverkko.plans.web.PlanApiRequests.ProgressRequest;
import fi.turvaverkko.platform.Enums;
import fi.turvaverkko.platform.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Actions", description = "Actions of safety plans, each owned by one responsible organisation with partners; milestones, "
        + "progress reports on the plan's cadence and partners' comments. Members of the responsible and partner organisations and "
        + "coordinators report progress (403 for others); a completed or cancelled action takes no more reports (409).")
@SecurityRequirement(name = "basic")
@RestController
@RequestMapping("/api")
class ActionApiController {

    private final Plans plans;
    private final Organisations organisations;

    ActionApiController(Plans plans, Organisations organisations) {
        this.plans = plans;
        this.organisations = organisations;
    }

    @Operation(summary = "Actions the reader may see", description = "Filters: plan (id), focusArea (id), organisation (code: responsible "
            + "or partner), state (one or more of PLANNED, ONGOING, COMPLETED, DELAYED, CANCELLED), overdue=true (a progress report is "
            + "missing past its grace days).")
    @GetMapping("/actions")
    List<ActionView> listActions(@RequestParam(required = false) Long plan, @RequestParam(required = false) Long focusArea,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) List<String> state,
            @RequestParam(defaultValue = "false") boolean overdue) {
        Long organisationId = null;
        if (organisation != null && !organisation.isBlank()) {
            Organisation found = organisations.organisationsByCode().get(organisation.strip());
            if (found == null) {
                throw new InvalidInput("organisation", "plans.invalid.organisation", "There is no organisation with the code " + organisation + ".");
            }
            organisationId = found.id();
        }
        Set<ActionState> states = state == null ? Set.of() : state.stream().flatMap(s -> java.util.Arrays.stream(s.split(",")))
                .filter(s -> !s.isBlank()).map(s -> Enums.parse(ActionState.class, "state", s)).collect(Collectors.toSet());
        return plans.listActions(new ActionFilter(plan, focusArea, organisationId, states, overdue));
    }

    @Operation(summary = "An action with its milestones, indicators, progress reports and history")
    @GetMapping("/actions/{id}")
    ActionDetail getAction(@PathVariable long id) {
        return plans.getActionDetail(id);
    }

    @Operation(summary = "Create an action (coordinators)", description = "responsibleOrganisation (a code) is required; partners and "
            + "areas (codes) are optional; no areas means city-wide; endsOn on or after startsOn; progress 0–100.")
    @PostMapping("/actions")
    ResponseEntity<ActionView> createAction(@RequestBody ActionRequest request) {
        ActionView action = plans.createAction(request.toInput());
        return ResponseEntity.created(URI.create("/api/actions/" + action.id())).body(action);
    }

    @Operation(summary = "Change an action (coordinators)", description = "version (optional) is the action's version as read; 409 when someone changed it since.")
    @PutMapping("/actions/{id}")
    ActionView updateAction(@PathVariable long id, @RequestBody ActionRequest request) {
        return plans.updateAction(id, request.toInput(), request.version());
    }

    @Operation(summary = "Report progress on an action", description = "period: a period code of the plan's cadence (e.g. 2026-Q3; "
            + "default: the earliest owed); state; progress 0–100 (100 when COMPLETED); narrative (required) and nextSteps. "
            + "No personal data: henkilötunnus, phone numbers and e-mail addresses are refused.")
    @PostMapping("/actions/{id}/progress")
    ResponseEntity<ProgressReportView> reportProgress(@PathVariable long id, @RequestBody ProgressRequest request) {
        ProgressReportView report = plans.reportProgress(id, request.toInput());
        return ResponseEntity.created(URI.create("/api/actions/" + id + "/progress")).body(report);
    }

    @Operation(summary = "The action's progress reports with comments, newest first")
    @GetMapping("/actions/{id}/progress")
    List<ProgressReportView> listReports(@PathVariable long id) {
        return plans.listReports(id);
    }

    @Operation(summary = "Comment on a progress report (the action's organisations and coordinators)")
    @PostMapping("/progress-reports/{id}/comments")
    ResponseEntity<CommentView> comment(@PathVariable long id, @RequestBody CommentRequest request) {
        return ResponseEntity.status(201).body(plans.comment(id, request.text()));
    }

    @Operation(summary = "Add a milestone (coordinators)")
    @PostMapping("/actions/{id}/milestones")
    ResponseEntity<MilestoneView> addMilestone(@PathVariable long id, @RequestBody MilestoneRequest request) {
        return ResponseEntity.status(201).body(plans.addMilestone(id, new fi.turvaverkko.plans.Commands.MilestoneInput(request.title(), request.dueOn())));
    }

    @Operation(summary = "Mark a milestone done (the action's organisations and coordinators)")
    @PostMapping("/milestones/{id}/done")
    MilestoneView markDone(@PathVariable long id, @RequestBody(required = false) MilestoneDoneRequest request) {
        return plans.markMilestoneDone(id, request == null ? null : request.doneOn());
    }

    @Operation(summary = "Actions that address a phenomenon (through their focus area) in an area", description = "phenomenon: a "
            + "phenomenon's code (required); area: an area code (actions city-wide or with a scope that covers it or lies in it).")
    @GetMapping("/actions/addressing")
    List<Addressing> listAddressing(@RequestParam(required = false) String phenomenon, @RequestParam(required = false) String area) {
        return plans.listAddressing(phenomenon, area);
    }
}
