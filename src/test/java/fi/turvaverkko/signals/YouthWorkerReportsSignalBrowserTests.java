package fi.turvaverkko.signals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;

import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.areas.WgsCoordinate;
import fi.turvaverkko.support.BrowserTest;

/**
 * A youth worker of the city's Youth Services reports street drug dealing: picks the place on the map, writes a
 * description with a phone number and is told why it cannot be sent, removes it and lands on the signal page with the
 * located area. Then reports vandalism by choosing the area from the list instead of the map. The police coordinator
 * reports a signal, RESTRICTED by default; the NGO member cannot open it (404), the coordinator triages the youth
 * worker's signal from the list.
 */
class YouthWorkerReportsSignalBrowserTests extends BrowserTest {

    @Autowired
    Areas areas;

    void signIn(String username) {
        open("/login");
        page.locator(".language-switch button[value=fi]").click();
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".account-name")).isVisible();
    }

    void signOut() {
        page.locator(".account button").click();
        assertThat(page.locator(".account-name")).hasCount(0);
    }

    long signalsWith(String text) {
        return db.sql("select count(*) from signals.signal where description like :text").param("text", "%" + text + "%")
                .query(Long.class).single();
    }

    @Test
    void youthWorkerReportsASignalOnTheMapAndFromTheAreaList() {
        signIn("youth");
        page.locator(".main-nav").getByText("Ilmoita signaali").click();
        assertThat(page.locator("h1")).hasText("Ilmoita signaali");
        assertThat(page.locator("#description-note")).containsText("Älä kirjoita nimiä, henkilötunnuksia, puhelinnumeroita");
        assertAccessible("the report form");
        screenshot("signals-01-report-form");

        // the place on the map: the view is Helsinki; a click a little north-east of its centre
        page.locator("#phenomenon").selectOption("street-drug-dealing");
        Locator map = page.locator("#signal-map");
        var box = map.boundingBox();
        map.click(new Locator.ClickOptions().setPosition(box.width / 2 + 60, box.height / 2 - 20));
        assertThat(page.locator("#place-status")).containsText("Valittu paikka:");
        double lat = Double.parseDouble(page.locator("#lat").inputValue());
        double lon = Double.parseDouble(page.locator("#lon").inputValue());
        var path = areas.locate(new WgsCoordinate(lat, lon)).orElseThrow();
        String subArea = path.at(AreaLevel.SUB_AREA).orElseThrow().nameFi();
        assertThat(page.locator("#place-status")).containsText(subArea);

        String text = "Huumekauppaa puiston laidalla iltaisin " + System.nanoTime();
        page.locator("#description").fill(text + ", lisätietoja numerosta 040 123 4567");
        page.locator("#count").fill("3");
        page.locator("form.signal-form button[type=submit]").click();
        assertThat(page.locator("#description-error")).containsText("Kuvauksessa on puhelinnumero. Signaalit kuvaavat ilmiöitä, paikkoja ja määriä");
        assertThat(page.locator("#error-summary")).containsText("Signaalia ei tallennettu");
        // the form is as it was, the point too; nothing was saved
        assertThat(page.locator("#phenomenon")).hasValue("street-drug-dealing");
        assertThat(page.locator("#lat")).hasValue(String.valueOf(lat));
        assertThat(page.locator("#place-status")).containsText(subArea);
        assertThat(signalsWith(text)).isZero();
        assertAccessible("the refused report");
        screenshot("signals-02-personal-data-refused");

        page.locator("#description").fill(text + ".");
        page.locator("form.signal-form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/signals/\\d+$"));
        assertThat(page.locator(".notification.success")).containsText("Signaali on tallennettu");
        assertThat(page.locator(".area-path")).containsText(subArea);
        assertThat(page.locator("h1")).containsText("Katukauppa huumeilla");
        assertThat(page.locator(".facts")).containsText("Nuorisopalvelut");
        assertThat(page.locator(".facts")).containsText("Sisäinen");
        assertThat(signalsWith(text)).isEqualTo(1);
        long mapped = Long.parseLong(page.url().replaceAll(".*/signals/", ""));
        assertAccessible("the signal page");
        screenshot("signals-03-signal-page");

        // the area from the list instead of the map
        String kontula = areas.listAreas("091", AreaLevel.SUB_AREA).stream().filter(a -> a.nameFi().equals("Kontula")).findFirst()
                .orElseThrow().code();
        open("/signals/new");
        page.locator("#phenomenon").selectOption("vandalism");
        page.locator("#areaCode").selectOption(kontula);
        String listed = "Töhryjä alikulussa " + System.nanoTime();
        page.locator("#description").fill(listed);
        page.locator("form.signal-form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/signals/\\d+$"));
        assertThat(page.locator(".area-path")).containsText("Kontula");
        assertThat(page.locator(".facts")).containsText("Vain alue");
        assertThat(signalsWith(listed)).isEqualTo(1);
        signOut();

        // the police coordinator's signal is RESTRICTED and shared with the Safety and Preparedness Unit by default
        signIn("police");
        open("/signals/new");
        page.locator("#phenomenon").selectOption("youth-gangs");
        page.locator("#areaCode").selectOption(kontula);
        page.locator("#description").fill("Nuorten ryhmä uhkaillut muita ostoskeskuksessa.");
        page.locator("form.signal-form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/signals/\\d+$"));
        assertThat(page.locator(".facts")).containsText("Salassa pidettävä");
        assertThat(page.locator(".facts")).containsText("Turvallisuus- ja valmiusyksikkö");
        String restricted = page.url().replaceAll(".*(/signals/\\d+)$", "$1");
        signOut();

        // the NGO member cannot open it
        signIn("member");
        Response response = page.navigate(url(restricted));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).not().containsText("Nuorten");
        assertAccessible("the signal the member may not see");
        screenshot("signals-04-restricted-not-found");
        signOut();

        // the coordinator finds the youth worker's signal in the triage list and triages it
        signIn("coordinator");
        open("/signals?status=NEW");
        assertThat(page.locator("h1")).hasText("Signaalit");
        assertAccessible("the triage list");
        screenshot("signals-05-triage-list");
        open("/signals/" + mapped);
        page.locator("#triage-status").selectOption("TRIAGED");
        page.locator("#triage-note").fill("Välitetty alueen verkostolle.");
        page.locator("#triage form button[type=submit], form.triage-form button[type=submit]").first().click();
        assertThat(page.locator(".notification.success")).containsText("Signaalin tila on muutettu");
        assertThat(page.locator(".facts")).containsText("Välitetty alueen verkostolle.");
        screenshot("signals-06-triaged");
    }

    @Test
    void adminSeesThePhenomenaByCategory() {
        signIn("admin");
        open("/admin/phenomena");
        assertThat(page.locator("h1")).hasText("Ilmiöt");
        assertAccessible("the phenomena page");
        screenshot("signals-07-phenomena");
    }
}
