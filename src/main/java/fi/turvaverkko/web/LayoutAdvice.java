package fi.turvaverkko.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fi.turvaverkko.access.Accounts;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.platform.DemoMode;

/** What every page's layout needs: who is signed in, the language, the path to come back to, demo mode. */
@ControllerAdvice
class LayoutAdvice {

    private final Accounts accounts;
    private final DemoMode demoMode;
    private final MapProperties map;

    LayoutAdvice(Accounts accounts, DemoMode demoMode, MapProperties map) {
        this.accounts = accounts;
        this.demoMode = demoMode;
        this.map = map;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return accounts.findCurrentUser().orElse(null);
    }

    @ModelAttribute("lang")
    String language(Locale locale) {
        return locale.getLanguage();
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return List.of("fi", "sv", "en");
    }

    @ModelAttribute("returnTo")
    String returnTo(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("demo")
    boolean demo() {
        return demoMode.enabled();
    }

    @ModelAttribute("map")
    MapProperties map() {
        return map;
    }
}
