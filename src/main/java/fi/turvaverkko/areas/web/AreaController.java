package fi.turvaverkko.areas.web;


import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.Areas;

/** The areas without a map: a searchable list, and a page per area with its hierarchy, children and a small map. */
@Controller
class AreaController {

    static final int LIST_LIMIT = 1000;

    private final Areas areas;

    AreaController(Areas areas) {
        this.areas = areas;
    }

    @GetMapping("/areas")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String level,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) String view,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        var municipalities = areas.listMunicipalitiesWithAreas();
        // "" is the choice "all municipalities"; a missing or unknown one is the default municipality
        String chosenMunicipality = "".equals(municipality) ? null
                : municipalities.stream().map(m -> m.code()).filter(code -> code.equals(municipality)).findFirst()
                        .orElse(areas.defaultMunicipality().code());
        AreaLevel chosenLevel = AreaLevel.find(level).orElse(null);
        String query = q.length() > 100 ? q.substring(0, 100) : q;
        var results = areas.search(query, chosenMunicipality, chosenLevel, LIST_LIMIT);
        model.addAttribute("q", query);
        model.addAttribute("level", chosenLevel);
        model.addAttribute("levels", AreaLevel.values());
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("municipality", chosenMunicipality);
        model.addAttribute("results", results);
        model.addAttribute("compact", "compact".equals(view));
        return htmx != null ? "areas/list :: results" : "areas/list";
    }

    @GetMapping("/areas/{code}")
    String area(@PathVariable String code, Model model) {
        if (!code.matches("[0-9]{4,16}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var area = areas.findArea(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var path = areas.getPath(code);
        model.addAttribute("area", area);
        model.addAttribute("ancestors", path.areas().subList(0, path.areas().size() - 1));
        model.addAttribute("children", areas.listChildren(code));
        model.addAttribute("municipality", areas.getMunicipality(area.municipalityCode()));
        model.addAttribute("history", areas.listHistory(code).stream().filter(a -> !a.current()).toList());
        model.addAttribute("squareKilometres", area.areaSquareMetres() / 1_000_000);
        return "areas/area";
    }

}
