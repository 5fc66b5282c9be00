package fi.turvaverkko.plans.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.Views.Addressing;
import fi.turvaverkko.plans.Views.BeforeAfter;
import fi.turvaverkko.plans.Views.Evidence;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.signals.Phenomena;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Traceability", description = "From a phenomenon (and an area) to the focus areas and actions of the plans that address "
        + "it, and from an action to its evidence: the focus area's phenomena and snapshots, the indicators, and the signals and "
        + "indicator values before and after the action started.")
@SecurityRequirement(name = "basic")
@RestController
class TraceApiController {

    private final Plans plans;
    private final Phenomena phenomena;

    TraceApiController(Plans plans, Phenomena phenomena) {
        this.plans = plans;
        this.phenomena = phenomena;
    }

    @Operation(summary = "Actions addressing a phenomenon", description = "The actions you may see whose focus area names the phenomenon "
            + "(its code) and whose scope covers the area (its code; an action for a district covers the areas within it; a "
            + "city-wide action covers every area), each with its plan and focus area.")
    @GetMapping(path = "/api/plans/trace", produces = "application/json")
    List<Addressing> trace(@Parameter(description = "phenomenon code, e.g. street-drug-dealing") @RequestParam String phenomenon,
            @Parameter(description = "area code, e.g. 0913301 (none: any area)") @RequestParam(required = false) String area) {
        if (phenomena.findPhenomenon(phenomenon.strip()).isEmpty()) {
            throw new InvalidInput("phenomenon", "There is no phenomenon with the code '" + phenomenon + "'.");
        }
        return plans.listAddressing(phenomenon.strip(), TraceController.blank(area) ? null : area.strip());
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
