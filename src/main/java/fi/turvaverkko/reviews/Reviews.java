package fi.turvaverkko.reviews;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.access.AccessPolicy;
import fi.turvaverkko.access.AccessPolicy.Visibility;
import fi.turvaverkko.access.Accounts;
import fi.turvaverkko.access.Classification;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.access.Role;
import fi.turvaverkko.audit.AuditTrail;
import fi.turvaverkko.organisations.Membership;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.platform.Conflict;
import fi.turvaverkko.platform.Forbidden;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.NotFound;
import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.Views.PlanView;
import fi.turvaverkko.reviews.internal.ReviewCompiler;
import fi.turvaverkko.reviews.internal.ReviewDocument;
import fi.turvaverkko.reviews.internal.ReviewRenderer;
import fi.turvaverkko.reviews.internal.ReviewRepository;
import fi.turvaverkko.reviews.internal.ReviewRepository.Compiled;
import fi.turvaverkko.situation.Snapshot;
import fi.turvaverkko.situation.Snapshots;

/**
 * The reviews module's entry point. Coordinators (and admins) create a review, recompile it, approve and publish it;
 * analysts help write its narrative. Drafts are seen by those who prepare reviews, published reviews by whoever the
 * review's classification lets see them (in SQL, through the access policy); a review the reader may not see is not
 * there (404). Every change is audited, and so is every read of a RESTRICTED review. A published review is immutable:
 * any change is a 409, and the database refuses it too.
 */
@Service
public class Reviews {

    static final int MAX_LIST = 200;

    private final ReviewRepository reviews;
    private final ReviewCompiler compiler;
    private final ReviewRenderer renderer;
    private final Plans plans;
    private final Snapshots snapshots;
    private final Organisations organisations;
    private final Accounts accounts;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    Reviews(ReviewRepository reviews, ReviewCompiler compiler, ReviewRenderer renderer, Plans plans, Snapshots snapshots,
            Organisations organisations, Accounts accounts, AccessPolicy policy, AuditTrail audit) {
        this.reviews = reviews;
        this.compiler = compiler;
        this.renderer = renderer;
        this.plans = plans;
        this.snapshots = snapshots;
        this.organisations = organisations;
        this.accounts = accounts;
        this.policy = policy;
        this.audit = audit;
    }

    /** Coordinators and admins create, compile, approve and publish reviews. */
    public static boolean mayPrepare(CurrentUser user) {
        return user.has(Role.COORDINATOR) || user.has(Role.ADMIN);
    }

    /** Those who prepare reviews, and analysts, see drafts and write the narrative. */
    public static boolean mayWrite(CurrentUser user) {
        return mayPrepare(user) || user.has(Role.ANALYST);
    }

    private CurrentUser user() {
        return accounts.findCurrentUser().orElseThrow(() -> new Forbidden("Sign in to see status reviews."));
    }

    private CurrentUser preparer() {
        CurrentUser user = user();
        if (!mayPrepare(user)) {
            throw new Forbidden("Only coordinators prepare, approve and publish status reviews.");
        }
        return user;
    }

    private Visibility visibility(CurrentUser user) {
        return policy.visibility(Optional.of(user));
    }

    private Review find(long id, CurrentUser user) {
        return reviews.find(id, visibility(user), mayWrite(user))
                .orElseThrow(() -> new NotFound("There is no status review " + id + " that you may see."));
    }

    private void record(CurrentUser user, String action, Review review, String summary) {
        audit.record(user.username(), user.id(), action, "reviews.review", String.valueOf(review.id()), review.classification().name(), summary);
    }

    private Long organisationOf(CurrentUser user) {
        return organisations.findPersonOfUser(user.id()).stream()
                .flatMap(person -> organisations.listMemberships(person.id()).stream())
                .filter(m -> m.term().covers(java.time.LocalDate.now(clock))).map(Membership::organisationId).findFirst().orElse(null);
    }

    // reading ---------------------------------------------------------------------------------------------------------

    /** A review the reader may see (404 otherwise); reading a RESTRICTED one is audited. */
    @Transactional
    public Review getReview(long id) {
        CurrentUser user = user();
        Review review = find(id, user);
        if (review.classification() == Classification.RESTRICTED) {
            audit.recordRead(user.username(), user.id(), "reviews.review", String.valueOf(id), Classification.RESTRICTED.name());
        }
        return review;
    }

