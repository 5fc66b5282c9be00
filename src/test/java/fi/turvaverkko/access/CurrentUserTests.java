package fi.turvaverkko.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.platform.InvalidInput;

class CurrentUserTests {

    static CurrentUser user(RoleGrant... grants) {
        Set<RoleGrant> set = Set.of(grants);
        var roles = java.util.EnumSet.noneOf(Role.class);
        set.forEach(g -> roles.add(g.role()));
        return new CurrentUser(7, "someone", "Someone", roles, "fi", false, set);
    }

    @Test
    void aRoleLimitedToAnAreaHoldsInThatAreaAndEverythingBeneathIt() {
        var coordinator = user(RoleGrant.in(Role.COORDINATOR, "0914"));
        assertThat(coordinator.mayActIn(Role.COORDINATOR, "0914")).isTrue();
        assertThat(coordinator.mayActIn(Role.COORDINATOR, "0914207")).isTrue();
        assertThat(coordinator.mayActIn(Role.COORDINATOR, "0914207101")).isTrue();
        assertThat(coordinator.mayActIn(Role.COORDINATOR, "0913301")).isFalse();
        assertThat(coordinator.mayActIn(Role.COORDINATOR, "091")).as("not the whole city").isFalse();
        assertThat(coordinator.mayActIn(Role.COORDINATOR, null)).as("a record without an area needs the role everywhere").isFalse();
        assertThat(coordinator.mayActIn(Role.ANALYST, "0914")).isFalse();
        assertThat(coordinator.mayActEverywhere(Role.COORDINATOR)).isFalse();
        assertThat(coordinator.has(Role.COORDINATOR)).isTrue();
        assertThat(coordinator.roles()).containsExactly(Role.COORDINATOR);
    }

    @Test
    void aRoleWithoutLimitsHoldsEverywhere() {
        var analyst = user(RoleGrant.everywhere(Role.ANALYST), RoleGrant.in(Role.MEMBER, "0913"), RoleGrant.in(Role.MEMBER, "0917"));
        assertThat(analyst.mayActIn(Role.ANALYST, "0491")).isTrue();
        assertThat(analyst.mayActIn(Role.ANALYST, null)).isTrue();
        assertThat(analyst.mayActEverywhere(Role.ANALYST)).isTrue();
        assertThat(analyst.mayActIn(Role.MEMBER, "0917101")).isTrue();
        assertThat(analyst.mayActIn(Role.MEMBER, "0915")).isFalse();
        assertThat(analyst.roles()).containsExactlyInAnyOrder(Role.ANALYST, Role.MEMBER);
    }

    @Test
    void theFormerConstructorGivesEveryRoleEverywhere() {
        var user = new CurrentUser(1, "police", "Police", Set.of(Role.POLICE_COORDINATOR), null, true);
        assertThat(user.grants()).containsExactly(RoleGrant.everywhere(Role.POLICE_COORDINATOR));
        assertThat(user.mayActIn(Role.POLICE_COORDINATOR, "0911")).isTrue();
    }

    @Test
    void rolesAndGrantsMustAgree() {
        assertThatThrownBy(() -> new CurrentUser(1, "x", "X", Set.of(Role.ADMIN), null, false, Set.of(RoleGrant.everywhere(Role.MEMBER))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAreaCodeIsDigitsAndAdminIsNeverLimited() {
        assertThatThrownBy(() -> RoleGrant.in(Role.COORDINATOR, "Kallio")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> RoleGrant.in(Role.COORDINATOR, "09")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> RoleGrant.in(Role.ADMIN, "0914")).isInstanceOf(InvalidInput.class).hasMessageContaining("ADMIN");
        assertThat(RoleGrant.in(Role.COORDINATOR, "091").covers("0913301101001")).isTrue();
    }
}
