package fi.turvaverkko.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import fi.turvaverkko.access.Accounts;

/** The language switch in the header: a small form, so that it works without script and is protected by CSRF. */
@Controller
class LanguageController {

    private final LocaleResolver locales;
    private final Accounts accounts;

    LanguageController(LocaleResolver locales, Accounts accounts) {
        this.locales = locales;
        this.accounts = accounts;
    }

    @PostMapping("/language")
    String change(@RequestParam String lang, @RequestParam(defaultValue = "/") String returnTo, HttpServletRequest request,
            HttpServletResponse response) {
        String language = Accounts.LANGUAGES.contains(lang) ? lang : "fi";
        locales.setLocale(request, response, Locale.of(language));
        accounts.findCurrentUser().ifPresent(user -> accounts.changeLanguage(user.username(), language));
        return "redirect:" + localPath(returnTo);
    }

    /** Only paths of this site: an open redirect would let a link send people elsewhere. */
    static String localPath(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.contains("\r") || returnTo.contains("\n")) {
            return "/";
        }
        return returnTo;
    }
}