    /** Reviews the reader may see, newest first; {@code planId} and {@code state} filter when given. */
    @Transactional(readOnly = true)
    public List<Review.Summary> listReviews(Long planId, ReviewState state, int limit) {
        CurrentUser user = user();
        if (limit < 1 || limit > MAX_LIST) {
            throw new InvalidInput("limit", "review.invalid.limit", "limit is from 1 to " + MAX_LIST + "; got " + limit + ".", limit);
        }
        return reviews.list(visibility(user), mayWrite(user), planId, state, limit);
    }

    /** The plans a review can be made of: those the reader may see. */
    @Transactional(readOnly = true)
    public List<PlanView> listPlans() {
        return plans.listPlans();
    }

    /** The snapshots a review can show: those the reader may see, newest first. */
    @Transactional(readOnly = true)
    public List<Snapshots.Choice> listSnapshots() {
        return snapshots.listChoices(50);
    }

    /** Names of the organisations and bodies a RESTRICTED review is shared with (its owner first), in its language. */
    public List<String> sharedWith(Review review) {
        if (review.classification() != Classification.RESTRICTED) {
            return List.of();
        }
        var locale = review.language().locale();
        List<String> names = new ArrayList<>();
        if (review.ownerOrganisationId() != null) {
            organisations.findOrganisation(review.ownerOrganisationId()).ifPresent(o -> names.add(o.name(locale)));
        }
        review.sharedOrganisations().forEach(id -> organisations.findOrganisation(id).ifPresent(o -> names.add(o.name(locale))));
        review.sharedBodies().forEach(id -> organisations.findBody(id).ifPresent(b -> names.add(b.name(locale))));
        return names;
    }

    private ReviewDocument document(Review review) {
        return new ReviewDocument(review, sharedWith(review), !review.published());
    }

    /**
     * The review's document as the page shows it: for a published review the article of the stored HTML, exactly as it
     * was published; otherwise rendered now from the content and the narrative, marked as a draft.
     */
    @Transactional(readOnly = true)
    public String article(Review review) {
        if (review.published()) {
            String html = reviews.findHtml(review.id()).orElseThrow();
            int start = html.indexOf("<article");
            int end = html.lastIndexOf("</article>");
            return start < 0 || end < 0 ? html : html.substring(start, end + "</article>".length());
        }
        return renderer.article(document(review));
    }

    /** The PDF of a review the reader may see: the stored one once published, otherwise a preview rendered now. */
    public record Pdf(byte[] bytes, String filename, boolean published) {
    }

    @Transactional
    public Pdf pdf(long id) {
        Review review = getReview(id);
        String filename = (review.language() == ReviewLanguage.SV ? "lagesoversikt-" : "tilannekatsaus-") + id
                + (review.published() ? "" : "-" + (review.language() == ReviewLanguage.SV ? "utkast" : "luonnos")) + ".pdf";
        if (review.published()) {
            return new Pdf(reviews.findPdf(id).orElseThrow(), filename, true);
        }
        return new Pdf(renderer.pdf(renderer.document(document(review))), filename, false);
    }

    // changes ---------------------------------------------------------------------------------------------------------

    private record Checked(ReviewSettings settings, PlanView plan, Snapshot snapshot) {
    }

