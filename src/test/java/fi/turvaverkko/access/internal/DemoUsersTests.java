package fi.turvaverkko.access.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import fi.turvaverkko.platform.DemoMode;
import fi.turvaverkko.support.IntegrationTest;

class DemoUsersTests extends IntegrationTest {

    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void refusesToStartWithDemoAccountsWhenDemoModeIsOff() {
        var startUp = new DemoUsers(DemoMode.off(), users, passwords);
        assertThatThrownBy(() -> startUp.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Demo mode is off")
                .hasMessageContaining("admin");
    }
}
