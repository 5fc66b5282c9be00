package fi.turvaverkko.situation;

import java.util.ArrayList;
import java.util.List;

import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.platform.InvalidInput;

/** Organisations and bodies (by id) that a record is shared with, resolved from their codes. */
record Sharing(List<Long> organisations, List<Long> bodies) {

    static Sharing of(List<String> codes, Organisations directory) {
        var organisations = directory.organisationsByCode();
        var bodies = directory.bodiesByCode();
        List<Long> organisationIds = new ArrayList<>();
        List<Long> bodyIds = new ArrayList<>();
        for (String raw : codes == null ? List.<String>of() : codes) {
            String code = raw == null ? "" : raw.strip();
            if (code.isEmpty()) {
                continue;
            }
            Organisation organisation = organisations.get(code);
            Body body = bodies.get(code);
            if (organisation != null) {
                if (!organisationIds.contains(organisation.id())) {
                    organisationIds.add(organisation.id());
                }
            } else if (body != null) {
                if (!bodyIds.contains(body.id())) {
                    bodyIds.add(body.id());
                }
            } else {
                throw new InvalidInput("sharedWith", "signal.invalid.share", "There is no organisation or body " + code + " to share with.", code);
            }
        }
        return new Sharing(organisationIds, bodyIds);
    }

    boolean isEmpty() {
        return organisations.isEmpty() && bodies.isEmpty();
    }
}