    private Checked check(ReviewSettings settings) {
        if (settings.planId() == null) {
            throw new InvalidInput("planId", "review.invalid.plan-missing", "Choose the plan the review is about (planId).");
        }
        PlanView plan;
        try {
            plan = plans.getPlan(settings.planId());
        } catch (NotFound e) {
            throw new InvalidInput("planId", "review.invalid.plan", "There is no plan " + settings.planId() + " that you may see.", settings.planId());
        }
        if (settings.from() == null) {
            throw new InvalidInput("from", "review.invalid.date-missing", "The from date is required (YYYY-MM-DD).", "from");
        }
        if (settings.to() == null) {
            throw new InvalidInput("to", "review.invalid.date-missing", "The to date is required (YYYY-MM-DD).", "to");
        }
        if (settings.to().isBefore(settings.from())) {
            throw new InvalidInput("to", "review.invalid.period", "The period ends (" + settings.to() + ") before it starts (" + settings.from() + ").",
                    settings.from(), settings.to());
        }
        if (settings.to().isAfter(settings.from().plusYears(ReviewSettings.MAX_YEARS))) {
            throw new InvalidInput("to", "review.invalid.period-long", "A review covers at most " + ReviewSettings.MAX_YEARS + " years.",
                    ReviewSettings.MAX_YEARS);
        }
        if (settings.audience() == null) {
            throw new InvalidInput("audience", "review.invalid.audience", "audience must be one of MANAGEMENT_GROUP, CITY_LEADERSHIP, EXPERT_GROUP.", "");
        }
        if (settings.language() == null) {
            throw new InvalidInput("language", "review.invalid.language", "language must be fi or sv.", "");
        }
        String title = settings.title() == null ? "" : settings.title().strip();
        if (title.isEmpty() || title.length() > ReviewSettings.MAX_TITLE) {
            throw new InvalidInput("title", "review.invalid.title", "A review needs a title of at most " + ReviewSettings.MAX_TITLE + " characters.",
                    ReviewSettings.MAX_TITLE);
        }
        Snapshot snapshot = null;
        if (settings.snapshotId() != null) {
            try {
                snapshot = snapshots.getSnapshot(settings.snapshotId());
            } catch (NotFound e) {
                throw new InvalidInput("snapshotId", "review.invalid.snapshot", "There is no snapshot " + settings.snapshotId() + " that you may see.",
                        settings.snapshotId());
            }
        }
        ReviewSettings clean = new ReviewSettings(settings.planId(), settings.from(), settings.to(), settings.audience(), settings.language(),
                settings.snapshotId(), title);
        return new Checked(clean, plan, snapshot);
    }

    private Compiled compile(Checked checked, Long reviewId, CurrentUser user) {
        Instant since = reviews.findLastPublishedCompilation(checked.plan().id(), reviewId).orElse(null);
        return compiler.compile(checked.settings(), checked.plan(), checked.snapshot(), since, user, organisationOf(user));
    }

    /** A new draft, compiled now. */
    @Transactional
    public Review create(ReviewSettings settings) {
        CurrentUser user = preparer();
        Checked checked = check(settings);
        Compiled compiled = compile(checked, null, user);
        long id = reviews.insert(checked.settings(), compiled, reviews.sectionsJson(Map.of()), user.id(), user.displayName(), false);
        Review review = find(id, user);
        record(user, "reviews.review-created", review, summary(review));
        return review;
    }

    private static String summary(Review review) {
        return review.title() + " (" + review.from() + "–" + review.to() + ", " + review.audience() + ", " + review.language().code()
                + ", plan " + review.planId() + (review.snapshotId() == null ? "" : ", snapshot " + review.snapshotId()) + ", "
                + review.classification() + ")";
    }

    private Review draft(long id, CurrentUser user, Integer version) {
        Review review = find(id, user);
        if (review.published()) {
            throw new Conflict("review.conflict.published", "Review " + id + " is published and cannot be changed.");
        }
        if (review.state() != ReviewState.DRAFT) {
            throw new Conflict("review.conflict.not-draft", "Review " + id + " is approved: return it to draft before changing it.");
        }
        if (version != null && version != review.version()) {
            throw new Conflict("review.conflict.version", "Review " + id + " has been changed meanwhile (version " + review.version()
                    + ", not " + version + "); reload it.");
        }
        return review;
    }

    private static Conflict changedMeanwhile(long id) {
        return new Conflict("review.conflict.version", "Review " + id + " was changed meanwhile; reload it.");
    }

    /** New settings for a draft (plan, period, audience, language, snapshot, title); it is compiled again. */
    @Transactional
    public Review update(long id, ReviewSettings settings, Integer version) {
        CurrentUser user = preparer();
        Review before = draft(id, user, version);
        Checked checked = check(settings);
        if (!reviews.recompile(id, checked.settings(), compile(checked, id, user), before.version())) {
            throw changedMeanwhile(id);
        }
        Review review = find(id, user);
        record(user, "reviews.review-changed", review, summary(review));
        return review;
    }

    /** The draft compiled again from the current data (its settings and narrative stay). */
    @Transactional
    public Review recompile(long id, Integer version) {
        CurrentUser user = preparer();
        Review before = draft(id, user, version);
        Checked checked = check(new ReviewSettings(before.planId(), before.from(), before.to(), before.audience(), before.language(),
                before.snapshotId(), before.title()));
        if (!reviews.recompile(id, checked.settings(), compile(checked, id, user), before.version())) {
            throw changedMeanwhile(id);
        }
        Review review = find(id, user);
        record(user, "reviews.review-compiled", review, summary(review));
        return review;
    }

