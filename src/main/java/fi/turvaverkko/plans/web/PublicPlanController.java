package fi.turvaverkko.plans.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fi.turvaverkko.areas.Area;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.plans.Views.ActionView;
import fi.turvaverkko.plans.Views.ProgressReportView;

/** The public pages (no sign-in): the plans in force and what is being done, for residents, in Finnish, Swedish and English. */
@Controller
class PublicPlanController {

    private final PublicPlans plans;

    PublicPlanController(PublicPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/public/plans")
    String list(Model model) {
        List<PublicPlans.PublicPlan> content = plans.listPlansWithContent();
        model.addAttribute("plans", content);
        model.addAttribute("bodies", plans.bodies());
        model.addAttribute("areas", plans.areas(content));
        return "plans/public-plans";
    }

    @GetMapping("/public/plans/{id}")
    String plan(@PathVariable long id, Model model, Locale locale) {
        PublicPlans.PublicPlan plan = plans.getPlan(id);
        Map<Long, Organisation> organisations = plans.organisations();
        Map<String, Area> areas = plans.areas(List.of(plan));
        Map<Long, List<ProgressReportView>> reports = new LinkedHashMap<>();
        Map<Long, String> partners = new HashMap<>();
        Map<Long, String> scopes = new HashMap<>();
        for (ActionView a : plan.actions()) {
            reports.put(a.id(), plans.listReports(a));
            partners.put(a.id(), a.partnerOrganisationIds().stream()
                    .map(o -> organisations.containsKey(o) ? organisations.get(o).name(locale) : String.valueOf(o)).collect(Collectors.joining(", ")));
            scopes.put(a.id(), a.areas().stream().map(code -> areas.containsKey(code) ? areas.get(code).name(locale) : code)
                    .collect(Collectors.joining(", ")));
        }
        model.addAttribute("content", plan);
        model.addAttribute("plan", plan.plan());
        model.addAttribute("reports", reports);
        model.addAttribute("partners", partners);
        model.addAttribute("scopes", scopes);
        model.addAttribute("organisations", organisations);
        model.addAttribute("bodies", plans.bodies());
        model.addAttribute("areas", areas);
        return "plans/public-plan";
    }
}
