package fi.turvaverkko.signals.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.access.Role;
import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.platform.Forbidden;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.signals.Channel;
import fi.turvaverkko.signals.Phenomena;
import fi.turvaverkko.signals.Phenomenon;
import fi.turvaverkko.signals.Reliability;
import fi.turvaverkko.signals.SignalFilter;
import fi.turvaverkko.signals.SignalPage;
import fi.turvaverkko.signals.SignalStatus;
import fi.turvaverkko.signals.SignalView;
import fi.turvaverkko.signals.Signals;
import fi.turvaverkko.signals.SignalsProperties;
import fi.turvaverkko.signals.internal.DemoSignals;
import fi.turvaverkko.signals.internal.SignalRules;

/**
 * Signal pages: the report form for partners, the list (triage for coordinators and analysts, "my organisation's
 * signals" for others) and the signal with its triage form. A refused report comes back filled in with the message
 * next to its field, and nothing is saved.
 */
@Controller
class SignalController {

    static final int PAGE_SIZE = 50;

    private final Signals signals;
    private final Phenomena phenomena;
    private final Organisations organisations;
    private final Areas areas;
    private final DemoSignals demoSignals;
    private final SignalsProperties settings;
    private final MessageSource messages;

    SignalController(Signals signals, Phenomena phenomena, Organisations organisations, Areas areas, DemoSignals demoSignals,
            SignalsProperties settings, MessageSource messages) {
        this.signals = signals;
        this.phenomena = phenomena;
        this.organisations = organisations;
        this.areas = areas;
        this.demoSignals = demoSignals;
        this.settings = settings;
        this.messages = messages;
    }

    // reporting -----------------------------------------------------------------------------------------------------

    @GetMapping("/signals/new")
    String newSignal(Model model, Locale locale) {
        CurrentUser user = signals.user();
        List<Organisation> mine = signals.listReportingOrganisations(user);
        if (mine.isEmpty() && !user.has(Role.ADMIN)) {
            model.addAttribute("mayReport", false);
            return "signals/new";
        }
        return form(model, SignalForm.empty(Instant.now(), user.has(Role.ADMIN) ? null : organisationCode(mine.getFirst())), Map.of(), locale);
    }

