package fi.turvaverkko.situation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import fi.turvaverkko.support.BrowserTest;

/**
 * The analyst watches the situational picture change as a new signal arrives, opens an area and publishes the picture;
 * the NGO member sees the picture with the police's restricted counts only under disclosure control, and cannot open
 * the restricted snapshot.
 */
class AnalystPublishesSituationalPictureBrowserTests extends BrowserTest {

    void signIn(String username) {
        open("/login");
        page.locator(".language-switch button[value=en]").click();
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("demo");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".account-name")).isVisible();
    }

    void signOut() {
        page.locator(".account button").click();
        assertThat(page.locator(".account-name")).hasCount(0);
    }

    void report(String user, String json) {
        var response = send(HttpRequest.newBuilder(URI.create(url("/api/signals"))).header("Authorization", basic(user, "demo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @org.springframework.beans.factory.annotation.Autowired
    fi.turvaverkko.areas.Areas areas;

    long robberies() {
        Locator row = page.locator("#phenomena-heading ~ table tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Robbery"));
        return row.count() == 0 ? 0 : Long.parseLong(row.first().locator("td.number").first().innerText().strip());
    }

    @Test
    void theAnalystSeesThePictureChangeAndPublishesIt() {
        String at = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        signIn("analyst");
        open("/situation?phenomenon=robbery&level=SUB_AREA&days=14");
        assertThat(page.locator("h1")).hasText("Situational picture");
        assertThat(page.locator("#situation-map[data-loaded=true]")).hasCount(1);
        assertAccessible("situation overview");
        screenshot("situation-overview-analyst");

        // a robbery in Kamppi (reported by the youth services' worker through the API here; the form has its own test)
        String kamppi = areas.locateCode(fi.turvaverkko.areas.AreaLevel.SUB_AREA, new fi.turvaverkko.areas.WgsCoordinate(60.1690, 24.9320)).orElseThrow();
        open("/situation/areas/" + kamppi + "?days=14");
        long before = robberies();
        report("youth", """
                {"phenomenon": "robbery", "observedAt": "%s", "lat": 60.1690, "lon": 24.9320, "count": 3, "description": "Ryöstöyritys kauppakeskuksen edessä"}""".formatted(at));
        page.reload();
        org.assertj.core.api.Assertions.assertThat(robberies()).isEqualTo(before + 3);
        assertAccessible("area page");
        screenshot("situation-area-analyst");

        open("/situation/phenomena/robbery?days=14");
        assertThat(page.locator("h1")).hasText("Robbery");
        assertAccessible("phenomenon page");
        screenshot("situation-phenomenon-robbery");


        // publish
        open("/situation/snapshots");
        String title = "Situational picture " + java.util.UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("Title").fill(title);
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".notification.success")).containsText("published");
        assertThat(page.locator(".classification-banner")).containsText("Restricted");
        String snapshotUrl = page.url();
        assertAccessible("snapshot page");
        screenshot("situation-snapshot-restricted");
        signOut();

        // the NGO member: the police's restricted signals only as counts under disclosure control; no restricted snapshot
        report("police", """
                {"phenomenon": "radicalisation", "observedAt": "%s", "lat": 60.1454, "lon": 24.9881}""".formatted(at));
        signIn("member");
        open("/situation?phenomenon=radicalisation&level=SUB_AREA&days=14");
        assertThat(page.locator(".figure-suppressed").first()).isVisible();
        assertThat(page.locator(".figure-suppressed").first()).containsText("<5");
        screenshot("situation-overview-member");
        page.navigate(snapshotUrl);
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(title);
        open("/situation/snapshots");
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(title);
        screenshot("situation-snapshots-member");
    }
}
