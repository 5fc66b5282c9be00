package fi.turvaverkko.reviews.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.reviews.Review;
import fi.turvaverkko.reviews.ReviewSettings;
import fi.turvaverkko.reviews.ReviewState;
import fi.turvaverkko.reviews.Reviews;
import fi.turvaverkko.reviews.Section;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Status reviews", description = "Status reviews (tilannekatsaus) of a plan for the management group, the city leadership or "
        + "the expert group: compiled plan progress, indicators against targets, the highlights of a situational-picture snapshot "
        + "and the bodies' open follow-up tasks, with narrative sections; approved and published by a coordinator as an immutable "
        + "HTML and PDF document in Finnish or Swedish. A review is classified as its most restricted content (at least INTERNAL); "
        + "a RESTRICTED one is visible only to the organisations and bodies that may see all of that content, and for anyone else it "
        + "does not exist (404). Drafts are visible to coordinators, admins and analysts. A change to a published review is a 409.")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@RestController
@RequestMapping("/api/reviews")
class ReviewApiController {

    private final Reviews reviews;

    ReviewApiController(Reviews reviews) {
        this.reviews = reviews;
    }

    /** The settings of a review; dates as YYYY-MM-DD, audience MANAGEMENT_GROUP, CITY_LEADERSHIP or EXPERT_GROUP, language fi or sv. */
    record ReviewRequest(Long planId, String from, String to, String audience, String language, Long snapshotId, String title,
            Integer version) {
        ReviewSettings settings() {
            return ReviewSettings.parse(planId, from, to, audience, language, snapshotId, title);
        }
    }

    record SectionRequest(String text, Integer version) {
    }

    static Section section(String name) {
        String value = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(Section.values()).filter(s -> s.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInput("section", "review.invalid.section", "section must be one of "
                        + Arrays.toString(Section.values()) + "; got '" + name + "'."));
    }

    @Operation(summary = "Status reviews the caller may see, newest first (filters: plan, state)")
    @GetMapping
    List<Review.Summary> list(@RequestParam(required = false) Long plan,
            @Parameter(description = "DRAFT, APPROVED or PUBLISHED") @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "50") int limit) {
        ReviewState chosen = state == null || state.isBlank() ? null : fi.turvaverkko.platform.Enums.parse(ReviewState.class, "state", state);
        return reviews.listReviews(plan, chosen, limit);
    }

    @Operation(summary = "Create a draft review, compiled now (coordinators): 201 with the review; 400 names the field that is wrong")
    @PostMapping
    ResponseEntity<Review> create(@RequestBody ReviewRequest request) {
        Review review = reviews.create(request.settings());
        return ResponseEntity.created(URI.create("/api/reviews/" + review.id())).body(review);
    }

    @Operation(summary = "A review: its settings, state, classification, narrative sections and compiled content")
    @GetMapping("/{id}")
    Review get(@PathVariable long id) {
        return reviews.getReview(id);
    }

    @Operation(summary = "The review as PDF: the stored document once published, otherwise a preview marked as a draft")
    @GetMapping(value = "/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return pdfResponse(reviews.pdf(id));
    }

    static ResponseEntity<byte[]> pdfResponse(Reviews.Pdf pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.filename()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf.bytes());
    }

    @Operation(summary = "Change a draft's settings (coordinators); it is compiled again. version (optional) guards against overwriting")
    @PutMapping("/{id}")
    Review update(@PathVariable long id, @RequestBody ReviewRequest request) {
        return reviews.update(id, request.settings(), request.version());
    }

    @Operation(summary = "Compile a draft again from the current data (coordinators); its narrative stays")
    @PostMapping("/{id}/compile")
    Review compile(@PathVariable long id, @RequestParam(required = false) Integer version) {
        return reviews.recompile(id, version);
    }

    @Operation(summary = "Write a narrative section of a draft (coordinators and analysts): SUMMARY, SITUATION, PROGRESS, OUTLOOK or PROPOSALS")
    @PutMapping("/{id}/sections/{section}")
    Review section(@PathVariable long id, @PathVariable String section, @RequestBody SectionRequest request) {
        return reviews.editSection(id, section(section), request.text(), request.version());
    }

    @Operation(summary = "Approve a draft (coordinators); it needs a summary")
    @PostMapping("/{id}/approve")
    Review approve(@PathVariable long id, @RequestParam(required = false) Integer version) {
        return reviews.approve(id, version);
    }

    @Operation(summary = "Return an approved review to draft (coordinators)")
    @PostMapping("/{id}/reopen")
    Review reopen(@PathVariable long id) {
        return reviews.reopen(id);
    }

    @Operation(summary = "Publish an approved review (coordinators): its HTML and PDF are rendered and stored, and it is immutable from then on")
    @PostMapping("/{id}/publish")
    Review publish(@PathVariable long id) {
        return reviews.publish(id);
    }

    @Operation(summary = "Delete a review that was never published (coordinators)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        reviews.delete(id);
        return ResponseEntity.noContent().build();
    }
}
