package fi.turvaverkko.plans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fi.turvaverkko.support.BrowserTest;

/**
 * A resident, signed out, finds the city safety plan from the home page, reads it in Swedish, sees only the public actions
 * (an internal one added for the test is not there) and opens an action's progress.
 */
class ResidentSeesPublicPlanBrowserTests extends BrowserTest {

    static final String INTERNAL_TITLE = "Sisäinen testitoimenpide, ei asukkaille";

    long internalAction;

    @BeforeEach
    void anInternalActionInThePublicPlan() {
        long focusArea = db.sql("select f.id from plans.focus_area f join plans.plan p on p.id = f.plan_id "
                + "where p.title = 'Helsingin turvallisuussuunnitelma 2025–2028' and f.position = 1").query(Long.class).single();
        var created = send(HttpRequest.newBuilder(URI.create(url("/api/actions"))).header("Authorization", basic("coordinator", "demo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"focusAreaId":%d,"title":"%s","titleSv":"Intern teståtgärd","responsibleOrganisation":"youth-services",
                         "startsOn":"2025-01-01","endsOn":"2027-12-31","state":"ONGOING","progress":50,"classification":"INTERNAL"}"""
                        .formatted(focusArea, INTERNAL_TITLE))).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        internalAction = parse(created.body()).get("id").asLong();
    }

    /** The demo plan's actions are counted by other tests: the one added here goes again. */
    @AfterEach
    void removeTheInternalAction() {
        db.sql("delete from plans.action where id = :id").param("id", internalAction).update();
    }

    @Test
    void residentReadsThePublicPlanInSwedishAndOpensAnActionsProgress() {
        open("/");
        page.locator(".public-plans-link a").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/public/plans$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Turvallisuussuunnitelmat").setLevel(1))).isVisible();
        assertThat(page.locator(".public-plan-card h2").first()).containsText("Helsingin turvallisuussuunnitelma 2025–2028");
        screenshot("public-plans-list-fi");
        assertAccessible("the list of public plans");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Katso toimenpiteet: Helsingin turvallisuussuunnitelma 2025–2028")).click();
        page.locator(".language-switch button[value=sv]").click();

        assertThat(page.locator("h1")).hasText("Helsingfors säkerhetsplan 2025–2028");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        Locator actions = page.locator(".public-action");
        assertThat(actions.filter(new Locator.FilterOptions().setHasText("Mobilt ungdomsarbete kvällar och veckoslut"))).hasCount(1);
        assertThat(page.getByText("Intern teståtgärd")).hasCount(0);
        assertThat(page.getByText(INTERNAL_TITLE)).hasCount(0);
        assertThat(page.getByText("Ankkuritoiminnan moniammatillinen malli")).hasCount(0); // an internal demo action
        assertThat(page.getByText("Jengiytymisen ennaltaehkäisyn tilannekuvaryhmä")).hasCount(0); // the restricted demo action
        assertThat(page.locator(".site-footer")).containsText("CC BY 4.0");
        screenshot("public-plans-plan-sv");

        Locator youthWork = actions.filter(new Locator.FilterOptions().setHasText("Mobilt ungdomsarbete kvällar och veckoslut"));
        youthWork.locator("summary").click();
        assertThat(youthWork.locator(".public-report").first()).isVisible();
        assertThat(youthWork.locator(".public-report").first()).containsText("% klar");
        assertThat(youthWork.locator("progress")).hasAttribute("value", "45");
        youthWork.scrollIntoViewIfNeeded();
        screenshot("public-plans-progress-sv");
        assertAccessible("the public plan in Swedish with an action's progress open");

        // the open data the page links to has the same content
        String data = page.request().get(url("/api/public/actions.csv")).text();
        assertThat(data).contains("Mobilt ungdomsarbete kvällar och veckoslut").doesNotContain(INTERNAL_TITLE);
    }
}
