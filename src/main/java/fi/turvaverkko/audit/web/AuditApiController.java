package fi.turvaverkko.audit.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import fi.turvaverkko.audit.AuditEntry;
import fi.turvaverkko.audit.AuditTrail;
import fi.turvaverkko.audit.ChainVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Audit", description = "The append-only, hash-chained audit trail: changes made by people, sign-ins and reads of restricted records. ADMIN only.")
@SecurityRequirement(name = "basic")
@RestController
@RequestMapping("/api/audit")
class AuditApiController {

    private final AuditTrail audit;

    AuditApiController(AuditTrail audit) {
        this.audit = audit;
    }

    @Operation(summary = "Verify the hash chain",
            description = "Recomputes every entry's hash, oldest first, and checks that each links to the one before it. "
                    + "firstBrokenEntry is the id of the first entry that was changed, or that follows a removed entry; null when valid.")
    @ApiResponse(responseCode = "200", description = "The outcome, valid or not")
    @ApiResponse(responseCode = "401", description = "No credentials", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not an ADMIN", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/verify")
    Verification verify() {
        return Verification.of(audit.verify());
    }

    @Operation(summary = "Audit entries, newest first",
            description = "Every filter is optional. from and to are days in Finnish time (to includes the whole day) or instants with an offset (to excluded).")
    @ApiResponse(responseCode = "200", description = "One page of entries")
    @ApiResponse(responseCode = "400", description = "A malformed filter, page or size", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "No credentials", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not an ADMIN", content = @Content(mediaType = "application/problem+json"))
    @GetMapping
    EntriesPage list(
            @Parameter(description = "Exact username, or system, or anonymous") @RequestParam(required = false) String actor,
            @Parameter(description = "The start of the action, e.g. access. or meeting.decision.recorded") @RequestParam(required = false) String action,
            @Parameter(description = "Exact object type, e.g. account") @RequestParam(required = false) String objectType,
            @Parameter(description = "Exact object id") @RequestParam(required = false) String objectId,
            @Parameter(schema = @Schema(allowableValues = { "PUBLIC", "INTERNAL", "RESTRICTED" })) @RequestParam(required = false) String classification,
            @Parameter(description = "From this day (2026-11-05, Finnish time) or instant (2026-11-05T08:00:00Z), inclusive") @RequestParam(required = false) String from,
            @Parameter(description = "To this day, inclusive, or before this instant") @RequestParam(required = false) String to,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Entries per page, 1 to 500") @RequestParam(defaultValue = "50") int size) {
        var filter = new AuditQuery(actor, action, objectType, objectId, classification, from, to).toFilter();
        var result = audit.list(filter, page, size);
        return new EntriesPage(result.entries().stream().map(Entry::of).toList(), result.page(), result.size(),
                result.total(), result.totalPages());
    }

    /** null is written as null here: "firstBrokenEntry": null says the chain is whole. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Verification(boolean valid, long entries, Long firstBrokenEntry) {
        static Verification of(ChainVerification verification) {
            return new Verification(verification.valid(), verification.entries(), verification.firstBrokenEntry());
        }
    }

    record EntriesPage(List<Entry> entries, int page, int size, long totalEntries, long totalPages) {
    }

    record Entry(long id, Instant occurredAt, String actor, Long actorId, String action, String objectType,
            String objectId, String classification, String summary, String previousHash, String hash) {
        static Entry of(AuditEntry e) {
            return new Entry(e.id(), e.occurredAt(), e.actor(), e.actorId(), e.action(), e.objectType(), e.objectId(),
                    e.classification(), e.summary(), e.previousHash(), e.hash());
        }
    }
}
