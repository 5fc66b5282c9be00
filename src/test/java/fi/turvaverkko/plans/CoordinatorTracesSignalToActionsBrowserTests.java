package fi.turvaverkko.plans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import fi.turvaverkko.support.BrowserTest;

/**
 * The coordinator goes from a street drug dealing signal in Kallio to the actions that address it, and from the Kallio
 * action to its evidence: the focus area's phenomena and one chart of the signals before and after it started.
 */
class CoordinatorTracesSignalToActionsBrowserTests extends BrowserTest {

    /** A street drug dealing signal in Kallio, once the demo signals (written in the background at start-up) are there. */
    long kallioSignal() throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            var found = db.sql("select s.id from signals.signal s join signals.phenomenon p on p.id = s.phenomenon_id "
                    + "where p.code = 'street-drug-dealing' and s.area_code like '0913301%' order by s.id limit 1").query(Long.class).optional();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no demo signal of street drug dealing in Kallio");
    }

    @Test
    void coordinatorFollowsASignalToTheActionsAndTheirEvidence() throws InterruptedException {
        long signal = kallioSignal();
        open("/login");
        page.locator("#username").fill("coordinator");
        page.locator("#password").fill("demo");
        page.locator("form button[type=submit]").last().click();
        assertThat(page.locator(".account-name")).isVisible();

        open("/signals/" + signal);
        page.locator(".trace-link a").click();
        assertThat(page.locator("h1")).containsText("Katukauppa huumeilla");
        Locator kallio = page.locator(".trace-actions tbody tr").filter(new Locator.FilterOptions().setHasText("Katukaupan valvonnan tehostaminen Kalliossa"));
        assertThat(kallio).hasCount(1);
        assertThat(kallio.locator("td").nth(2)).hasText("Kallio");
        screenshot("coordinator-traces-signal-to-actions");
        assertAccessible("the actions addressing a phenomenon in an area");

        kallio.getByText("Perusteet ja vaikutus").click();
        assertThat(page.locator("h1")).hasText("Katukaupan valvonnan tehostaminen Kalliossa");
        assertThat(page.locator(".evidence-phenomena")).containsText("Katukauppa huumeilla");
        assertThat(page.locator(".before-after-chart svg")).hasCount(1);
        assertThat(page.locator(".before-after-chart svg")).containsText("Toimenpide alkoi");
        assertThat(page.locator(".before-after-data tbody tr").first()).isVisible();
        assertThat(page.locator(".evidence-indicators tbody tr").first()).containsText("Katukauppasignaalit Kalliossa");
        assertThat(page.locator(".site-footer")).isVisible();
        System.out.println("evidence page height " + page.evaluate("document.documentElement.scrollHeight"));
        screenshot("coordinator-sees-action-evidence");
        assertAccessible("the evidence of an action with its before/after chart");
    }
}
