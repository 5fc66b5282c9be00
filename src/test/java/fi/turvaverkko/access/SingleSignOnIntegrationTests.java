package fi.turvaverkko.access;

import static fi.turvaverkko.access.WebSession.claims;
import static fi.turvaverkko.access.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fi.turvaverkko.access.internal.AccountAdministration;
import fi.turvaverkko.access.internal.UserAccountRepository;
import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.OidcProvider;

/** Single sign-on against a real OIDC provider (mock-oauth2-server in the test JVM), through HTTP as a browser would. */
class SingleSignOnIntegrationTests extends IntegrationTest {

    @Autowired
    UserAccountRepository users;
    @Autowired
    AccountAdministration administration;
    @Autowired
    Accounts accounts;

    WebSession browser() {
        return new WebSession(port);
    }

    long account(String username, String email, Role role) {
        return users.create(username, null, "Test " + username, email, Set.of(role), false);
    }

    Map<String, Object> row(String username) {
        return db.sql("select status, enabled, password_hash, email, sso_issuer, sso_subject from access.user_account where username = :u")
                .param("u", username).query().singleRow();
    }

    @Test
    void loginPageOffersTheCitysSingleSignOnNextToLocalAccounts() {
        var login = get("/login");
        assertThat(login.body()).contains("Kirjaudu: Helsingin kaupungin kirjautuminen")
                .contains("href=\"/oauth2/authorization/sso\"")
                .contains("name=\"password\"");
    }

    @Test
    void signsInAFirstTimePersonAsTheEnabledAccountWithTheirVerifiedEmailIgnoringCase() {
        account("sso.match", "Maija.Match@Example.fi", Role.ANALYST);
        var browser = browser();
        var signedIn = browser.signInWithSso("subject-match", claims("maija.match@example.FI", true, "Maija Match"));
        assertThat(location(signedIn)).endsWith("/");
        assertThat(browser.get("/").body()).contains("Test sso.match");
        assertThat(row("sso.match")).containsEntry("sso_subject", "subject-match").containsEntry("sso_issuer", OidcProvider.issuer());

        // later sign-ins go by the stored subject, whatever the address is now
        var again = browser().signInWithSso("subject-match", claims("maija@elsewhere.example", true, "Maija Match"));
        assertThat(location(again)).endsWith("/");
        assertThat(db.sql("select count(*) from access.user_account where sso_subject = 'subject-match'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void givesAnUnknownPersonAPendingAccountAndTellsThemToWait() {
        var browser = browser();
        var result = browser.signInWithSso("subject-unknown", claims("new.person@example.fi", true, "Uusi Henkilö"));
        assertThat(location(result)).endsWith("/login/pending");
        var pendingPage = browser.get("/login/pending");
        assertThat(pendingPage.statusCode()).isEqualTo(200);
        assertThat(pendingPage.body()).contains("Tilisi odottaa hyväksyntää");
        assertThat(browser.get("/account/tokens").statusCode()).as("not signed in").isEqualTo(302);

        var account = db.sql("select username, status, enabled, password_hash, display_name, email, sso_subject from access.user_account "
                + "where sso_subject = 'subject-unknown'").query().singleRow();
        assertThat(account).containsEntry("status", "PENDING").containsEntry("enabled", false).containsEntry("password_hash", null)
                .containsEntry("display_name", "Uusi Henkilö").containsEntry("email", "new.person@example.fi")
                .containsEntry("username", "new.person");
        assertThat(db.sql("select count(*) from access.user_role r join access.user_account u on u.id = r.user_id "
                + "where u.sso_subject = 'subject-unknown'").query(Long.class).single()).isZero();

        // trying again changes nothing: still one account, still waiting
        assertThat(location(browser().signInWithSso("subject-unknown", claims("new.person@example.fi", true, "Uusi Henkilö"))))
                .endsWith("/login/pending");
        assertThat(db.sql("select count(*) from access.user_account where sso_subject = 'subject-unknown'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void doesNotMatchAnAddressTheProviderDoesNotVouchFor() {
        account("sso.unverified", "unverified@example.fi", Role.MEMBER);
        var result = browser().signInWithSso("subject-unverified", claims("unverified@example.fi", false, "Someone"));
        assertThat(location(result)).endsWith("/login/pending");
        assertThat(row("sso.unverified")).containsEntry("sso_subject", null);
        assertThat(db.sql("select email is null from access.user_account where sso_subject = 'subject-unverified'")
                .query(Boolean.class).single()).as("an unverified address is not kept").isTrue();
    }

    @Test
    void refusesAnAccountTheAdministratorRejected() {
        browser().signInWithSso("subject-rejected", claims("rejected@example.fi", true, "Rejected Person"));
        long id = db.sql("select id from access.user_account where sso_subject = 'subject-rejected'").query(Long.class).single();
        administration.reject(id, admin());
        var again = browser().signInWithSso("subject-rejected", claims("rejected@example.fi", true, "Rejected Person"));
        assertThat(location(again)).contains("/login?sso=refused");
        assertThat(get("/login?sso=refused").body()).contains("Tiliäsi ei ole hyväksytty");
    }

    @Test
    void refusesToLinkAnAccountAlreadyLinkedToAnotherSignIn() {
        account("sso.linked", "linked@example.fi", Role.MEMBER);
        assertThat(location(browser().signInWithSso("subject-first", claims("linked@example.fi", true, "First")))).endsWith("/");
        var other = browser().signInWithSso("subject-second", claims("LINKED@example.fi", true, "Second"));
        assertThat(location(other)).contains("/login?sso=conflict");
        assertThat(row("sso.linked")).containsEntry("sso_subject", "subject-first");
        assertThat(db.sql("select count(*) from access.user_account where sso_subject = 'subject-second'").query(Long.class).single()).isZero();
    }

    @Test
    void demoAccountsHaveEmailAddressesForSingleSignOn() {
        assertThat(db.sql("select email from access.user_account where username = 'coordinator'").query(String.class).single())
                .isEqualTo("coordinator@demo.turvaverkko.fi");
    }

    private CurrentUser admin() {
        long id = users.findCredentials("admin").orElseThrow().id();
        return new CurrentUser(id, "admin", "Admin", Set.of(Role.ADMIN), null, true);
    }
}
