package fi.turvaverkko.access.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
import fi.turvaverkko.access.Role;
import fi.turvaverkko.access.RoleGrant;
import fi.turvaverkko.access.internal.AccessRuleBroken;
import fi.turvaverkko.access.internal.AccountAdministration;
import fi.turvaverkko.access.internal.AccountSummary;
import fi.turvaverkko.platform.NotFound;

/**
 * The administrator's accounts: those waiting for approval first; approving (with roles) or rejecting them, and the
 * roles of active accounts, each everywhere or limited to areas. /admin/** is for ADMIN only (SecurityConfiguration).
 */
@Controller
class AccountAdminController {

    private final AccountAdministration administration;
    private final Accounts accounts;
    private final MessageSource messages;

    AccountAdminController(AccountAdministration administration, Accounts accounts, MessageSource messages) {
        this.administration = administration;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        List<AccountSummary> all = administration.listAccounts();
        model.addAttribute("accounts", all);
        model.addAttribute("pendingCount", all.stream().filter(AccountSummary::pending).count());
        return "access/admin-accounts";
    }

    @GetMapping("/admin/accounts/{id:[0-9]{1,18}}")
    String account(@PathVariable long id, Model model) {
        var account = find(id);
        return page(account, model, formOf(account.grants()));
    }

    @PostMapping("/admin/accounts/{id:[0-9]{1,18}}/approve")
    String approve(@PathVariable long id, @RequestParam(name = "role", required = false) List<String> roles,
            @RequestParam Map<String, String> params, Model model, Locale locale) {
        return decide(id, roles, params, model, locale, (grants, admin) -> administration.approve(id, grants, admin), "approved");
    }

    @PostMapping("/admin/accounts/{id:[0-9]{1,18}}/roles")
    String roles(@PathVariable long id, @RequestParam(name = "role", required = false) List<String> roles,
            @RequestParam Map<String, String> params, Model model, Locale locale) {
        return decide(id, roles, params, model, locale, (grants, admin) -> administration.changeGrants(id, grants, admin), "saved");
    }

    @PostMapping("/admin/accounts/{id:[0-9]{1,18}}/reject")
    String reject(@PathVariable long id, Model model, Locale locale) {
        var account = find(id);
        try {
            administration.reject(id, admin());
        } catch (AccessRuleBroken e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return page(account, model, formOf(account.grants()));
        } catch (NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/admin/accounts?rejected=" + id;
    }

    private interface Decision {
        void apply(Set<RoleGrant> grants, CurrentUser admin);
    }

    private String decide(long id, List<String> roles, Map<String, String> params, Model model, Locale locale, Decision decision,
            String done) {
        var account = find(id);
        var form = new LinkedHashMap<Role, RoleChoice>();
        for (Role role : Role.values()) {
            boolean chosen = roles != null && roles.contains(role.name());
            form.put(role, new RoleChoice(chosen, params.getOrDefault("area." + role.name(), "").strip()));
        }
        try {
            decision.apply(grantsOf(form), admin());
        } catch (AccessRuleBroken e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return page(account, model, form);
        } catch (NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/admin/accounts/" + id + "?" + done;
    }

    /** What the form says: each chosen role everywhere (no areas) or in the listed areas (codes separated by commas or spaces). */
    static Set<RoleGrant> grantsOf(Map<Role, RoleChoice> form) {
        Set<RoleGrant> grants = new TreeSet<>();
        form.forEach((role, choice) -> {
            if (!choice.chosen()) {
                return;
            }
            List<String> areas = choice.areas().isBlank() ? List.of() : List.of(choice.areas().split("[,;\\s]+"));
            if (areas.isEmpty()) {
                grants.add(RoleGrant.everywhere(role));
            }
            for (String area : areas) {
                if (area.isEmpty()) {
                    continue;
                }
                if (role == Role.ADMIN) {
                    throw new AccessRuleBroken("area." + role, "access.admin.error.adminArea", "The ADMIN role cannot be limited to an area.");
                }
                if (!RoleGrant.AREA_CODE.matcher(area).matches()) {
                    throw new AccessRuleBroken("area." + role, "access.admin.error.areaCode",
                            "An area code is 3 to 16 digits (e.g. 0914); got '" + area + "'.", area);
                }
                grants.add(RoleGrant.in(role, area));
            }
        });
        return grants;
    }

    /** One row of the roles form. */
    record RoleChoice(boolean chosen, String areas) {
    }

    private static Map<Role, RoleChoice> formOf(Set<RoleGrant> grants) {
        Map<Role, RoleChoice> form = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            var held = grants.stream().filter(grant -> grant.role() == role).toList();
            form.put(role, new RoleChoice(!held.isEmpty(), held.stream().filter(grant -> !grant.unlimited())
                    .map(RoleGrant::areaCode).collect(Collectors.joining(", "))));
        }
        return form;
    }

    private String page(AccountSummary account, Model model, Map<Role, RoleChoice> form) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        return "access/admin-account";
    }

    private AccountSummary find(long id) {
        try {
            return administration.getAccount(id);
        } catch (NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private CurrentUser admin() {
        return accounts.findCurrentUser().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