    @PostMapping("/signals/new")
    String report(@ModelAttribute SignalForm form, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        CurrentUser user = signals.user();
        if (signals.listReportingOrganisations(user).isEmpty() && !user.has(Role.ADMIN)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("mayReport", false);
            return "signals/new";
        }
        try {
            long id = signals.report(form.toReport(), Channel.FORM).id();
            redirect.addFlashAttribute("notice", messages.getMessage("signal.notice.reported", null, locale));
            return "redirect:/signals/" + id;
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, Map.of(fieldOf(e.field()), message(e, locale)), locale);
        } catch (Forbidden e) {
            // a source organisation the user does not belong to (only a tampered form sends one)
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, Map.of("sourceOrganisation", messages.getMessage("signal.form.invalid.source", null, locale)), locale);
        }
    }

    private String form(Model model, SignalForm form, Map<String, String> errors, Locale locale) {
        CurrentUser user = signals.user();
        model.addAttribute("mayReport", true);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", phenomena.listCategories(false));
        model.addAttribute("reliabilities", Reliability.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("sources", signals.listReportingOrganisations(user).stream()
                .map(o -> new Choice(organisationCode(o), o.name(locale)))
                .toList());
        model.addAttribute("orgCodes", signals.organisationCodes());
        model.addAttribute("bodyCodes", signals.bodyCodes());
        model.addAttribute("shareOrganisations", shareOrganisations());
        model.addAttribute("shareBodies", shareBodies());
        model.addAttribute("areaGroups", areaGroups());
        model.addAttribute("restrictedSources", settings.restrictedSources().stream()
                .map(organisations::findOrganisationByCode).flatMap(Optional::stream).toList());
        model.addAttribute("restrictedSharedWith", settings.restrictedSharedWith().stream()
                .map(code -> organisations.findOrganisationByCode(code).map(o -> (Object) o)
                        .or(() -> organisations.findBodyByCode(code).map(b -> (Object) b)))
                .flatMap(Optional::stream).toList());
        return "signals/new";
    }

    /** A code and the name shown for it. */
    record Choice(String code, String name) {
    }

    private String organisationCode(Organisation organisation) {
        return signals.organisationCodes().get(organisation.id());
    }

    private List<Organisation> shareOrganisations() {
        Map<Long, String> codes = signals.organisationCodes();
        return organisations.listOrganisations().stream().filter(o -> codes.containsKey(o.id())).toList();
    }

    private List<Body> shareBodies() {
        Map<Long, String> codes = signals.bodyCodes();
        return organisations.listBodies().stream().filter(b -> codes.containsKey(b.id())).toList();
    }

    /** Areas to choose from without the map: each basic district of the default municipality with its sub-areas. */
    record AreaGroup(Area district, List<Area> subAreas) {
    }

    private List<AreaGroup> areaGroups() {
        String municipality = areas.defaultMunicipality().code();
        Map<String, List<Area>> subAreas = areas.listAreas(municipality, AreaLevel.SUB_AREA).stream()
                .sorted(Comparator.comparing(Area::nameFi))
                .collect(Collectors.groupingBy(a -> a.parentCode() == null ? "" : a.parentCode(), LinkedHashMap::new, Collectors.toList()));
        return areas.listAreas(municipality, AreaLevel.BASIC_DISTRICT).stream()
                .sorted(Comparator.comparing(Area::nameFi))
                .map(d -> new AreaGroup(d, subAreas.getOrDefault(d.code(), List.of())))
                .toList();
    }

    /** The form field where a problem is shown. */
    static String fieldOf(String field) {
        if (field == null) {
            return "form";
        }
        return switch (field) {
            case "lat", "lon" -> "place";
            case "observedAt", "observedFrom", "observedTo", "phenomenon", "areaCode", "count", "description", "reliability",
                    "classification", "sharedWith", "sourceOrganisation", "legalBasis" -> field;
            default -> "form";
        };
    }

    private String message(InvalidInput e, Locale locale) {
        return e.messageKey() == null ? e.getMessage() : messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), locale);
    }

    // the list ------------------------------------------------------------------------------------------------------

    @GetMapping("/signals")
    String list(@RequestParam(required = false) String area, @RequestParam(required = false) String phenomenon,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) SignalStatus status, @RequestParam(required = false) Long source,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response, Locale locale) {
        CurrentUser user = signals.user();
        boolean triage = signals.mayTriage(user);
        List<Organisation> mine = signals.listReportingOrganisations(user);
        List<Organisation> sourceChoices = triage ? organisations.listOrganisations() : mine;
        Long chosenSource = source;
        if (!triage && (chosenSource == null || mine.stream().noneMatch(o -> o.id() == source))) {
            chosenSource = mine.isEmpty() ? null : mine.getFirst().id();
        }
        model.addAttribute("triage", triage);
        model.addAttribute("area", area);
        model.addAttribute("phenomenon", phenomenon);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("status", status);
        model.addAttribute("source", chosenSource);
        model.addAttribute("sources", sourceChoices);
        model.addAttribute("statuses", SignalStatus.values());
        model.addAttribute("categories", phenomena.listCategories(true));
        model.addAttribute("filterAreas", filterAreas());
        model.addAttribute("phenomena", phenomenaById());
        model.addAttribute("organisationsById", organisationsById());
        model.addAttribute("areaNames", Map.of());
        model.addAttribute("demoGenerating", demoSignals.generating());
        model.addAttribute("demoPresent", demoSignals.present());
        if (!triage && mine.isEmpty()) {
            model.addAttribute("noOrganisation", true);
            model.addAttribute("result", new SignalPage(List.of(), 0, 0, PAGE_SIZE));
            return "signals/list";
        }
        Instant fromInstant = from == null ? null : from.atStartOfDay(SignalRules.HELSINKI).toInstant();
        Instant toInstant = to == null ? null : to.plusDays(1).atStartOfDay(SignalRules.HELSINKI).toInstant();
        SignalFilter filter = new SignalFilter(area == null || area.isBlank() ? null : area,
                phenomenon == null || phenomenon.isBlank() ? Set.of() : Set.of(phenomenon), fromInstant, toInstant,
                status == null ? Set.of() : Set.of(status), chosenSource, null);
        try {
            SignalPage result = signals.listSignals(filter, Math.max(0, Math.min(page, 100_000)), PAGE_SIZE);
            model.addAttribute("result", result);
            model.addAttribute("areaNames", areaNames(result.signals()));
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", message(e, locale));
            model.addAttribute("result", new SignalPage(List.of(), 0, 0, PAGE_SIZE));
        }
        return "signals/list";
    }

    private List<Area> filterAreas() {
        String municipality = areas.defaultMunicipality().code();
        List<Area> all = new ArrayList<>();
        all.addAll(areas.listAreas(municipality, AreaLevel.MAJOR_DISTRICT));
        all.addAll(areas.listAreas(municipality, AreaLevel.BASIC_DISTRICT));
        all.addAll(areas.listAreas(municipality, AreaLevel.SUB_AREA));
        all.sort(Comparator.comparing(Area::code));
        return all;
    }

    private Map<Integer, Phenomenon> phenomenaById() {
        return phenomena.listPhenomena().stream().collect(Collectors.toMap(Phenomenon::id, Function.identity()));
    }

    private Map<Long, Organisation> organisationsById() {
        return organisations.listOrganisations().stream().collect(Collectors.toMap(Organisation::id, Function.identity(), (a, b) -> a));
    }

    /** The name of each signal's area, and of its sub-area when the signal lies in a small area. */
    private Map<String, String> areaNames(List<SignalView> shown) {
        Map<String, String> names = new LinkedHashMap<>();
        for (SignalView signal : shown) {
            names.computeIfAbsent(signal.areaCode(), code -> {
                var path = areas.getPath(code);
                Area named = path.at(AreaLevel.SUB_AREA).orElse(path.area());
                return named.nameFi();
            });
        }
        return names;
    }

    // one signal ----------------------------------------------------------------------------------------------------

    @GetMapping("/signals/{id}")
    String signal(@PathVariable long id, Model model) {
        SignalView signal = signals.getSignal(id);
        CurrentUser user = signals.user();
        model.addAttribute("signal", signal);
        model.addAttribute("phenomenon", phenomena.findPhenomenon(signal.phenomenonId()).orElse(null));
        model.addAttribute("path", areas.getPath(signal.areaCode()).areas());
        model.addAttribute("source", signal.sourceOrganisationId() == null ? null
                : organisations.findOrganisation(signal.sourceOrganisationId()).orElse(null));
        model.addAttribute("sharedOrganisations", signal.sharedOrganisations().stream()
                .map(organisations::findOrganisation).flatMap(Optional::stream).toList());
        model.addAttribute("sharedBodies", signal.sharedBodies().stream()
                .map(organisations::findBody).flatMap(Optional::stream).toList());
        model.addAttribute("duplicates", signals.listPossibleDuplicates(signal));
        model.addAttribute("phenomena", phenomenaById());
        model.addAttribute("triage", signals.mayTriage(user));
        model.addAttribute("nextStatuses", signal.status().next().stream().sorted().toList());
        return "signals/signal";
    }

    @PostMapping("/signals/{id}/triage")
    String triage(@PathVariable long id, @RequestParam(required = false) String status, @RequestParam(required = false) String note,
            @RequestParam(required = false) String linkedSignal, RedirectAttributes redirect, Locale locale) {
        try {
            SignalStatus target = null;
            if (status != null && !status.isBlank()) {
                try {
                    target = SignalStatus.valueOf(status.strip());
                } catch (IllegalArgumentException e) {
                    throw new InvalidInput("status", "signal.invalid.status-missing", "Choose a status.");
                }
            }
            Long linked = null;
            if (linkedSignal != null && !linkedSignal.isBlank()) {
                try {
                    linked = Long.valueOf(linkedSignal.strip().replace("#", ""));
                } catch (NumberFormatException e) {
                    throw new InvalidInput("linkedSignal", "signal.invalid.link", "No such signal.", linkedSignal);
                }
            }
            signals.triage(id, target, note, linked);
            redirect.addFlashAttribute("notice", messages.getMessage("signal.notice.triaged", null, locale));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", message(e, locale));
            redirect.addFlashAttribute("errorField", e.field());
            redirect.addFlashAttribute("triageNote", note);
            redirect.addFlashAttribute("triageLinked", linkedSignal);
        }
        return "redirect:/signals/" + id + "#triage";
    }
}
