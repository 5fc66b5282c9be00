package fi.turvaverkko.plans.web;

import static fi.turvaverkko.plans.web.FormValues.choice;
import static fi.turvaverkko.plans.web.FormValues.date;
import static fi.turvaverkko.plans.web.FormValues.text;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import fi.turvaverkko.plans.Cadence;
import fi.turvaverkko.plans.Commands.PlanInput;
import fi.turvaverkko.plans.PlanLevel;
import fi.turvaverkko.plans.Views.PlanView;

/** A plan as the form sends it (every field text); national goals one per line; bodies and organisations by code. */
record PlanForm(String level, String areaCode, String title, String titleSv, String titleEn, String description,
        String periodStart, String periodEnd, String ownerBody, String cadence, String nationalGoals, String classification,
        List<String> sharedOrganisations, List<String> sharedBodies, String version) implements Serializable {

    PlanForm {
        sharedOrganisations = FormValues.list(sharedOrganisations);
        sharedBodies = FormValues.list(sharedBodies);
    }

    static PlanForm empty() {
        return new PlanForm(PlanLevel.CITY.name(), null, null, null, null, null, null, null, null, Cadence.QUARTER.name(), null,
                "INTERNAL", List.of(), List.of(), null);
    }

    static PlanForm of(PlanView plan, Map<Long, String> bodyCodes) {
        return new PlanForm(plan.level().name(), plan.areaCode(), plan.title(), plan.titleSv(), plan.titleEn(), plan.description(),
                String.valueOf(plan.periodStart()), String.valueOf(plan.periodEnd()),
                plan.ownerBodyId() == null ? null : bodyCodes.get(plan.ownerBodyId()), plan.cadence().name(),
                String.join("\n", plan.nationalGoals()), plan.classification().name(), List.of(), List.of(), String.valueOf(plan.version()));
    }

    PlanInput toInput(String municipality) {
        return new PlanInput(choice(PlanLevel.class, "level", level), municipality, text(areaCode), text(title), text(titleSv),
                text(titleEn), text(description), date("periodStart", periodStart), date("periodEnd", periodEnd), text(ownerBody),
                choice(Cadence.class, "cadence", cadence), FormValues.lines(nationalGoals),
                FormValues.sharing(classification, sharedOrganisations, sharedBodies));
    }

    int versionNumber() {
        Integer number = FormValues.integer("version", version);
        return number == null ? 0 : number;
    }

    public boolean shares(String code) {
        return sharedOrganisations.contains(code) || sharedBodies.contains(code);
    }
}
