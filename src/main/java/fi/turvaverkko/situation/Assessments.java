package fi.turvaverkko.situation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.access.AccessPolicy;
import fi.turvaverkko.access.Classification;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.access.Role;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.audit.AuditTrail;
import fi.turvaverkko.organisations.Membership;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.platform.Forbidden;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.NotFound;
import fi.turvaverkko.signals.PersonalData;
import fi.turvaverkko.signals.Phenomena;

/**
 * Analysts' assessments: what a phenomenon in an area means, how sure the analyst is, and what should be done. Written
 * by analysts, coordinators and police coordinators; classified like every other record (RESTRICTED needs a sharing
 * list); no personal data in the texts.
 */
@Service
public class Assessments {

    /** What one assessment says, as written. */
    public record Draft(String phenomenon, String areaCode, String title, String text, Assessment.Confidence confidence,
            String recommendedMeasures, Classification classification, List<String> sharedWith, String legalBasis) {
    }

    private final fi.turvaverkko.situation.internal.AssessmentRepository assessments;
    private final SituationPicture picture;
    private final Phenomena phenomena;
    private final Areas areas;
    private final Organisations organisations;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    Assessments(fi.turvaverkko.situation.internal.AssessmentRepository assessments, SituationPicture picture, Phenomena phenomena,
            Areas areas, Organisations organisations, AccessPolicy policy, AuditTrail audit) {
        this.assessments = assessments;
        this.picture = picture;
        this.phenomena = phenomena;
        this.areas = areas;
        this.organisations = organisations;
        this.policy = policy;
        this.audit = audit;
    }

    public static boolean mayWrite(CurrentUser user) {
        return user.has(Role.ANALYST) || user.has(Role.COORDINATOR) || user.has(Role.POLICE_COORDINATOR);
    }

    /** The writer's organisation: the first of their current memberships, or none. */
    Long organisationOf(CurrentUser user) {
        return organisations.findPersonOfUser(user.id()).stream()
                .flatMap(person -> organisations.listMemberships(person.id()).stream())
                .filter(m -> m.term().covers(picture.today())).map(Membership::organisationId).findFirst().orElse(null);
    }

    @Transactional
    public Assessment write(Draft draft) {
        CurrentUser user = picture.reader();
        if (!mayWrite(user)) {
            throw new Forbidden("Only analysts and coordinators write assessments.");
        }
        String phenomenon = draft.phenomenon() == null || draft.phenomenon().isBlank() ? null : picture.phenomenon(draft.phenomenon()).code();
        String area = draft.areaCode() == null || draft.areaCode().isBlank() ? null : draft.areaCode().strip();
        if (area != null && areas.findArea(area).isEmpty()) {
            throw new InvalidInput("areaCode", "signal.invalid.area", "There is no current area " + area + ".", area);
        }
        String title = required("title", draft.title(), 200);
        String text = required("text", draft.text(), 10_000);
        String measures = draft.recommendedMeasures() == null || draft.recommendedMeasures().isBlank() ? null : draft.recommendedMeasures().strip();
        if (measures != null && measures.length() > 10_000) {
            throw new InvalidInput("recommendedMeasures", "assessment.invalid.too-long", "The recommended measures can be at most 10,000 characters.");
        }
        for (String[] field : new String[][] { { "title", title }, { "text", text }, { "recommendedMeasures", measures } }) {
            var personal = PersonalData.find(field[1]);
            if (personal.isPresent()) {
                throw new InvalidInput(field[0], personal.get().messageKey(), "The " + field[0] + " contains " + personal.get().explanation()
                        + ". Assessments describe phenomena and places, never individual people.");
            }
        }
        if (draft.confidence() == null) {
            throw new InvalidInput("confidence", "assessment.invalid.confidence", "Say how confident the assessment is: LOW, MEDIUM or HIGH.");
        }
        Classification classification = draft.classification() == null ? Classification.INTERNAL : draft.classification();
        Sharing sharing = Sharing.of(draft.sharedWith(), organisations);
        if (classification == Classification.RESTRICTED && sharing.isEmpty()) {
            throw new InvalidInput("sharedWith", "signal.invalid.restricted-unshared", "A RESTRICTED assessment needs a sharing list: say who needs to know.");
        }
        if (classification != Classification.RESTRICTED) {
            sharing = new Sharing(List.of(), List.of());
        }
        long id = assessments.insert(phenomenon, area, title, text, draft.confidence(), measures, classification, organisationOf(user),
                sharing.organisations(), sharing.bodies(), draft.legalBasis() == null || draft.legalBasis().isBlank() ? null : draft.legalBasis().strip(),
                user.id());
        audit.record(user.username(), user.id(), "situation.assessment-written", "situation.assessment", String.valueOf(id),
                classification.name(), title + (area == null ? "" : ", " + area) + (phenomenon == null ? "" : ", " + phenomenon));
        return assessments.find(id, policy.visibility(Optional.of(user))).orElseThrow();
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "assessment.invalid.required", "The " + field + " is required.", field);
        }
        if (value.strip().length() > max) {
            throw new InvalidInput(field, "assessment.invalid.too-long", "The " + field + " can be at most " + max + " characters.", field);
        }
        return value.strip();
    }

    /** One assessment the reader may see; a RESTRICTED one is audited as read. */
    @Transactional
    public Assessment getAssessment(long id) {
        CurrentUser user = picture.reader();
        Assessment assessment = assessments.find(id, policy.visibility(Optional.of(user)))
                .orElseThrow(() -> new NotFound("There is no assessment " + id + " that you may see."));
        if (assessment.classification() == Classification.RESTRICTED) {
            audit.recordRead(user.username(), user.id(), "situation.assessment", String.valueOf(id), Classification.RESTRICTED.name());
        }
        return assessment;
    }

    /** Assessments the reader may see of an area (and the areas above it) and a phenomenon; restricted ones audited. */
    @Transactional
    public List<Assessment> listAssessments(String areaCode, String phenomenonCode, Instant since, int limit) {
        CurrentUser user = picture.reader();
        List<Assessment> found = assessments.list(areaCode, phenomenonCode, since, limit, policy.visibility(Optional.of(user)));
        found.stream().filter(a -> a.classification() == Classification.RESTRICTED).forEach(a -> audit.recordRead(user.username(),
                user.id(), "situation.assessment", String.valueOf(a.id()), Classification.RESTRICTED.name()));
        return found;
    }
}
