package fi.turvaverkko.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fi.turvaverkko.support.BrowserTest;

class PersonManagesApiTokensBrowserTests extends BrowserTest {

    @Test
    void policeCoordinatorCreatesATokenForTheDataFeedCopiesItOnceAndRevokesIt() {
        open("/login");
        page.getByLabel("Käyttäjätunnus").fill("police");
        page.getByLabel("Salasana").fill("demo");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".account-name")).hasText("Demo: Poliisikoordinaattori");

        open("/account/tokens");
        assertThat(page.locator("h1")).hasText("API-avaimet");
        page.getByLabel("Nimi").fill("Poliisin tietosyöte");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Luo avain")).click();
        assertThat(page.locator("#created-title")).hasText("Avain luotiin: Poliisin tietosyöte");
        String secret = page.getByLabel("API-avain").inputValue();
        org.assertj.core.api.Assertions.assertThat(secret).startsWith("tvk_");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kopioi")).click();
        assertThat(page.locator(".copy-status")).hasText("Kopioitu leikepöydälle.");
        screenshot("api-token-created");
        assertAccessible("tokens page with a new token");

        org.assertj.core.api.Assertions.assertThat(get("/api/me", "Authorization", "Bearer " + secret).statusCode()).isEqualTo(200);

        open("/account/tokens");
        assertThat(page.locator("#secret")).hasCount(0);
        assertThat(page.locator("table.tokens")).containsText("Poliisin tietosyöte");
        assertThat(page.locator("table.tokens")).not().containsText(secret);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mitätöi avain Poliisin tietosyöte")).click();
        assertThat(page.locator(".notification.success")).hasText("Avain mitätöitiin. Sillä ei voi enää käyttää rajapintaa.");
        assertThat(page.locator("table.tokens tbody tr").first()).containsText("Mitätöity");
        screenshot("api-token-revoked");
        org.assertj.core.api.Assertions.assertThat(get("/api/me", "Authorization", "Bearer " + secret).statusCode()).isEqualTo(401);
    }
}
