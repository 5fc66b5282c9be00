package fi.turvaverkko.access.web;

import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fi.turvaverkko.access.Accounts;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.access.Role;
import fi.turvaverkko.access.RoleGrant;
import fi.turvaverkko.platform.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Me", description = "The signed-in account")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@RestController
@RequestMapping("/api/me")
class MeApiController {

    private final Accounts accounts;

    MeApiController(Accounts accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "Who is signed in, with roles (and the areas each one is limited to) and preferences")
    @GetMapping
    Me me() {
        return Me.of(current());
    }

    @Operation(summary = "Change one's own preferences (language: fi, sv or en)")
    @PutMapping("/preferences")
    Me preferences(@RequestBody Preferences preferences) {
        var user = current();
        accounts.changeLanguage(user.username(), preferences.language());
        return Me.of(current());
    }

    private CurrentUser current() {
        return accounts.findCurrentUser().orElseThrow(() -> new NotFound("The account is no longer active."));
    }

    record Preferences(String language) {
    }

    /** {@code grants}: each role everywhere ({@code areaCode} absent) or in an area and everything beneath it. */
    record Me(String username, String displayName, Set<Role> roles, Set<RoleGrant> grants, String language, boolean demo) {
        static Me of(CurrentUser user) {
            return new Me(user.username(), user.displayName(), user.roles(), user.grants(), user.language(), user.demo());
        }
    }
}
