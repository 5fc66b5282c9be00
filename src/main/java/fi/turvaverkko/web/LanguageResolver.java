package fi.turvaverkko.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

import fi.turvaverkko.access.Accounts;

/**
 * Finnish unless the person chose Swedish or English: the choice is kept in a cookie, and for a signed-in person also
 * in their account (it is restored at sign-in). Deliberately not the browser's Accept-Language: Finnish is the
 * platform's default language.
 */
class LanguageResolver implements LocaleResolver {

    static final Locale FINNISH = Locale.of("fi");

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object chosen = request.getAttribute(LanguageResolver.class.getName());
        if (chosen instanceof Locale locale) {
            return locale;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (Accounts.LANGUAGE_COOKIE.equals(cookie.getName()) && Accounts.LANGUAGES.contains(cookie.getValue())) {
                    return Locale.of(cookie.getValue());
                }
            }
        }
        return FINNISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String language = locale == null || !Accounts.LANGUAGES.contains(locale.getLanguage()) ? "fi" : locale.getLanguage();
        request.setAttribute(LanguageResolver.class.getName(), Locale.of(language));
        if (response != null) {
            response.addCookie(Accounts.languageCookie(language));
        }
    }
}
