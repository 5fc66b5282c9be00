package fi.turvaverkko.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import fi.turvaverkko.support.BrowserTest;

class VisitorExploresDistrictMapBrowserTests extends BrowserTest {

    Locator areasOnMap() {
        return page.locator("#map path.leaflet-interactive");
    }

    @Test
    void seesHelsinkisSubAreasOnTheMapInFinnish() {
        open("/");
        assertThat(page).hasTitle(Pattern.compile("Alueet kartalla"));
        assertThat(page.locator("html")).hasAttribute("lang", "fi");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .hasText("Alueet kartalla");
        assertThat(areasOnMap()).hasCount(148);
        assertThat(page.locator("#map-status")).hasText("148 aluetta kartalla.");
        assertThat(page.locator(".leaflet-control-attribution")).containsText("Helsingin kaupunki");
        assertThat(page.locator("#area-results .area-list li")).hasCount(148);
        screenshot("home-fi-sub-areas");
        assertAccessible("home page");
    }

    @Test
    void switchesBetweenTheFourLevels() {
        open("/");
        assertThat(areasOnMap()).hasCount(148);
        page.locator("label[for=level-MAJOR_DISTRICT]").click();
        assertThat(areasOnMap()).hasCount(8);
        assertThat(page.locator("#area-results .area-list li")).hasCount(8);
        assertThat(page.locator("#area-results")).containsText("Keskinen");
        screenshot("home-major-districts");
        page.locator("label[for=level-BASIC_DISTRICT]").click();
        assertThat(areasOnMap()).hasCount(34);
        page.locator("label[for=level-SMALL_AREA]").click();
        assertThat(areasOnMap()).hasCount(403);
        assertThat(page).hasURL(Pattern.compile("level=SMALL_AREA"));
        // the choice survives a reload
        page.reload();
        assertThat(page.locator("#level-SMALL_AREA")).isChecked();
        assertThat(areasOnMap()).hasCount(403);
    }

    @Test
    void hoversAnAreaToSeeItsNamesAndCodeAndClicksItToOpenItsPage() {
        open("/?level=BASIC_DISTRICT");
        assertThat(areasOnMap()).hasCount(34);
        Locator kallio = page.locator("#map path[data-code='0913301']");
        kallio.hover();
        assertThat(page.locator(".area-tooltip")).containsText("Kallio / Berghäll");
        assertThat(page.locator(".area-tooltip")).containsText("0913301");
        screenshot("home-tooltip");
        kallio.click();
        assertThat(page).hasURL(Pattern.compile("/areas/0913301$"));
        assertThat(page.locator("h1")).hasText("Kallio");
    }

    @Test
    void focusesAnAreaWithTheKeyboardToSeeItsNameAndOpensItWithEnter() {
        open("/?level=MAJOR_DISTRICT");
        assertThat(areasOnMap()).hasCount(8);
        Locator keskinen = page.locator("#map path[data-code='0913']");
        keskinen.focus();
        assertThat(page.locator(".area-tooltip")).containsText("Keskinen / Mellersta");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/areas/0913$"));
    }

    @Test
    void opensAnAreaPageWithItsHierarchyChildrenAndMap() {
        open("/areas/0913301101");
        assertThat(page.locator("h1")).hasText("Vilhonvuori");
        Locator breadcrumb = page.locator("nav.breadcrumb");
        assertThat(breadcrumb).containsText("Helsinki");
        assertThat(breadcrumb).containsText("Keskinen");
        assertThat(breadcrumb).containsText("Kallio");
        assertThat(page.locator("dl.facts")).containsText("Vilhelmsberg");
        assertThat(page.locator("#area-map path.leaflet-interactive").first()).isVisible();
        int children = page.locator(".children tbody tr").count();
        assertThat(children).isGreaterThan(0);
        assertThat(page.locator("#area-map path.leaflet-interactive")).hasCount(children + 1);
        screenshot("area-vilhonvuori");
        assertAccessible("area page");

        breadcrumb.getByText("Kallio").click();
        assertThat(page.locator("h1")).hasText("Kallio");
        assertThat(page.locator(".children tbody tr")).hasCount(7);
    }

    @Test
    void findsAreasWithoutTheMapBySearchingTheList() {
        open("/areas");
        page.locator("#q").fill("berg");
        assertThat(page.locator("#area-results")).containsText("Kallio");
        assertThat(page.locator("#area-results")).containsText("Berghäll");
        assertThat(page.locator("#area-results")).not().containsText("Kamppi");
        page.locator("#level").selectOption("BASIC_DISTRICT");
        assertThat(page.locator("#area-results tbody tr")).hasCount(1);
        screenshot("areas-search");
        assertAccessible("areas list");
        page.locator("#area-results a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Kallio")).click();
        assertThat(page).hasURL(Pattern.compile("/areas/0913301$"));
    }

    @Test
    void findsAnAreaFromTheListBesideTheMap() {
        open("/");
        page.locator("#home-q").fill("Kallio");
        assertThat(page.locator("#area-results .area-list li")).hasCount(2);
        assertThat(page.locator("#area-results")).containsText("Myllykallio");
        assertThat(page.locator("#area-results")).containsText("Salmenkallio");
        page.locator("#area-results a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Myllykallio")).click();
        assertThat(page.locator("h1")).hasText("Myllykallio");
    }

    @Test
    void switchesTheLanguageToSwedishAndEnglishAndTheChoiceIsRemembered() {
        open("/");
        page.locator(".language-switch button[value=sv]").click();
        assertThat(page.locator("h1")).hasText("Områden på kartan");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.locator("label[for=level-SUB_AREA]")).hasText("Delområde");
        assertThat(areasOnMap()).hasCount(148);
        screenshot("home-sv");
        open("/areas/0913301");
        assertThat(page.locator("h1")).hasText("Berghäll");
        assertThat(page.locator("nav.breadcrumb")).containsText("Helsingfors");

        page.locator(".language-switch button[value=en]").click();
        assertThat(page).hasURL(Pattern.compile("/areas/0913301$"));
        assertThat(page.locator(".eyebrow")).hasText("Basic district");
        assertThat(page.locator("h1")).hasText("Kallio");
        open("/");
        assertThat(page.locator("h1")).hasText("Areas on the map");
        assertAccessible("home page in English");

        page.locator(".language-switch button[value=fi]").click();
        assertThat(page.locator("h1")).hasText("Alueet kartalla");
    }

    @Test
    void getsAClearPageForAnAreaThatDoesNotExist() {
        var response = page.navigate(url("/areas/0919999"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Sivua ei löytynyt");
        screenshot("area-not-found");
    }
}
