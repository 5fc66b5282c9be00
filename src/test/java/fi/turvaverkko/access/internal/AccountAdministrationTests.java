package fi.turvaverkko.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.access.Role;
import fi.turvaverkko.access.RoleGrant;

class AccountAdministrationTests {

    @Test
    void dropsGrantsThatAnotherGrantOfTheSameRoleAlreadyCovers() {
        var grants = AccountAdministration.normalised(Set.of(RoleGrant.everywhere(Role.ANALYST), RoleGrant.in(Role.ANALYST, "0914"),
                RoleGrant.in(Role.COORDINATOR, "0914"), RoleGrant.in(Role.COORDINATOR, "0914207"), RoleGrant.in(Role.COORDINATOR, "0915"),
                RoleGrant.in(Role.MEMBER, "0914207")));
        assertThat(grants).containsExactly(RoleGrant.in(Role.COORDINATOR, "0914"), RoleGrant.in(Role.COORDINATOR, "0915"),
                RoleGrant.everywhere(Role.ANALYST), RoleGrant.in(Role.MEMBER, "0914207"));
    }

    @Test
    void needsAtLeastOneRole() {
        assertThatThrownBy(() -> AccountAdministration.normalised(Set.of())).isInstanceOf(AccessRuleBroken.class)
                .extracting(e -> ((AccessRuleBroken) e).messageKey()).isEqualTo("access.admin.error.noRole");
    }

    @Test
    void makesUsernamesThatFitTheRules() {
        assertThat(SingleSignOn.usernameFrom("Äijä.Öhman")).isEqualTo("aija.ohman");
        assertThat(SingleSignOn.usernameFrom("maija meikäläinen@hel.fi")).isEqualTo("maija.meikalainen.hel.fi");
        assertThat(SingleSignOn.usernameFrom("x")).isEqualTo("sso-user");
        assertThat(SingleSignOn.usernameFrom("--" + "a".repeat(80))).hasSize(56).matches("[a-z0-9._-]{2,64}");
    }
}
