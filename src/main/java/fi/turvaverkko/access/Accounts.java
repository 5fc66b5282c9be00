package fi.turvaverkko.access;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.access.internal.UserAccountRepository;
import fi.turvaverkko.platform.InvalidInput;

/** The access module's entry point: who is signed in, and their own settings. */
@Service
public class Accounts {

    public static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");
    /** The cookie that remembers the language in a browser. */
    public static final String LANGUAGE_COOKIE = "turvaverkko-lang";

    private final UserAccountRepository users;

    private final fi.turvaverkko.audit.AuditTrail audit;

    Accounts(UserAccountRepository users, fi.turvaverkko.audit.AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    /** The person signed in to this request, if any. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> findCurrentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || "anonymousUser".equals(authentication.getPrincipal())) {
            return Optional.empty();
        }
        return users.findByUsername(authentication.getName());
    }

    /** The cookie that keeps a language choice in a browser for a year. */
    public static jakarta.servlet.http.Cookie languageCookie(String language) {
        var cookie = new jakarta.servlet.http.Cookie(LANGUAGE_COOKIE, LANGUAGES.contains(language) ? language : "fi");
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** The id of an account by its username. */
    @Transactional(readOnly = true)
    public Optional<Long> findUserId(String username) {
        return users.findCredentials(username).map(UserAccountRepository.StoredAccount::id);
    }

    /** Remembers the person's language, so that it follows them to any browser. */
    @Transactional
    public void changeLanguage(String username, String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw new InvalidInput("language", "language must be fi, sv or en; got '" + language + "'.");
        }
        users.updateLanguage(username, language);
        audit.record(username, null, "access.account.language-changed", "account", username, null,
                fi.turvaverkko.audit.ChangeSummary.create().with("language", language).toJson());
    }
}
