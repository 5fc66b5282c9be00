package fi.turvaverkko.organisations.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.OrganisationType;
import fi.turvaverkko.organisations.internal.BodyRepository;
import fi.turvaverkko.organisations.internal.Coded;
import fi.turvaverkko.organisations.internal.OrganisationRepository;
import fi.turvaverkko.organisations.internal.Today;
import fi.turvaverkko.platform.NotFound;

/** The organisations: a tree (or, when searching, a list of matches) and a page per organisation. */
@Controller
class OrganisationController {

    /** An organisation with the organisations below it. */
    record Node(Coded<Organisation> organisation, List<Node> children) {
    }

    private final OrganisationRepository organisations;
    private final BodyRepository bodies;
    private final Areas areas;

    OrganisationController(OrganisationRepository organisations, BodyRepository bodies, Areas areas) {
        this.organisations = organisations;
        this.bodies = bodies;
        this.areas = areas;
    }

    @GetMapping("/organisations")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String type,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        String query = q.length() > 100 ? q.substring(0, 100) : q;
        OrganisationType chosen = java.util.Arrays.stream(OrganisationType.values()).filter(t -> t.name().equals(type))
                .findFirst().orElse(null);
        var today = Today.date();
        boolean searching = !query.isBlank() || chosen != null;
        var results = searching ? organisations.search(chosen, null, query, today) : organisations.listActive(today);
        var parents = organisations.findAll(results.stream().map(o -> o.value().parentId()).filter(id -> id != null).toList());
        model.addAttribute("q", query);
        model.addAttribute("type", chosen);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("searching", searching);
        model.addAttribute("results", results);
        model.addAttribute("parents", parents);
        model.addAttribute("tree", searching ? List.of() : tree(results));
        return htmx != null ? "organisations/list :: results" : "organisations/list";
    }

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable String id, Model model) {
        if (!id.matches("[0-9]{1,18}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        long organisationId = Long.parseLong(id);
        var organisation = organisations.find(organisationId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var today = Today.date();
        var path = organisations.listPath(organisationId);
        var agreements = bodies.listAgreementsOfParty(organisationId);
        model.addAttribute("organisation", organisation.value());
        model.addAttribute("code", organisation.code());
        model.addAttribute("ancestors", path.subList(0, path.size() - 1));
        model.addAttribute("subUnits", organisations.listChildren(organisationId, today));
        model.addAttribute("people", organisations.listPeopleOf(organisationId, today));
        model.addAttribute("bodies", bodies.listInvolving(organisationId, today));
        model.addAttribute("agreements", agreements);
        model.addAttribute("municipality", municipalityName(organisation.value().municipalityCode()));
        return "organisations/organisation";
    }

    private String municipalityName(String code) {
        if (code == null) {
            return null;
        }
        try {
            return areas.getMunicipality(code).name(org.springframework.context.i18n.LocaleContextHolder.getLocale()) + " (" + code + ")";
        } catch (NotFound e) {
            return code;
        }
    }

    /** The organisations as a tree; one whose parent is not in the list (or has none) is a root. In name order. */
    static List<Node> tree(List<Coded<Organisation>> organisations) {
        Map<Long, Node> nodes = new LinkedHashMap<>();
        organisations.forEach(o -> nodes.put(o.value().id(), new Node(o, new ArrayList<>())));
        List<Node> roots = new ArrayList<>();
        for (Node node : nodes.values()) {
            Long parent = node.organisation().value().parentId();
            if (parent != null && nodes.containsKey(parent) && !parent.equals(node.organisation().value().id())) {
                nodes.get(parent).children().add(node);
            } else {
                roots.add(node);
            }
        }
        return roots;
    }
}
