package fi.turvaverkko.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.BrowserTest;

class UserSignsInBrowserTests extends BrowserTest {

    @Test
    void coordinatorSignsInAndOut() {
        open("/");
        page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Kirjaudu sisään")).click();
        assertThat(page.locator("h1")).hasText("Kirjaudu sisään");
        assertThat(page.locator(".demo-accounts")).containsText("coordinator");
        screenshot("login");
        assertAccessible("login page");
        page.getByLabel("Käyttäjätunnus").fill("coordinator");
        page.getByLabel("Salasana").fill("demo");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".account-name")).hasText("Demo: Turvallisuuskoordinaattori");
        screenshot("signed-in");
        page.locator(".account button").click();
        assertThat(page.locator(".account-name")).hasCount(0);
        assertThat(page.locator("header")).containsText("Kirjaudu sisään");
    }

    @Test
    void seesAMessageInTheirLanguageWhenThePasswordIsWrong() {
        open("/login");
        page.locator(".language-switch button[value=sv]").click();
        page.getByLabel("Användarnamn").fill("police");
        page.getByLabel("Lösenord").fill("wrong");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".notification.error")).hasText("Användarnamnet eller lösenordet är fel.");
        assertThat(page).hasURL(Pattern.compile("/login\\?error"));
        screenshot("login-failed-sv");
    }

    @Test
    void getsTheLanguageOfTheirAccountWhenTheySignIn() {
        open("/login");
        page.getByLabel("Käyttäjätunnus").fill("executive");
        page.getByLabel("Salasana").fill("demo");
        page.locator("form.form button[type=submit]").click();
        page.locator(".language-switch button[value=en]").click();
        assertThat(page.locator("h1")).hasText("Areas on the map");
        // a new browser with no cookie: the account remembers English
        context.clearCookies();
        open("/login");
        page.getByLabel("Käyttäjätunnus").fill("executive");
        page.getByLabel("Salasana").fill("demo");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Areas on the map");
    }
}
