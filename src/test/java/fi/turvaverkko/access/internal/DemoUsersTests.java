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
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void refusesToStartWithDemoAccountsWhenDemoModeIsOff() {
        var startUp = new DemoUsers(DemoMode.off(), users, passwords, transactions);
        assertThatThrownBy(startUp::afterSingletonsInstantiated)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Demo mode is off")
                .hasMessageContaining("admin");
    }
}
