package fi.turvaverkko.reviews.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.turvaverkko.access.Accounts;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.platform.Conflict;
import fi.turvaverkko.platform.Forbidden;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.plans.Cadence;
import fi.turvaverkko.plans.ReportingPeriod;
import fi.turvaverkko.plans.Views.PlanView;
import fi.turvaverkko.reviews.Audience;
import fi.turvaverkko.reviews.Review;
import fi.turvaverkko.reviews.ReviewLanguage;
import fi.turvaverkko.reviews.ReviewSettings;
import fi.turvaverkko.reviews.Reviews;
import fi.turvaverkko.reviews.Section;
import fi.turvaverkko.reviews.internal.Formats;

/** Status review pages: the list, a new review, the review with its narrative, approval, publishing and the PDF. */
@Controller
class ReviewController {

    private final Reviews reviews;
    private final Accounts accounts;
    private final MessageSource messages;

    ReviewController(Reviews reviews, Accounts accounts, MessageSource messages) {
        this.reviews = reviews;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** The settings as the form sends them (kept in a flash attribute when they are sent back with an error). */
    record ReviewForm(Long planId, String from, String to, String audience, String language, Long snapshotId, String title)
            implements Serializable {

        ReviewSettings settings() {
            return ReviewSettings.parse(planId, from, to, audience, language, snapshotId, title);
        }

        static ReviewForm of(Review review) {
            return new ReviewForm(review.planId(), review.from().toString(), review.to().toString(), review.audience().name(),
                    review.language().code(), review.snapshotId(), review.title());
        }
    }

    private CurrentUser user() {
        return accounts.findCurrentUser().orElseThrow(() -> new Forbidden("Sign in."));
    }

    @ModelAttribute("audiences")
    Audience[] audiences() {
        return Audience.values();
    }

    @ModelAttribute("reviewLanguages")
    ReviewLanguage[] languages() {
        return ReviewLanguage.values();
    }

    @GetMapping("/reviews")
    String list(@RequestParam(required = false) Long plan, Model model) {
        CurrentUser user = user();
        List<Review.Summary> list = reviews.listReviews(plan, null, 200);
        model.addAttribute("reviews", list);
        model.addAttribute("plans", plansById());
        model.addAttribute("mayPrepare", Reviews.mayPrepare(user));
        return "reviews/list";
    }

    private Map<Long, PlanView> plansById() {
        return reviews.listPlans().stream().collect(Collectors.toMap(PlanView::id, Function.identity(), (a, b) -> a));
    }

    @GetMapping("/reviews/new")
    String newReview(Model model, Locale locale) {
        if (!Reviews.mayPrepare(user())) {
            throw new Forbidden("Only coordinators prepare status reviews.");
        }
        if (!model.containsAttribute("form")) {
            // the last full quarter, in the reader's language when it is Swedish, otherwise Finnish
            ReportingPeriod quarter = Cadence.QUARTER.periodOf(LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"))).previous();
            List<PlanView> plans = reviews.listPlans();
            model.addAttribute("form", new ReviewForm(plans.isEmpty() ? null : plans.getFirst().id(), quarter.start().toString(),
                    quarter.end().toString(), Audience.MANAGEMENT_GROUP.name(), "sv".equals(locale.getLanguage()) ? "sv" : "fi", null, ""));
        }
        model.addAttribute("plans", reviews.listPlans());
        model.addAttribute("snapshots", reviews.listSnapshots());
        return "reviews/new";
    }

    @PostMapping("/reviews/new")
    String create(@ModelAttribute ReviewForm form, RedirectAttributes redirect, Locale locale) {
        try {
            Review review = reviews.create(form.settings());
            redirect.addFlashAttribute("notice", text("review.notice.created", locale));
            return "redirect:/reviews/" + review.id();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", message(e, locale));
            redirect.addFlashAttribute("errorField", e.field());
            redirect.addFlashAttribute("form", form);
            return "redirect:/reviews/new";
        }
    }

    @GetMapping("/reviews/{id}")
    String review(@PathVariable long id, Model model, Locale locale) {
        CurrentUser user = user();
        model.addAttribute("fmt", new Formats(locale));
        Review review = reviews.getReview(id);
        model.addAttribute("review", review);
        model.addAttribute("document", reviews.article(review));
        model.addAttribute("plan", plansById().get(review.planId()));
        model.addAttribute("sections", Section.values());
        model.addAttribute("sharedWith", reviews.sharedWith(review));
        model.addAttribute("mayPrepare", Reviews.mayPrepare(user));
        model.addAttribute("mayWrite", Reviews.mayWrite(user) && review.editable());
        if (Reviews.mayPrepare(user) && review.editable()) {
            if (!model.containsAttribute("form")) {
                model.addAttribute("form", ReviewForm.of(review));
            }
            model.addAttribute("plans", reviews.listPlans());
            model.addAttribute("snapshots", reviews.listSnapshots());
        }
        return "reviews/review";
    }

    @GetMapping("/reviews/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ReviewApiController.pdfResponse(reviews.pdf(id));
    }

    @PostMapping("/reviews/{id}/settings")
    String settings(@PathVariable long id, @ModelAttribute ReviewForm form, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect, Locale locale) {
        return act(id, "settings", "review.notice.compiled", redirect, locale, () -> reviews.update(id, form.settings(), version), form);
    }

    @PostMapping("/reviews/{id}/compile")
    String compile(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect, Locale locale) {
        return act(id, "actions", "review.notice.compiled", redirect, locale, () -> reviews.recompile(id, version), null);
    }

    @PostMapping("/reviews/{id}/sections/{section}")
    String section(@PathVariable long id, @PathVariable String section, @RequestParam(required = false) String text,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect, Locale locale) {
        return act(id, "section-" + section, "review.notice.section-saved", redirect, locale,
                () -> reviews.editSection(id, ReviewApiController.section(section), text, version), null);
    }

    @PostMapping("/reviews/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect, Locale locale) {
        return act(id, "actions", "review.notice.approved", redirect, locale, () -> reviews.approve(id, version), null);
    }

    @PostMapping("/reviews/{id}/reopen")
    String reopen(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return act(id, "actions", "review.notice.reopened", redirect, locale, () -> reviews.reopen(id), null);
    }

    @PostMapping("/reviews/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return act(id, "actions", "review.notice.published", redirect, locale, () -> reviews.publish(id), null);
    }

    @PostMapping("/reviews/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        try {
            reviews.delete(id);
            redirect.addFlashAttribute("notice", text("review.notice.deleted", locale));
            return "redirect:/reviews";
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", text(e.messageKey(), locale));
            return "redirect:/reviews/" + id;
        }
    }

    /** Runs a change and goes back to the review, with a notice or the reason it could not be done (in the reader's language). */
    private String act(long id, String anchor, String noticeKey, RedirectAttributes redirect, Locale locale, Supplier<Review> action,
            ReviewForm form) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", text(noticeKey, locale));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", message(e, locale));
            redirect.addFlashAttribute("errorField", e.field());
            if (form != null) {
                redirect.addFlashAttribute("form", form);
            }
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", text(e.messageKey(), locale));
        }
        return "redirect:/reviews/" + id + "#" + anchor;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String message(InvalidInput e, Locale locale) {
        return e.messageKey() == null ? e.getMessage() : messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), locale);
    }

}
