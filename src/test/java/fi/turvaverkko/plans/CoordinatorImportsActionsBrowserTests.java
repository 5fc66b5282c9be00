package fi.turvaverkko.plans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.FilePayload;

import fi.turvaverkko.support.BrowserTest;

/**
 * The coordinator imports a CSV file of actions exported from Excel with Finnish settings: a file with one bad row is
 * refused with the row named in Finnish and nothing saved; the corrected file is saved.
 */
class CoordinatorImportsActionsBrowserTests extends BrowserTest {

    long post(String path, String body) {
        var response = send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic("coordinator", "demo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return parse(response.body()).get("id").asLong();
    }

    long actionsOf(long plan) {
        return db.sql("select count(*) from plans.action where plan_id = :p").param("p", plan).query(Long.class).single();
    }

    @Test
    void coordinatorImportsActionsAndCorrectsTheBadRow() {
        long plan = post("/api/plans", """
                {"level":"PROGRAMME","title":"Lasten ja nuorten turvallisuusohjelma","periodStart":"2026-01-01","periodEnd":"2027-12-31",
                 "cadence":"QUARTER","classification":"INTERNAL"}""");
        long focusArea = post("/api/plans/" + plan + "/focus-areas", """
                {"title":"Koulujen turvallisuus","phenomena":["youth-gangs"],"classification":"INTERNAL"}""");
        String header = "focus_area_id;title;responsible_organisation;partners;areas;starts_on;ends_on;state;progress;classification\r\n";
        String good1 = focusArea + ";Koulupoliisit kaikille yläkouluille;education-division;helsinki-police-prevention;;1.2.2026;31.12.2027;PLANNED;0;INTERNAL\r\n";
        String good2 = focusArea + ";Vanhempainillat jengiytymisestä;youth-services;aseman-lapset|education-division;0917;1.3.2026;30.11.2026;PLANNED;0;INTERNAL\r\n";
        String bad = focusArea + ";Turvallisuuskävely koulureitillä;safety-unit;;0913;31.13.2026;30.6.2026;PLANNED;0;INTERNAL\r\n";
        String fixed = bad.replace("31.13.2026", "1.4.2026");

        open("/login");
        page.locator("#username").fill("coordinator");
        page.locator("#password").fill("demo");
        page.locator("form button[type=submit]").last().click();
        assertThat(page.locator(".account-name")).isVisible();

        open("/plans/" + plan + "/import");
        assertThat(page.locator("h1")).hasText("Toimenpiteet ja raportit CSV-tiedostoina");
        page.getByLabel("Toimenpiteiden CSV-tiedosto").setInputFiles(new FilePayload("toimenpiteet.csv", "text/csv",
                (header + good1 + bad + good2).getBytes(StandardCharsets.UTF_8)));
        page.getByText("Tuo toimenpiteet", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();

        assertThat(page.locator(".import-result .notification.error"))
                .hasText("Tiedostossa on virheitä 1 rivillä, joten mitään ei tallennettu. Korjaa alla luetellut rivit ja tuo koko tiedosto uudelleen.");
        assertThat(page.locator(".import-problems tbody tr")).hasCount(1);
        assertThat(page.locator(".import-problems tbody tr td").nth(0)).hasText("2");
        assertThat(page.locator(".import-problems tbody tr td").nth(2)).hasText("starts_on");
        assertThat(page.locator(".import-problems tbody tr td").nth(3)).hasText("”31.13.2026” ei ole päivämäärä: kirjoita se muodossa 2026-03-01 tai 1.3.2026.");
        assertThat(actionsOf(plan)).as("nothing saved, not even the good rows").isZero();
        screenshot("coordinator-imports-actions-refused");
        assertAccessible("the import page with the per-row report");

        page.getByLabel("Toimenpiteiden CSV-tiedosto").setInputFiles(new FilePayload("toimenpiteet.csv", "text/csv",
                (header + good1 + fixed + good2).getBytes(StandardCharsets.UTF_8)));
        page.getByText("Tuo toimenpiteet", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();

        assertThat(page.locator(".import-result .notification.success")).hasText("Tallennettu: 3 uutta toimenpidettä, 0 muutettua; 0 riviä oli ennallaan.");
        assertThat(actionsOf(plan)).isEqualTo(3);
        assertThat(db.sql("select starts_on::text from plans.action where plan_id = :p and title = 'Turvallisuuskävely koulureitillä'")
                .param("p", plan).query(String.class).single()).isEqualTo("2026-04-01");
        screenshot("coordinator-imports-actions-saved");
    }
}
