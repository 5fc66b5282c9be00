package fi.turvaverkko.plans.web;

import static fi.turvaverkko.plans.web.FormValues.choice;
import static fi.turvaverkko.plans.web.FormValues.date;
import static fi.turvaverkko.plans.web.FormValues.integer;
import static fi.turvaverkko.plans.web.FormValues.text;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.turvaverkko.plans.ActionState;
import fi.turvaverkko.plans.Commands.ActionInput;
import fi.turvaverkko.plans.Views.ActionView;
import fi.turvaverkko.platform.InvalidInput;

/**
 * An action as the form sends it: the responsible organisation and the partners by code, the scope as area codes (none:
 * city-wide), and {@code version} of the action the person edited.
 */
record ActionForm(String focusAreaId, String title, String titleSv, String titleEn, String description,
        String responsibleOrganisation, List<String> partners, List<String> areas, String startsOn, String endsOn, String state,
        String progress, String budgetYear, String classification, List<String> sharedOrganisations, List<String> sharedBodies,
        String version) implements Serializable {

    ActionForm {
        partners = FormValues.list(partners);
        areas = FormValues.list(areas);
        sharedOrganisations = FormValues.list(sharedOrganisations);
        sharedBodies = FormValues.list(sharedBodies);
    }

    static ActionForm empty(Long focusAreaId, String classification) {
        return new ActionForm(focusAreaId == null ? null : String.valueOf(focusAreaId), null, null, null, null, null, List.of(),
                List.of(), null, null, ActionState.PLANNED.name(), "0", null, classification, List.of(), List.of(), null);
    }

    static ActionForm of(ActionView action, Map<Long, String> organisationCodes) {
        return new ActionForm(String.valueOf(action.focusAreaId()), action.title(), action.titleSv(), action.titleEn(),
                action.description(), organisationCodes.get(action.responsibleOrganisationId()),
                action.partnerOrganisationIds().stream().map(organisationCodes::get).filter(c -> c != null).toList(),
                action.cityWide() ? List.of() : action.areas(), String.valueOf(action.startsOn()), String.valueOf(action.endsOn()),
                action.state().name(), String.valueOf(action.progress()), action.budgetYear() == null ? null : String.valueOf(action.budgetYear()),
                action.classification().name(), List.of(), List.of(), String.valueOf(action.version()));
    }

    ActionInput toInput() {
        Long focusArea = FormValues.id("focusAreaId", focusAreaId);
        if (focusArea == null) {
            throw new InvalidInput("focusAreaId", "plans.form.invalid.focusArea", "Choose the focus area.");
        }
        return new ActionInput(focusArea, text(title), text(titleSv), text(titleEn), text(description), text(responsibleOrganisation),
                Set.copyOf(partners), Set.copyOf(areas), date("startsOn", startsOn), date("endsOn", endsOn),
                choice(ActionState.class, "state", state), integer("progress", progress), integer("budgetYear", budgetYear),
                FormValues.sharing(classification, sharedOrganisations, sharedBodies));
    }

    Integer versionNumber() {
        return integer("version", version);
    }

    public boolean partner(String code) {
        return partners.contains(code);
    }

    public boolean covers(String area) {
        return areas.contains(area);
    }

    public boolean shares(String code) {
        return sharedOrganisations.contains(code) || sharedBodies.contains(code);
    }
}
