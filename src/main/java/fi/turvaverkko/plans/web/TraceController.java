package fi.turvaverkko.plans.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.Views.ActionView;
import fi.turvaverkko.plans.Views.Addressing;
import fi.turvaverkko.plans.Views.FocusAreaView;
import fi.turvaverkko.plans.Views.PlanView;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.signals.Phenomena;
import fi.turvaverkko.signals.Phenomenon;

/**
 * Traceability from a signal or a phenomenon to the plans' focus areas and actions that address it (the signal and
 * phenomenon pages link here with the codes): actions whose focus area names the phenomenon and whose scope covers the
 * area.
 */
@Controller
class TraceController {

    private final Plans plans;
    private final Phenomena phenomena;
    private final Areas areas;
    private final Organisations organisations;

    TraceController(Plans plans, Phenomena phenomena, Areas areas, Organisations organisations) {
        this.plans = plans;
        this.phenomena = phenomena;
        this.areas = areas;
        this.organisations = organisations;
    }

    /** A plan with its focus areas that address the phenomenon, each with its actions. */
    record PlanGroup(PlanView plan, List<FocusGroup> focusAreas) {
    }

    record FocusGroup(FocusAreaView focusArea, List<ActionView> actions) {
    }

    @GetMapping("/plans/trace")
    String trace(@RequestParam(required = false) String phenomenon, @RequestParam(required = false) String area, Model model,
            java.util.Locale locale) {
        model.addAttribute("phenomena", phenomena.listPhenomena().stream().filter(Phenomenon::active).toList());
        String code = blank(phenomenon) ? null : phenomenon.strip();
        String areaCode = blank(area) ? null : area.strip();
        model.addAttribute("phenomenonCode", code);
        model.addAttribute("areaCode", areaCode);
        if (code == null) {
            return "plans/trace";
        }
        Optional<Phenomenon> chosen = phenomena.findPhenomenon(code);
        Optional<Area> place = areaCode == null ? Optional.empty() : findArea(areaCode);
        if (chosen.isEmpty()) {
            model.addAttribute("unknown", "phenomenon");
            return "plans/trace";
        }
        if (areaCode != null && place.isEmpty()) {
            model.addAttribute("unknown", "area");
            return "plans/trace";
        }
        model.addAttribute("phenomenon", chosen.get());
        model.addAttribute("area", place.orElse(null));
        List<Addressing> found;
        try {
            found = plans.listAddressing(code, areaCode);
        } catch (InvalidInput e) {
            model.addAttribute("unknown", "area".equals(e.field()) ? "area" : "phenomenon");
            return "plans/trace";
        }
        model.addAttribute("groups", group(found));
        model.addAttribute("count", found.size());
        model.addAttribute("organisations", organisationNames());
        Map<String, Area> areaNames = areaNames(found.stream().flatMap(a -> a.action().areas().stream()).distinct().toList());
        Map<Long, String> scopes = new LinkedHashMap<>();
        found.forEach(a -> scopes.put(a.action().id(), a.action().areas().stream()
                .map(c -> areaNames.containsKey(c) ? areaNames.get(c).name(locale) : c).collect(java.util.stream.Collectors.joining(", "))));
        model.addAttribute("scopes", scopes);
        return "plans/trace";
    }

    static List<PlanGroup> group(List<Addressing> found) {
        Map<Long, PlanView> planById = new LinkedHashMap<>();
        Map<Long, Map<Long, FocusGroup>> focus = new LinkedHashMap<>();
        for (Addressing a : found) {
            planById.putIfAbsent(a.plan().id(), a.plan());
            focus.computeIfAbsent(a.plan().id(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.focusArea().id(), k -> new FocusGroup(a.focusArea(), new ArrayList<>())).actions().add(a.action());
        }
        return planById.values().stream().map(p -> new PlanGroup(p, List.copyOf(focus.get(p.id()).values()))).toList();
    }

    private Optional<Area> findArea(String code) {
        try {
            return areas.findArea(code);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    Map<Long, Organisation> organisationNames() {
        Map<Long, Organisation> names = new LinkedHashMap<>();
        organisations.listOrganisations().forEach(o -> names.put(o.id(), o));
        return names;
    }

    Map<String, Area> areaNames(List<String> codes) {
        Map<String, Area> names = new LinkedHashMap<>();
        codes.forEach(code -> findArea(code).ifPresent(a -> names.put(code, a)));
        return names;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
