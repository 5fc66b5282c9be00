package fi.turvaverkko.signals.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.signals.Phenomena;

/** Admins keep the taxonomy: rename a phenomenon (fi/sv/en), move it to another category, retire or restore it, add one. */
@Controller
class PhenomenonAdminController {

    private final Phenomena phenomena;
    private final MessageSource messages;

    PhenomenonAdminController(Phenomena phenomena, MessageSource messages) {
        this.phenomena = phenomena;
        this.messages = messages;
    }

    @GetMapping("/admin/phenomena")
    String list(Model model) {
        model.addAttribute("categories", phenomena.listCategories(true));
        return "signals/phenomena";
    }

    @PostMapping("/admin/phenomena/{id}")
    String change(@PathVariable int id, @RequestParam(required = false) Integer category, @RequestParam(required = false) String nameFi,
            @RequestParam(required = false) String nameSv, @RequestParam(required = false) String nameEn,
            @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect, Locale locale) {
        try {
            var changed = phenomena.changePhenomenon(id, category == null ? 0 : category, nameFi, nameSv, nameEn, active);
            redirect.addFlashAttribute("notice", messages.getMessage("phenomenon.notice.changed", new Object[] { changed.name(locale) }, locale));
        } catch (InvalidInput e) {
            fail(redirect, e, locale, "phenomenon-" + id);
        }
        return "redirect:/admin/phenomena#phenomenon-" + id;
    }

    @PostMapping("/admin/phenomena")
    String add(@RequestParam(required = false) Integer category, @RequestParam(required = false) String code,
            @RequestParam(required = false) String nameFi, @RequestParam(required = false) String nameSv,
            @RequestParam(required = false) String nameEn, RedirectAttributes redirect, Locale locale) {
        try {
            var added = phenomena.addPhenomenon(category == null ? 0 : category, code, nameFi, nameSv, nameEn);
            redirect.addFlashAttribute("notice", messages.getMessage("phenomenon.notice.added", new Object[] { added.name(locale) }, locale));
            return "redirect:/admin/phenomena#phenomenon-" + added.id();
        } catch (InvalidInput e) {
            fail(redirect, e, locale, "new");
            redirect.addFlashAttribute("newCode", code);
            redirect.addFlashAttribute("newNameFi", nameFi);
            redirect.addFlashAttribute("newNameSv", nameSv);
            redirect.addFlashAttribute("newNameEn", nameEn);
            redirect.addFlashAttribute("newCategory", category);
            return "redirect:/admin/phenomena#new-phenomenon";
        }
    }

    private void fail(RedirectAttributes redirect, InvalidInput e, Locale locale, String where) {
        redirect.addFlashAttribute("error", e.messageKey() == null ? e.getMessage()
                : messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), locale));
        redirect.addFlashAttribute("errorAt", where);
        redirect.addFlashAttribute("errorField", e.field());
    }
}
