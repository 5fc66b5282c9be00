package fi.turvaverkko.plans.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
    String plan(@PathVariable long id, Model model) {
        PublicPlans.PublicPlan plan = plans.getPlan(id);
        Map<Long, List<ProgressReportView>> reports = new LinkedHashMap<>();
        for (ActionView a : plan.actions()) {
            reports.put(a.id(), plans.listReports(a));
        }
        model.addAttribute("content", plan);
        model.addAttribute("plan", plan.plan());
        model.addAttribute("reports", reports);
        model.addAttribute("organisations", plans.organisations());
        model.addAttribute("bodies", plans.bodies());
        model.addAttribute("areas", plans.areas(List.of(plan)));
        return "plans/public-plan";
    }
}
