package fi.turvaverkko.plans.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.Views.BeforeAfter;
import fi.turvaverkko.plans.Views.Evidence;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Traceability", description = "From an action to its evidence: the focus area's phenomena and snapshots, the "
        + "indicators, and the signals and indicator values before and after the action started. (From a phenomenon to the actions "
        + "addressing it: GET /api/actions/addressing.)")
@SecurityRequirement(name = "basic")
@RestController
class EvidenceApiController {

    private final Plans plans;

    EvidenceApiController(Plans plans) {
        this.plans = plans;
    }

    @Operation(summary = "The evidence behind an action", description = "Its focus area, the focus area's phenomena and "
            + "situational-picture snapshots, and its indicators with their values and standing.")
    @GetMapping(path = "/api/actions/{id}/evidence", produces = "application/json")
    Evidence evidence(@PathVariable long id) {
        return plans.getEvidence(id);
    }

    @Operation(summary = "Signals and indicators before and after an action started", description = "The signals of the action's "
            + "focus-area phenomena in its scope month by month from a year before it started to now (a count withheld by "
            + "disclosure control is null with shown \"<5\"), and its indicators' values over the same months.")
    @GetMapping(path = "/api/actions/{id}/evidence/before-after", produces = "application/json")
    BeforeAfter beforeAfter(@PathVariable long id) {
        return plans.getBeforeAfter(id);
    }
}