    /** A narrative section of a draft (coordinators and analysts); blank clears it. */
    @Transactional
    public Review editSection(long id, Section section, String text, Integer version) {
        CurrentUser user = user();
        if (!mayWrite(user)) {
            throw new Forbidden("Only coordinators and analysts write status reviews.");
        }
        if (section == null) {
            throw new InvalidInput("section", "review.invalid.section", "section must be one of " + java.util.Arrays.toString(Section.values()) + ".");
        }
        String clean = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (clean.length() > Section.MAX_LENGTH) {
            throw new InvalidInput("text", "review.invalid.section-length", "A section is at most " + Section.MAX_LENGTH + " characters.",
                    Section.MAX_LENGTH);
        }
        Review before = draft(id, user, version);
        Map<Section, Review.SectionText> sections = new EnumMap<>(Section.class);
        sections.putAll(before.sections());
        sections.put(section, new Review.SectionText(clean, user.displayName(), Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        if (!reviews.updateSections(id, reviews.sectionsJson(sections), before.version())) {
            throw changedMeanwhile(id);
        }
        Review review = find(id, user);
        record(user, "reviews.section-edited", review, section + ": " + clean.length() + " characters");
        return review;
    }

    /** A coordinator approves the draft as it stands; it needs a summary. */
    @Transactional
    public Review approve(long id, Integer version) {
        CurrentUser user = preparer();
        Review before = draft(id, user, version);
        if (before.section(Section.SUMMARY).blank()) {
            throw new Conflict("review.conflict.summary-missing", "Write the summary of review " + id + " before approving it.");
        }
        if (!reviews.approve(id, user.id(), user.displayName(), before.version())) {
            throw changedMeanwhile(id);
        }
        Review review = find(id, user);
        record(user, "reviews.review-approved", review, review.title());
        return review;
    }

    /** An approved review back to draft, to change it. */
    @Transactional
    public Review reopen(long id) {
        CurrentUser user = preparer();
        Review before = find(id, user);
        if (before.published()) {
            throw new Conflict("review.conflict.published", "Review " + id + " is published and cannot be changed.");
        }
        if (!reviews.reopen(id)) {
            throw new Conflict("review.conflict.not-approved", "Review " + id + " is not approved.");
        }
        Review review = find(id, user);
        record(user, "reviews.review-reopened", review, review.title());
        return review;
    }

    /** Publishes an approved review: renders its HTML and PDF once, stores them, and from then on nothing changes. */
    @Transactional
    public Review publish(long id) {
        CurrentUser user = preparer();
        Review before = find(id, user);
        if (before.published()) {
            throw new Conflict("review.conflict.published", "Review " + id + " is already published.");
        }
        if (before.state() != ReviewState.APPROVED) {
            throw new Conflict("review.conflict.not-approved", "Review " + id + " must be approved before it is published.");
        }
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Review published = new Review(before.id(), before.planId(), before.title(), before.from(), before.to(), before.audience(),
                before.language(), before.snapshotId(), ReviewState.PUBLISHED, before.classification(), before.ownerOrganisationId(),
                before.sharedOrganisations(), before.sharedBodies(), before.sections(), before.content(), before.createdByName(),
                before.createdAt(), at, before.approvedByName(), before.approvedAt(), user.displayName(), at, null, before.version() + 1,
                before.demo());
        String html = renderer.document(new ReviewDocument(published, sharedWith(published), false));
        byte[] pdf = renderer.pdf(html);
        String sha256 = sha256(pdf);
        if (!reviews.publish(id, at, user.id(), user.displayName(), html, pdf, sha256)) {
            throw changedMeanwhile(id);
        }
        Review review = find(id, user);
        record(user, "reviews.review-published", review, review.title() + " (PDF " + pdf.length + " bytes, SHA-256 " + sha256 + ")");
        return review;
    }

    /** Deletes a draft or an approved review that was never published. */
    @Transactional
    public void delete(long id) {
        CurrentUser user = preparer();
        Review review = find(id, user);
        if (review.published()) {
            throw new Conflict("review.conflict.published", "Review " + id + " is published and cannot be deleted.");
        }
        if (review.state() == ReviewState.APPROVED) {
            reviews.reopen(id);
        }
        if (!reviews.deleteDraft(id)) {
            throw changedMeanwhile(id);
        }
        record(user, "reviews.review-deleted", review, review.title());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
