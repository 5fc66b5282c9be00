package fi.turvaverkko.access.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fi.turvaverkko.access.Role;
import fi.turvaverkko.platform.DemoMode;

/**
 * Demo mode's accounts, each with the password {@code demo}. Outside demo mode the application refuses to start while
 * such accounts exist: a well-known password must never reach production. Runs before the web server takes requests.
 */
@Component
class DemoUsers implements SmartInitializingSingleton {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    /** Demo accounts have e-mail addresses in this domain, so that single sign-on can find them in a demo. */
    static final String EMAIL_DOMAIN = "demo.turvaverkko.fi";

    record DemoUser(String username, String displayName, Set<Role> roles) {

        String email() {
            return username + "@" + EMAIL_DOMAIN;
        }
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Demo: Ylläpitäjä", EnumSet.of(Role.ADMIN)),
            new DemoUser("coordinator", "Demo: Turvallisuuskoordinaattori", EnumSet.of(Role.COORDINATOR)),
            new DemoUser("police", "Demo: Poliisikoordinaattori", EnumSet.of(Role.POLICE_COORDINATOR)),
            new DemoUser("analyst", "Demo: Analyytikko", EnumSet.of(Role.ANALYST)),
            new DemoUser("member", "Demo: Järjestötyöntekijä", EnumSet.of(Role.MEMBER)),
            new DemoUser("youth", "Demo: Nuorisopalvelut", EnumSet.of(Role.MEMBER)),
            new DemoUser("executive", "Demo: Johtoryhmä", EnumSet.of(Role.EXECUTIVE)));

    private final DemoMode demoMode;
    private final UserAccountRepository users;
    private final PasswordEncoder passwords;

    private final TransactionTemplate transactions;

    DemoUsers(DemoMode demoMode, UserAccountRepository users, PasswordEncoder passwords, TransactionTemplate transactions) {
        this.demoMode = demoMode;
        this.users = users;
        this.passwords = passwords;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transactions.executeWithoutResult(status -> seedOrRefuse());
    }

    void seedOrRefuse() {
        users.lockForSeeding();
        if (!demoMode.enabled()) {
            List<String> demoAccounts = users.listDemoUsernames();
            if (!demoAccounts.isEmpty()) {
                throw new IllegalStateException("Demo mode is off (turvaverkko.demo=false) but the database has demo accounts "
                        + demoAccounts + " with a well-known password. Remove them (delete from access.user_account where demo) "
                        + "or turn demo mode on.");
            }
            return;
        }
        for (DemoUser user : USERS) {
            if (!users.exists(user.username())) {
                users.create(user.username(), passwords.encode(PASSWORD), user.displayName(), user.email(), user.roles(), true);
                log.info("Demo mode: created the demo account '{}' (password '{}')", user.username(), PASSWORD);
            } else {
                users.addMissingDemoEmail(user.username(), user.email());
            }
        }
    }
}
