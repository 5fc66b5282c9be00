package fi.turvaverkko.plans.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.Views.IndicatorSeries;
import fi.turvaverkko.plans.Views.IndicatorView;
import fi.turvaverkko.plans.web.PlanApiRequests.IndicatorRequest;
import fi.turvaverkko.plans.web.PlanApiRequests.ValueRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Indicators", description = "Indicators of plans, focus areas and actions: baseline, target, direction, and actual values "
        + "entered by hand (MANUAL) or counted from the signals (SIGNALS: phenomena, area, period; the same count GET /api/signals "
        + "gives for the same filter, under disclosure control: a value with 1–4 signals the reader may not see is withheld).")
@SecurityRequirement(name = "basic")
@RestController
@RequestMapping("/api")
class IndicatorApiController {

    private final Plans plans;

    IndicatorApiController(Plans plans) {
        this.plans = plans;
    }

    @Operation(summary = "Define an indicator (coordinators)")
    @PostMapping("/indicators")
    ResponseEntity<IndicatorView> define(@RequestBody IndicatorRequest request) {
        IndicatorView indicator = plans.defineIndicator(request.toInput());
        return ResponseEntity.created(URI.create("/api/indicators/" + indicator.id())).body(indicator);
    }

    @Operation(summary = "An indicator")
    @GetMapping("/indicators/{id}")
    IndicatorView get(@PathVariable long id) {
        return plans.getIndicator(id);
    }

    @Operation(summary = "The indicator's actual values and where it stands against its target")
    @GetMapping("/indicators/{id}/values")
    IndicatorSeries values(@PathVariable long id) {
        return plans.getSeries(id);
    }

    @Operation(summary = "Enter an actual value of a MANUAL indicator (coordinators and the action's organisations)",
            description = "A value for a period replaces an earlier value of the same period. 409 for an indicator counted from signals.")
    @PostMapping("/indicators/{id}/values")
    ResponseEntity<IndicatorSeries> record(@PathVariable long id, @RequestBody ValueRequest request) {
        return ResponseEntity.status(201).body(plans.recordValue(id, request.toInput()));
    }
}
