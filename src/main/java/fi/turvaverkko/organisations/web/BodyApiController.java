package fi.turvaverkko.organisations.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.BodyMember;
import fi.turvaverkko.organisations.BodyType;
import fi.turvaverkko.organisations.CooperationAgreement;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.Position;
import fi.turvaverkko.organisations.internal.BodyAdministration;
import fi.turvaverkko.organisations.internal.BodyInput;
import fi.turvaverkko.organisations.internal.BodyOverviews;
import fi.turvaverkko.organisations.internal.BodyRepository;
import fi.turvaverkko.organisations.internal.Coded;
import fi.turvaverkko.organisations.internal.Today;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Cooperation bodies", description = "Management group, expert group, networks, steering groups, …: members with positions and terms, rotating chairs, cooperation agreements")
@SecurityRequirement(name = "basic")
@RestController
@RequestMapping("/api/bodies")
class BodyApiController {

    static final String MAY_ADMINISTER = "hasAnyRole('ADMIN', 'COORDINATOR')";

    private final BodyRepository bodies;
    private final BodyOverviews overviews;
    private final BodyAdministration administration;

    BodyApiController(BodyRepository bodies, BodyOverviews overviews, BodyAdministration administration) {
        this.bodies = bodies;
        this.overviews = overviews;
        this.administration = administration;
    }

    @Operation(summary = "Cooperation bodies, in name order")
    @ApiResponse(responseCode = "400", description = "Unknown type", content = @Content(mediaType = "application/problem+json"))
    @GetMapping
    List<BodySummary> bodies(@Parameter(description = "Only bodies of this type, e.g. STEERING_GROUP") @RequestParam(required = false) String type) {
        return bodies.list(type(type)).stream().map(BodySummary::of).toList();
    }

