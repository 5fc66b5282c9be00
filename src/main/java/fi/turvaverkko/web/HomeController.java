package fi.turvaverkko.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.Areas;

/** The home page: the district map of a municipality with a level switch, and the way to the list of areas. */
@Controller
class HomeController {

    private final Areas areas;
    private final MapProperties map;

    HomeController(Areas areas, MapProperties map) {
        this.areas = areas;
        this.map = map;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String municipality, @RequestParam(required = false) String level, Model model) {
        var municipalities = areas.listMunicipalitiesWithAreas();
        var chosen = municipalities.stream().filter(m -> m.code().equals(municipality)).findFirst()
                .orElseGet(areas::defaultMunicipality);
        var levels = areas.listLevels(chosen.code());
        AreaLevel chosenLevel = AreaLevel.find(level).filter(levels::contains)
                .or(() -> AreaLevel.find(map.defaultLevel()).filter(levels::contains))
                .orElse(levels.isEmpty() ? AreaLevel.MAJOR_DISTRICT : levels.getFirst());
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("municipality", chosen);
        model.addAttribute("levels", levels);
        model.addAttribute("level", chosenLevel);
        var list = areas.listAreas(chosen.code(), chosenLevel);
        model.addAttribute("areaCount", list.size());
        model.addAttribute("results", list);
        model.addAttribute("compact", true);
        return "web/home";
    }
}
