package fi.turvaverkko.signals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.FilePayload;

import fi.turvaverkko.support.BrowserTest;

/**
 * The coordinator uploads a CSV file with one bad row: all-or-nothing refuses it and the report names the row; with
 * keep-valid the good rows are imported and the bad one is reported.
 */
class CoordinatorImportsSignalsBrowserTests extends BrowserTest {

    void signIn(String username) {
        open("/login");
        page.locator(".language-switch button[value=en]").click();
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("demo");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".account-name")).isVisible();
    }

    @Test
    void coordinatorImportsAFileWithOneBadRowKeepingTheValidRows() {
        String marker = SignalImportTests.marker();
        String csv = "phenomenon,observed_at,lat,lon,count,description\n"
                + "vandalism,2026-02-17T21:30,60.1699,24.9384,1," + marker + "\n"
                + "vandalism,2026-02-17T22:00,60.2100,25.0800,2," + marker + "\n"
                + "unicorns,2026-02-17T22:30,60.1699,24.9384,1," + marker + "\n";
        FilePayload file = new FilePayload("signals.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        signIn("coordinator");
        open("/signals/import");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Import signals"))).isVisible();
        page.getByLabel("CSV file").setInputFiles(file);
        page.getByText("Import", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();

        assertThat(page.locator(".import-result .notification.error")).containsText("1 rows are invalid, so nothing was imported");
        assertThat(page.locator(".import-problems tbody tr")).hasCount(1);
        assertThat(page.locator(".import-problems tbody tr td").nth(0)).hasText("3");
        assertThat(page.locator(".import-problems tbody tr td").nth(2)).hasText("phenomenon");
        assertThat(db.sql("select count(*) from signals.signal where description = :d").param("d", marker).query(Long.class).single()).isZero();

        page.getByLabel("CSV file").setInputFiles(file);
        page.getByLabel("Keep the valid rows and report the rest").check();
        page.getByText("Import", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();

        assertThat(page.locator(".import-result .notification.success")).containsText("Imported: 2 new signals, 0 updated, 1 rows refused.");
        assertThat(page.locator(".rows-read")).hasText("3");
        assertThat(page.locator(".rows-written")).hasText("2");
        assertThat(page.locator(".rows-refused")).hasText("1");
        assertThat(page.locator(".import-problems tbody tr")).hasCount(1);
        assertThat(db.sql("select count(*) from signals.signal where description = :d").param("d", marker).query(Long.class).single()).isEqualTo(2);
        screenshot("coordinator-imports-signals");
        assertAccessible("the import page with its report");
    }
}
