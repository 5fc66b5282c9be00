package fi.turvaverkko.plans.web;

import static fi.turvaverkko.plans.web.FormValues.text;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import fi.turvaverkko.plans.Commands.FocusAreaInput;

/** A focus area as the form sends it: phenomena by code, snapshots by number ("12, 14"). */
record FocusAreaForm(String title, String titleSv, String titleEn, String rationale, List<String> phenomena, String snapshots,
        String classification, List<String> sharedOrganisations, List<String> sharedBodies) implements Serializable {

    FocusAreaForm {
        phenomena = FormValues.list(phenomena);
        sharedOrganisations = FormValues.list(sharedOrganisations);
        sharedBodies = FormValues.list(sharedBodies);
    }

    static FocusAreaForm empty(String classification) {
        return new FocusAreaForm(null, null, null, null, List.of(), null, classification, List.of(), List.of());
    }

    FocusAreaInput toInput() {
        return new FocusAreaInput(text(title), text(titleSv), text(titleEn), text(rationale), Set.copyOf(phenomena),
                FormValues.ids("snapshots", snapshots), FormValues.sharing(classification, sharedOrganisations, sharedBodies));
    }

    public boolean names(String phenomenon) {
        return phenomena.contains(phenomenon);
    }

    public boolean shares(String code) {
        return sharedOrganisations.contains(code) || sharedBodies.contains(code);
    }
}
