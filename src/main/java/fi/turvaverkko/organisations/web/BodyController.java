package fi.turvaverkko.organisations.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.turvaverkko.access.Accounts;
import fi.turvaverkko.access.Role;
import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.BodyType;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.Position;
import fi.turvaverkko.organisations.internal.BodyAdministration;
import fi.turvaverkko.organisations.internal.BodyOverviews;
import fi.turvaverkko.organisations.internal.BodyRepository;
import fi.turvaverkko.organisations.internal.BodyRulesBroken;
import fi.turvaverkko.organisations.internal.Coded;
import fi.turvaverkko.organisations.internal.OrganisationRepository;
import fi.turvaverkko.organisations.internal.Today;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.NotFound;

/**
 * The cooperation bodies: a list, a page per body (members, rotating chair, agreements), and for administrators and
 * coordinators a form to set one up or change it.
 */
@Controller
class BodyController {

    static final String MAY_ADMINISTER = "hasAnyRole('ADMIN', 'COORDINATOR')";

    private final BodyRepository bodies;
    private final BodyOverviews overviews;
    private final BodyAdministration administration;
    private final OrganisationRepository organisations;
    private final Areas areas;
    private final Accounts accounts;
    private final MessageSource messages;

    BodyController(BodyRepository bodies, BodyOverviews overviews, BodyAdministration administration,
            OrganisationRepository organisations, Areas areas, Accounts accounts, MessageSource messages) {
        this.bodies = bodies;
        this.overviews = overviews;
        this.administration = administration;
        this.organisations = organisations;
        this.areas = areas;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/bodies")
    String list(@RequestParam(required = false) String type, Model model) {
        BodyType chosen = java.util.Arrays.stream(BodyType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(null);
        var list = bodies.list(chosen);
        var secretariats = organisations.findAll(list.stream().map(b -> b.value().secretariatOrganisationId())
                .filter(id -> id != null).toList());
        model.addAttribute("bodies", list);
        model.addAttribute("secretariats", secretariats);
        model.addAttribute("places", places(list.stream().map(Coded::value).toList()));
        model.addAttribute("types", BodyType.values());
        model.addAttribute("type", chosen);
        model.addAttribute("mayEdit", mayEdit());
        return "organisations/bodies";
    }

    @GetMapping("/bodies/{id}")
    String body(@PathVariable String id, Model model) {
        var overview = overviews.find(id(id), Today.date()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("overview", overview);
        model.addAttribute("body", overview.body().value());
        model.addAttribute("place", places(List.of(overview.body().value())).get(overview.body().value().id()));
        model.addAttribute("mayEdit", mayEdit());
        return "organisations/body";
    }

    @GetMapping("/bodies/new")
    @PreAuthorize(MAY_ADMINISTER)
    String newBody(Model model, Locale locale) {
        return form(model, BodyForm.blank(), null, new FormErrors(messages, locale));
    }

    @PostMapping("/bodies")
    @PreAuthorize(MAY_ADMINISTER)
    String create(@ModelAttribute("form") BodyForm form, BindingResult binding,
            @RequestParam(required = false) String addRows, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        form.fillSlots();
        var errors = new FormErrors(messages, locale);
        if (addRows != null) {
            form.addBlankRows();
            return form(model, form, null, errors);
        }
        errors.addBindingErrors(binding);
        List<Integer> rows = new ArrayList<>();
        var input = form.toInput(rows);
        try {
            if (errors.isEmpty()) {
                var body = administration.create(input);
                redirect.addFlashAttribute("notice", "organisations.body.created");
                return "redirect:/bodies/" + body.value().id();
            }
        } catch (BodyRulesBroken broken) {
            errors.addViolations(broken.violations(), rows);
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, form, null, errors);
    }

    @GetMapping("/bodies/{id}/edit")
    @PreAuthorize(MAY_ADMINISTER)
    String edit(@PathVariable String id, Model model, Locale locale) {
        var overview = overviews.find(id(id), Today.date()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return form(model, BodyForm.of(overview), overview.body(), new FormErrors(messages, locale));
    }

    @PostMapping("/bodies/{id}/edit")
    @PreAuthorize(MAY_ADMINISTER)
    String update(@PathVariable String id, @ModelAttribute("form") BodyForm form, BindingResult binding,
            @RequestParam(required = false) String addRows, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        var body = bodies.find(id(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        form.fillSlots();
        var errors = new FormErrors(messages, locale);
        if (addRows != null) {
            form.addBlankRows();
            return form(model, form, body, errors);
        }
        errors.addBindingErrors(binding);
        List<Integer> rows = new ArrayList<>();
        var input = form.toInput(rows);
        try {
            if (errors.isEmpty()) {
                administration.update(body.value().id(), input);
                redirect.addFlashAttribute("notice", "organisations.body.saved");
                return "redirect:/bodies/" + body.value().id();
            }
        } catch (BodyRulesBroken broken) {
            errors.addViolations(broken.violations(), rows);
        } catch (NotFound gone) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, form, body, errors);
    }

    private String form(Model model, BodyForm form, Coded<Body> editing, FormErrors errors) {
        var today = Today.date();
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var choices = organisations.listActive(today).stream()
                .sorted(Comparator.comparing((Coded<Organisation> o) -> o.value().name(locale).toLowerCase(locale)))
                .toList();
        List<Area> areaChoices = new ArrayList<>();
        for (var municipality : areas.listMunicipalitiesWithAreas()) {
            areaChoices.addAll(areas.listAreas(municipality.code(), AreaLevel.MAJOR_DISTRICT));
        }
        areaChoices.addAll(areas.listAreas("091", AreaLevel.BASIC_DISTRICT));
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors.byField());
        model.addAttribute("errorSummary", errors.summary());
        model.addAttribute("types", BodyType.values());
        model.addAttribute("positions", Position.values());
        model.addAttribute("people", organisations.searchPeople(null));
        model.addAttribute("organisations", choices);
        model.addAttribute("municipalities", areas.listMunicipalitiesWithAreas());
        model.addAttribute("areaChoices", areaChoices);
        return "organisations/body-form";
    }

    /** Where each body works: the area's name and code, or the municipality's name. */
    private Map<Long, String> places(List<Body> list) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        Map<Long, String> places = new java.util.HashMap<>();
        for (Body body : list) {
            String place = null;
            if (body.areaCode() != null) {
                place = safely(() -> areas.findArea(body.areaCode()).map(a -> a.name(locale) + " (" + a.code() + ")").orElse(null));
            }
            if (place == null && body.municipalityCode() != null) {
                place = safely(() -> areas.getMunicipality(body.municipalityCode()).name(locale));
            }
            places.put(body.id(), place != null ? place : body.areaCode() != null ? body.areaCode() : body.municipalityCode());
        }
        return places;
    }

    private static String safely(java.util.function.Supplier<String> lookup) {
        try {
            return lookup.get();
        } catch (NotFound | InvalidInput e) {
            return null;
        }
    }

    private boolean mayEdit() {
        return accounts.findCurrentUser().map(user -> user.has(Role.ADMIN) || user.has(Role.COORDINATOR)).orElse(false);
    }

    private static long id(String id) {
        if (!id.matches("[0-9]{1,18}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return Long.parseLong(id);
    }
}
