package fi.turvaverkko.organisations.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.OrganisationType;
import fi.turvaverkko.organisations.Person;
import fi.turvaverkko.organisations.internal.BodyRepository;
import fi.turvaverkko.organisations.internal.Coded;
import fi.turvaverkko.organisations.internal.OrganisationRepository;
import fi.turvaverkko.organisations.internal.Today;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Organisations", description = "The parties of safety work (division > service > unit) and the people in them")
@SecurityRequirement(name = "basic")
@RestController
@RequestMapping("/api")
class OrganisationApiController {

    private final OrganisationRepository organisations;
    private final BodyRepository bodies;

    OrganisationApiController(OrganisationRepository organisations, BodyRepository bodies) {
        this.organisations = organisations;
        this.bodies = bodies;
    }

    @Operation(summary = "Active organisations, in name order", description = "Filters combine: type, municipality code, and a text in any of the names or the code.")
    @ApiResponse(responseCode = "200")
    @ApiResponse(responseCode = "400", description = "Unknown type or malformed municipality code", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/organisations")
    List<OrganisationView> organisations(
            @Parameter(description = "CITY_DIVISION, CITY_SERVICE, MUNICIPAL_ENTERPRISE, POLICE_DEPARTMENT, RESCUE_DEPARTMENT, JOINT_AUTHORITY, STATE_AUTHORITY, DEFENCE_FORCES, NGO, PARISH, BUSINESS, RESIDENTS_ASSOCIATION or SCHOOL") @RequestParam(required = false) String type,
            @Parameter(description = "Municipality code, e.g. 091") @RequestParam(required = false) String municipality,
            @Parameter(description = "Text in a name (Finnish, Swedish or English) or the code") @RequestParam(required = false) String q) {
        return organisations.search(type(type), municipality(municipality), q, Today.date()).stream().map(OrganisationView::of).toList();
    }

    @Operation(summary = "An organisation with the organisations above and below it, its people today and the bodies it takes part in")
    @ApiResponse(responseCode = "404", description = "No organisation has the id", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/organisations/{id}")
    OrganisationDetail organisation(@PathVariable long id) {
        var organisation = organisations.find(id).orElseThrow(() -> new NotFound("There is no organisation with the id " + id + "."));
        LocalDate today = Today.date();
        var path = organisations.listPath(id);
        return new OrganisationDetail(OrganisationView.of(organisation),
                path.subList(0, path.size() - 1).stream().map(OrganisationView::of).toList(),
                organisations.listChildren(id, today).stream().map(OrganisationView::of).toList(),
                organisations.listPeopleOf(id, today).stream().map(PersonView::of).toList(),
                bodies.listInvolving(id, today).stream().map(BodyApiController.BodySummary::of).toList());
    }

    @Operation(summary = "People in name order", description = "People who take part in safety work as staff of an organisation.")
    @GetMapping("/people")
    List<PersonView> people(@Parameter(description = "Text in the name, title or e-mail") @RequestParam(required = false) String q) {
        return organisations.searchPeople(q).stream().map(PersonView::of).toList();
    }

    @Operation(summary = "A person with their memberships in organisations")
    @ApiResponse(responseCode = "404", description = "No person has the id", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/people/{id}")
    PersonDetail person(@PathVariable long id) {
        Person person = organisations.findPerson(id).orElseThrow(() -> new NotFound("There is no person with the id " + id + "."));
        LocalDate today = Today.date();
        var memberships = organisations.listMemberships(id);
        var named = organisations.findAll(memberships.stream().map(m -> m.organisationId()).toList());
        return new PersonDetail(PersonView.of(person), memberships.stream()
                .map(m -> new MembershipView(m.organisationId(), named.get(m.organisationId()).value().nameFi(), m.from(), m.to(),
                        m.activeOn(today)))
                .toList());
    }

    private static OrganisationType type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        return Arrays.stream(OrganisationType.values()).filter(t -> t.name().equals(type.trim().toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidInput("type", "type must be one of "
                        + Arrays.toString(OrganisationType.values()) + "; got '" + type + "'."));
    }

    private static String municipality(String municipality) {
        if (municipality == null || municipality.isBlank()) {
            return null;
        }
        if (!municipality.matches("[0-9]{3}")) {
            throw new InvalidInput("municipality", "A municipality code is three digits, e.g. 091; got '" + municipality + "'.");
        }
        return municipality;
    }

    record OrganisationView(long id, String code, OrganisationType type, Long parentId, String municipalityCode, String nameFi,
            String nameSv, String nameEn, LocalDate activeFrom, LocalDate activeTo) {
        static OrganisationView of(Coded<Organisation> coded) {
            Organisation o = coded.value();
            return new OrganisationView(o.id(), coded.code(), o.type(), o.parentId(), o.municipalityCode(), o.nameFi(),
                    o.nameSv(), o.nameEn(), o.activeFrom(), o.activeTo());
        }
    }

    record OrganisationDetail(OrganisationView organisation, List<OrganisationView> ancestors, List<OrganisationView> subUnits,
            List<PersonView> people, List<BodyApiController.BodySummary> bodies) {
    }

    record PersonView(long id, String fullName, String title, String email, boolean hasAccount) {
        static PersonView of(Person p) {
            return new PersonView(p.id(), p.fullName(), p.title(), p.email(), p.userId() != null);
        }
    }

    record MembershipView(long organisationId, String organisationNameFi, LocalDate from, LocalDate to, boolean current) {
    }

    record PersonDetail(PersonView person, List<MembershipView> memberships) {
    }
}
