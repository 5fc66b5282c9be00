package fi.turvaverkko.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fi.turvaverkko.support.BrowserTest;
import fi.turvaverkko.support.OidcProvider;

/**
 * People sign in with the city's single sign-on: the test OIDC provider (mock-oauth2-server) shows its own login form,
 * where the person types their subject and the claims the provider vouches for.
 */
class PersonSignsInWithSingleSignOnBrowserTests extends BrowserTest {

    /** Clicks the button on our login page and signs in at the provider. */
    void signInAtTheProvider(Page page, String subject, String email, String name) {
        page.navigate(url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kirjaudu: Helsingin kaupungin kirjautuminen")).click();
        // JavaScript regular expression: no \Q…\E quoting
        assertThat(page).hasURL(Pattern.compile("/" + OidcProvider.ISSUER_ID + "/authorize\\?"));
        page.locator("input[name=username]").fill(subject);
        page.locator("textarea[name=claims]").fill(OidcProvider.claims(email, true, name));
        page.locator("input[type=submit]").click();
    }

    @Test
    void coordinatorSignsInWithTheCitysSingleSignOnAndIsMatchedByEmail() {
        open("/login");
        assertThat(page.locator(".sso-button")).hasText("Kirjaudu: Helsingin kaupungin kirjautuminen");
        screenshot("login-with-sso");
        assertAccessible("login page with single sign-on");

        page.locator(".sso-button").click();
        page.locator("input[name=username]").fill("hel-coordinator-0001");
        page.locator("textarea[name=claims]").fill(OidcProvider.claims("Coordinator@Demo.Turvaverkko.fi", true, "Kaija Koordinaattori"));
        screenshot("sso-provider-login");
        page.locator("input[type=submit]").click();

        assertThat(page.locator(".account-name")).hasText("Demo: Turvallisuuskoordinaattori");
        assertThat(page).hasURL(url("/"));
        screenshot("signed-in-with-sso");
    }

    @Test
    void newcomerWaitsForApprovalAndCanSignInOnceTheAdministratorApproves() {
        signInAtTheProvider(page, "hel-newcomer-0002", "uusi.tyontekija@hel.fi", "Ulla Uusi");
        assertThat(page).hasURL(url("/login/pending"));
        assertThat(page.locator("h1")).hasText("Tilisi odottaa hyväksyntää");
        assertThat(page.locator(".account-name")).hasCount(0);
        screenshot("sso-pending");
        assertAccessible("pending page");

        try (var adminContext = newBrowserContext()) {
            Page admin = adminContext.newPage();
            admin.navigate(url("/login"));
            admin.getByLabel("Käyttäjätunnus").fill("admin");
            admin.getByLabel("Salasana").fill("demo");
            admin.locator("form.form button[type=submit]").click();
            admin.navigate(url("/admin/accounts"));
            assertThat(admin.locator("h1")).hasText("Käyttäjätilit");
            assertThat(admin.locator("table.accounts tbody tr").first()).containsText("Ulla Uusi");
            assertThat(admin.locator("table.accounts tbody tr").first()).containsText("Odottaa hyväksyntää");
            admin.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("admin-accounts-pending.png")).setFullPage(true));
            checkAccessible(admin, "accounts page");

            admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ulla Uusi")).click();
            assertThat(admin.locator("h1")).hasText("Ulla Uusi");
            admin.getByLabel("Turvallisuuskoordinaattori", new Page.GetByLabelOptions().setExact(true)).check();
            admin.getByLabel("Alueet: Turvallisuuskoordinaattori").fill("0914");
            admin.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("admin-approves-account.png")).setFullPage(true));
            checkAccessible(admin, "account page");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hyväksy tili")).click();
            assertThat(admin.locator(".notification.success")).hasText("Tili hyväksyttiin. Henkilö voi nyt kirjautua.");
            assertThat(admin.getByLabel("Alueet: Turvallisuuskoordinaattori")).hasValue("0914");
            admin.navigate(url("/admin/accounts"));
            assertThat(admin.locator("tr[data-username='uusi.tyontekija']")).containsText("alueilla 0914");
        }

        signInAtTheProvider(page, "hel-newcomer-0002", "uusi.tyontekija@hel.fi", "Ulla Uusi");
        assertThat(page.locator(".account-name")).hasText("Ulla Uusi");
        screenshot("sso-approved-signed-in");
    }

    private com.microsoft.playwright.BrowserContext newBrowserContext() {
        return context.browser().newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("en-US"));
    }

    private void checkAccessible(Page other, String what) {
        Page own = page;
        page = other;
        try {
            assertAccessible(what);
        } finally {
            page = own;
        }
    }
}
