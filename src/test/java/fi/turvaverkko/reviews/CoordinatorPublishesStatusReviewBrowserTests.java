package fi.turvaverkko.reviews;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fi.turvaverkko.support.BrowserTest;

/**
 * The coordinator compiles a status review of the city safety plan in the browser, with the latest situational
 * picture, writes its summary, approves and publishes it, and opens the PDF: its first page is saved as a PNG.
 */
class CoordinatorPublishesStatusReviewBrowserTests extends BrowserTest {

    void signIn(String username) {
        open("/login");
        page.locator(".language-switch button[value=en]").click();
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("demo");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".account-name")).isVisible();
    }

    /** The demo signals are written in the background at start-up: the picture is published once they are all there. */
    void demoSignalsWritten() throws InterruptedException {
        long previous = -1;
        for (int i = 0; i < 120; i++) {
            long now = db.sql("select count(*) from signals.signal").query(Long.class).single();
            if (now > 0 && now == previous) {
                return;
            }
            previous = now;
            Thread.sleep(1000);
        }
    }

    @Test
    void theCoordinatorCompilesApprovesPublishesAndOpensTheStatusReviewPdf() throws Exception {
        demoSignalsWritten();
        var snapshot = send(HttpRequest.newBuilder(URI.create(url("/api/situation/snapshots"))).header("Authorization", basic("analyst", "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Tilannekuva johtoryhmälle\", \"days\": 28}")).build());
        assertThat(snapshot.statusCode()).as(snapshot.body()).isEqualTo(201);
        assertThat(parse(snapshot.body()).get("content").get("cells").size()).as("the picture has counts to map").isPositive();

        signIn("coordinator");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Status reviews")).click();
        assertThat(page.locator("h1")).hasText("Status reviews");
        assertAccessible("status reviews");
        screenshot("status-review-list");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New status review")).click();
        page.getByLabel("Plan").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Helsinki Safety Plan 2025–2028"));
        page.getByLabel("Start of the period").fill("2026-07-01");
        page.getByLabel("End of the period").fill("2026-09-30");
        page.getByLabel("Audience").selectOption("MANAGEMENT_GROUP");
        page.getByLabel("Language of the review").selectOption("fi");
        page.getByLabel("Situational picture").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.getByLabel("Title").fill("Turvallisuuden tilannekatsaus, syksy 2026");
        assertAccessible("new review form");
        screenshot("status-review-new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compile the review")).click();

        assertThat(page.locator(".notification.success")).containsText("compiled");
        assertThat(page.locator("h1").first()).hasText("Turvallisuuden tilannekatsaus, syksy 2026");
        assertThat(page.locator(".review-paper h2").first()).containsText("Yhteenveto");
        assertThat(page.locator(".review-paper .area-map")).hasCount(1);
        assertThat(page.locator(".review-paper .line-chart").first()).isVisible();
        assertAccessible("draft review");
        screenshot("status-review-draft");

        page.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true)).fill("""
                Helsingin turvallisuustilanne on pääosin vakaa. Huumausaineiden katukauppa on lisääntynyt Kalliossa ja Sörnäisissä.

                - Liikkuva nuorisotyö jatkuu iltaisin ja viikonloppuisin.
                - Kaksi toimenpidettä on viivästynyt; niiden vastuutahot raportoivat seuraavassa kokouksessa.""");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save: Summary")).click();
        assertThat(page.locator(".notification.success")).containsText("saved");
        assertThat(page.locator(".review-paper")).containsText("Sörnäisissä");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
        assertThat(page.locator(".notification.success")).containsText("approved");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(page.locator(".notification.success")).containsText("published");
        assertThat(page.locator(".review-banner")).containsText("Published");
        assertThat(page.locator(".review-banner")).containsText("Restricted");
        assertThat(page.locator("#narrative")).hasCount(0);
        assertAccessible("published review");
        screenshot("status-review-published");

        String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the PDF")).getAttribute("href");
        var response = page.request().get(url(href));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).startsWith("application/pdf");
        byte[] pdf = response.body();
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve("status-review.pdf");
        Files.write(file, pdf);
        Path png = PdfPages.page1(file, SCREENSHOTS.resolve("status-review-pdf-page1"));
        assertThat(png).exists();
        assertThat(PdfPages.inked(png)).as("the first page is not blank").isGreaterThan(0.02);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Turvallisuuden tilannekatsaus, syksy 2026", "Yhteenveto", "Sörnäisissä", "Luokitus: Salassa pidettävä",
                    "Julkaistu");
        }
    }
}
