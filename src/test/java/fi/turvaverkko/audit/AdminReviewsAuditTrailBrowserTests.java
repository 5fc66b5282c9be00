package fi.turvaverkko.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.BrowserTest;

class AdminReviewsAuditTrailBrowserTests extends BrowserTest {

    void signIn(String username) {
        open("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".account-name")).isVisible();
    }

    @Test
    void adminFiltersTheTrailBySignInsAndDownloadsThemAsCsv() throws Exception {
        signIn("admin");
        open("/admin/audit");
        assertThat(page.locator("h1")).hasText("Tapahtumaloki");
        assertThat(page.locator("#chain-status")).hasClass(Pattern.compile("success"));
        assertThat(page.locator("#chain-status")).containsText("Ketju on eheä");

        page.getByLabel("Toiminto alkaa").fill("access.signed-in");
        page.getByLabel("Tekijä (käyttäjätunnus)").fill("admin");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Rajaa").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("action=access.signed-in"));
        var rows = page.locator(".audit-table tbody tr");
        assertThat(rows.first()).containsText("access.signed-in");
        assertThat(rows.first()).containsText("admin");
        assertThat(page.locator(".audit-table tbody tr", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasNotText("access.signed-in"))).hasCount(0);
        assertThat(page.getByLabel("Toiminto alkaa")).hasValue("access.signed-in");
        screenshot("admin-audit");
        assertAccessible("audit page");

        var download = page.waitForDownload(() -> page.locator("a.csv-link").click());
        assertThat(download.suggestedFilename()).matches("audit-\\d{8}-\\d{6}\\.csv");
        byte[] bytes = Files.readAllBytes(download.path());
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("id,occurred_at,actor,actor_id,action");
        assertThat(lines.length).isGreaterThan(1);
        assertThat(Arrays.copyOfRange(lines, 1, lines.length)).allSatisfy(line -> assertThat(line).contains(",admin,,access.signed-in,account,admin,"));
    }

    @Test
    void coordinatorIsTurnedAwayFromTheAuditPage() {
        signIn("coordinator");
        open("/admin/audit");
        assertThat(page.locator("h1")).hasText("Ei käyttöoikeutta");
        assertThat(page.locator(".audit-table")).hasCount(0);
        screenshot("admin-audit-forbidden");
    }
}
