package fi.turvaverkko.access.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fi.turvaverkko.access.Accounts;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.access.internal.AccessRuleBroken;
import fi.turvaverkko.access.internal.ApiToken;
import fi.turvaverkko.access.internal.ApiTokens;
import fi.turvaverkko.platform.NotFound;

/** One's own API tokens: create one (its secret is shown on this answer only), see them, revoke them. */
@Controller
class TokenController {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final MessageSource messages;

    TokenController(Accounts accounts, ApiTokens tokens, MessageSource messages) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/account/tokens")
    String list(Model model) {
        return page(current(), model, "", "");
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String expiresOn, Model model,
            Locale locale) {
        var user = current();
        LocalDate expiry;
        try {
            expiry = expiresOn.isBlank() ? null : LocalDate.parse(expiresOn.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute("error", messages.getMessage("access.tokens.error.expiryFormat", null, locale));
            return page(user, model, name, expiresOn);
        }
        try {
            var created = tokens.create(user.id(), name, expiry);
            model.addAttribute("created", created);
        } catch (AccessRuleBroken e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return page(user, model, name, expiresOn);
        }
        return page(user, model, "", "");
    }

    @PostMapping("/account/tokens/{id:[0-9]{1,18}}/revoke")
    String revoke(@PathVariable long id) {
        try {
            tokens.revoke(current().id(), id);
        } catch (NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/account/tokens?revoked";
    }

    private String page(CurrentUser user, Model model, String name, String expiresOn) {
        var now = Instant.now();
        model.addAttribute("tokens", tokens.listOf(user.id()).stream().map(token -> TokenRow.of(token, now)).toList());
        model.addAttribute("name", name);
        model.addAttribute("expiresOn", expiresOn);
        model.addAttribute("today", LocalDate.now(ApiTokens.ZONE).toString());
        model.addAttribute("maxNameLength", ApiTokens.MAX_NAME_LENGTH);
        return "access/tokens";
    }

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy").withZone(ApiTokens.ZONE);
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").withZone(ApiTokens.ZONE);

    /** A token as the page lists it, its times in the city's time zone. {@code expires}: the last day of validity. */
    record TokenRow(long id, String name, String hint, ApiToken.State state, String created, String expires, String lastUsed) {

        static TokenRow of(ApiToken token, Instant now) {
            return new TokenRow(token.id(), token.name(), token.hint(), token.state(now), MINUTE.format(token.createdAt()),
                    token.expiresAt() == null ? null : DAY.format(token.expiresAt().minusSeconds(1)),
                    token.lastUsedAt() == null ? null : MINUTE.format(token.lastUsedAt()));
        }
    }

    private CurrentUser current() {
        return accounts.findCurrentUser().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