    @Operation(summary = "A cooperation body with its members' terms and positions, its rotating chair's rule, schedule and history, and the agreements that set it up",
            description = "The chair schedule shows the turns of the round before the current turn, the current turn and one full round after it; "
                    + "each turn names the person who represents the organisation in the body then, when known. The chair history lists the terms "
                    + "recorded with the position CHAIR. Dates are days in Finland; a term's 'to' is its last day, null: until further notice.")
    @ApiResponse(responseCode = "404", description = "No body has the id", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/{id}")
    BodyDetail body(@PathVariable long id) {
        return BodyDetail.of(overviews.find(id, Today.date())
                .orElseThrow(() -> new NotFound("There is no cooperation body with the id " + id + ".")));
    }

    @Operation(summary = "Set up a cooperation body with its members and, optionally, a rotating chair (administrators and coordinators)",
            description = "Everything is checked before anything is stored: every problem comes back at once as a 400 with 'errors' "
                    + "(field and message); nothing is saved then. A person's terms in a body may not overlap, a body has one chair at "
                    + "a time, and a rotating chair needs at least two organisations and members.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new body")
    @ApiResponse(responseCode = "400", description = "Invalid input, with every problem in 'errors'", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Only administrators and coordinators set up bodies", content = @Content(mediaType = "application/problem+json"))
    @PostMapping
    @PreAuthorize(MAY_ADMINISTER)
    ResponseEntity<BodyDetail> create(@RequestBody BodyInput input) {
        var body = administration.create(input);
        return ResponseEntity.created(URI.create("/api/bodies/" + body.value().id())).body(body(body.value().id()));
    }

    @Operation(summary = "Change a cooperation body (administrators and coordinators)",
            description = "The members given are the body's members afterwards: a term with an id changes that term, one without is added, "
                    + "and terms left out are removed. Without chairRotation the chair no longer rotates. The code stays.")
    @ApiResponse(responseCode = "400", description = "Invalid input, with every problem in 'errors'", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Only administrators and coordinators change bodies", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No body has the id", content = @Content(mediaType = "application/problem+json"))
    @PutMapping("/{id}")
    @PreAuthorize(MAY_ADMINISTER)
    BodyDetail update(@PathVariable long id, @RequestBody BodyInput input) {
        administration.update(id, input);
        return body(id);
    }

    @Operation(summary = "Add a member's term to a body (administrators and coordinators)",
            description = "Refused with 400 when the person already has a term in the body that overlaps this one, or when the body would "
                    + "have two chairs at once.")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "400", description = "Invalid input or a clash with the body's other terms", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Only administrators and coordinators change bodies", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No body has the id", content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/{id}/members")
    @PreAuthorize(MAY_ADMINISTER)
    ResponseEntity<MemberView> addMember(@PathVariable long id, @RequestBody BodyInput.MemberInput input) {
        BodyMember member = administration.addMember(id, input);
        var organisation = overviews.find(id, Today.date()).orElseThrow().members().stream()
                .filter(line -> line.member().id() == member.id()).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/bodies/" + id)).body(MemberView.of(organisation));
    }

    private static BodyType type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        return Arrays.stream(BodyType.values()).filter(t -> t.name().equals(type.trim().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidInput("type", "type must be one of " + Arrays.toString(BodyType.values())
                        + "; got '" + type + "'."));
    }

    record BodySummary(long id, String code, BodyType type, String nameFi, String nameSv, String nameEn,
            String municipalityCode, String areaCode, Long secretariatOrganisationId) {
        static BodySummary of(Coded<Body> coded) {
            Body b = coded.value();
            return new BodySummary(b.id(), coded.code(), b.type(), b.nameFi(), b.nameSv(), b.nameEn(), b.municipalityCode(),
                    b.areaCode(), b.secretariatOrganisationId());
        }
    }

    record OrganisationRef(long id, String code, String nameFi, String nameSv, String nameEn) {
        static OrganisationRef of(Coded<Organisation> coded) {
            if (coded == null) {
                return null;
            }
            Organisation o = coded.value();
            return new OrganisationRef(o.id(), coded.code(), o.nameFi(), o.nameSv(), o.nameEn());
        }
    }

    record MemberView(long id, long personId, String personName, OrganisationRef represents, Position position,
            LocalDate from, LocalDate to, BodyOverviews.Status status) {
        static MemberView of(BodyOverviews.MemberLine line) {
            BodyMember m = line.member();
            return new MemberView(m.id(), m.personId(), m.personName(), OrganisationRef.of(line.organisation()), m.position(),
                    m.from(), m.to(), line.status());
        }
    }

    record RotationView(List<OrganisationRef> order, int termMonths, LocalDate startsOn) {
    }

    record TurnView(int number, OrganisationRef organisation, LocalDate from, LocalDate to, BodyOverviews.Status status,
            Long representativePersonId, String representativeName) {
        static TurnView of(BodyOverviews.ScheduledTurn turn) {
            var representative = turn.representative();
            return new TurnView(turn.term().number(), OrganisationRef.of(turn.organisation()), turn.term().from(), turn.term().to(),
                    turn.status(), representative == null ? null : representative.personId(),
                    representative == null ? null : representative.personName());
        }
    }

    record SignatoryView(long personId, String name, String title, OrganisationRef organisation) {
    }

    record AgreementView(long id, String code, String titleFi, String titleSv, String titleEn, String decisionReference,
            String goals, LocalDate validFrom, LocalDate validTo, List<OrganisationRef> parties, List<SignatoryView> signatories) {
        static AgreementView of(BodyOverviews.AgreementLine line) {
            CooperationAgreement a = line.agreement();
            return new AgreementView(a.id(), a.code(), a.titleFi(), a.titleSv(), a.titleEn(), a.decisionReference(), a.goals(),
                    a.validFrom(), a.validTo(), line.parties().stream().map(OrganisationRef::of).toList(),
                    line.signatories().stream().map(s -> new SignatoryView(s.signatory().personId(), s.signatory().personName(),
                            s.signatory().title(), OrganisationRef.of(s.organisation()))).toList());
        }
    }

    record BodyDetail(long id, String code, BodyType type, String nameFi, String nameSv, String nameEn, String purpose,
            String municipalityCode, String areaCode, OrganisationRef secretariat, List<MemberView> members,
            RotationView chairRotation, List<TurnView> chairSchedule, List<MemberView> chairHistory,
            List<AgreementView> agreements) {
        static BodyDetail of(BodyOverviews.BodyOverview overview) {
            Body b = overview.body().value();
            var rotation = overview.rotation() == null ? null : new RotationView(
                    overview.rotationOrder().stream().map(OrganisationRef::of).toList(), overview.rotation().termMonths(),
                    overview.rotation().startsOn());
            return new BodyDetail(b.id(), overview.body().code(), b.type(), b.nameFi(), b.nameSv(), b.nameEn(), b.purpose(),
                    b.municipalityCode(), b.areaCode(), OrganisationRef.of(overview.secretariat()),
                    overview.members().stream().map(MemberView::of).toList(), rotation,
                    overview.schedule().stream().map(TurnView::of).toList(),
                    overview.chairHistory().stream().map(MemberView::of).toList(),
                    overview.agreements().stream().map(AgreementView::of).toList());
        }
    }
}
