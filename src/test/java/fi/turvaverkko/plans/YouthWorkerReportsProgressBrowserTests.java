package fi.turvaverkko.plans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import fi.turvaverkko.support.BrowserTest;

/**
 * A youth worker of the city's Youth Services opens the reports due of her organisation, opens the overdue action on
 * mobile youth work and reports the quarter: first with a progress of 150 %, which is refused beside the field in Finnish
 * with nothing saved and the text she wrote kept, then a valid report, which she sees in the history. The NGO member of
 * Aseman Lapset, a partner of the action, comments on the report. The analyst of the Safety and Preparedness Unit, in
 * neither organisation, sees no form and gets 403 when posting one anyway. The coordinator reads the plan, filters its
 * actions and opens the escalation list.
 */
class YouthWorkerReportsProgressBrowserTests extends BrowserTest {

    static final String ACTION = PlanPagesIntegrationTests.YOUTH_ACTION;

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

    long reportsWith(String text) {
        return db.sql("select count(*) from plans.progress_report where narrative like :text").param("text", "%" + text + "%")
                .query(Long.class).single();
    }

    @Test
    void youthWorkerReportsQuarterlyProgressAndThePartnerComments() {
        long actionId = db.sql("select id from plans.action where demo and title = :t").param("t", ACTION).query(Long.class).single();

        // the youth worker: reports due of her organisation
        signIn("youth");
        page.locator(".main-nav").getByText("Suunnitelmat").click();
        assertThat(page.locator("h1")).hasText("Turvallisuussuunnitelmat");
        assertThat(page.locator(".plans-table")).containsText("Helsingin turvallisuussuunnitelma 2025–2028");
        assertAccessible("the plans");
        screenshot("plans-01-plans");

        page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Erääntyvät raportit")).first().click();
        assertThat(page.locator("h1")).hasText("Erääntyvät raportit");
        assertThat(page.locator(".plans-due-group h2").first()).containsText("Nuorisopalvelut");
        Locator row = page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(ACTION));
        assertThat(row).containsText("Myöhässä");
        String duePeriod = row.locator("td").nth(2).innerText().strip();
        assertAccessible("the reports due");
        screenshot("plans-02-reports-due");

        // the action, with the earliest period due chosen for her
        row.locator("a.plans-report-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/actions/" + actionId + "#report$"));
        assertThat(page.locator("h1")).hasText(ACTION);
        assertThat(page.locator("#period option:checked")).hasText(duePeriod);
        assertThat(page.locator(".facts")).containsText("Nuorisopalvelut");
        assertThat(page.locator(".facts")).containsText("Aseman Lapset");
        assertThat(page.locator("a[href$='/actions/" + actionId + "/evidence']")).isVisible();
        assertAccessible("the action");
        screenshot("plans-03-action");

        // 150 % is refused beside the field, in Finnish, and nothing is saved
        String narrative = "Kohtasimme neljänneksellä 640 nuorta Itäkeskuksessa ja Kontulassa " + System.nanoTime();
        page.locator("#report-state").selectOption("ONGOING");
        page.locator("#progress").fill("150");
        page.locator("#narrative").fill(narrative);
        page.locator("#nextSteps").fill("Iltavuorot myös Vuosaaressa.");
        page.locator("form.plans-report-form button[type=submit]").click();
        assertThat(page.locator("#progress-error")).hasText("Etenemisen pitää olla 0–100 %, ei 150 %.");
        assertThat(page.locator("#error-summary")).containsText("Mitään ei tallennettu.");
        assertThat(page.locator("#progress")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#narrative")).hasValue(narrative);
        assertThat(page.locator("#nextSteps")).hasValue("Iltavuorot myös Vuosaaressa.");
        assertThat(page.locator("#period option:checked")).hasText(duePeriod);
        assertThat(reportsWith(narrative)).isZero();
        assertAccessible("the refused report");
        screenshot("plans-04-progress-refused");

        // a valid report
        page.locator("#progress").fill("55");
        page.locator("form.plans-report-form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/actions/" + actionId + "#report-\\d+$"));
        assertThat(page.locator(".notification.success")).hasText("Raportti kaudelta " + duePeriod + " on tallennettu.");
        Locator report = page.locator("article.plans-report", new com.microsoft.playwright.Page.LocatorOptions().setHasText(narrative));
        assertThat(report.locator("h3")).hasText(duePeriod);
        assertThat(report).containsText("55 %");
        assertThat(report).containsText("Demo: Nuorisopalvelut");
        assertThat(page.locator("#history")).containsText("55 %");
        assertThat(page.locator(".facts")).not().containsText("Raportti myöhässä");
        assertThat(reportsWith(narrative)).isEqualTo(1);
        String reportAnchor = page.url().replaceAll(".*#", "");
        assertAccessible("the action after the report");
        screenshot("plans-05-reported");
        signOut();

        // the partner comments on the report
        signIn("member");
        open("/actions/" + actionId + "#" + reportAnchor);
        Locator partnerView = page.locator("#" + reportAnchor);
        partnerView.locator("details.plans-comment-details summary").click();
        partnerView.locator("textarea[name=text]").fill("Aseman Lapset voi tuoda kaksi työntekijää Vuosaaren iltoihin.");
        partnerView.locator("form.plans-comment-form button[type=submit]").click();
        assertThat(page.locator(".notification.success")).hasText("Kommentti on tallennettu.");
        assertThat(page.locator("#" + reportAnchor + " .plans-comment")).containsText("Aseman Lapset voi tuoda kaksi työntekijää");
        assertThat(page.locator("#" + reportAnchor + " .plans-comment")).containsText("Aseman Lapset ry");
        assertAccessible("the commented report");
        screenshot("plans-06-partner-comment");
        signOut();

        // someone in neither organisation: no form, and 403 when posting anyway
        signIn("analyst");
        open("/actions/" + actionId);
        assertThat(page.locator("form.plans-report-form")).hasCount(0);
        assertThat(page.locator("form.plans-comment-form")).hasCount(0);
        assertThat(page.locator(".plans-no-report")).containsText("Etenemisestä raportoivat vastuuorganisaation");
        String token = page.locator("meta[name=_csrf]").getAttribute("content");
        var posted = page.request().post(url("/actions/" + actionId + "/progress"), RequestOptions.create().setMaxRedirects(0)
                .setForm(FormData.create().set("_csrf", token).set("state", "ONGOING").set("progress", "60").set("narrative", "Ei oikeutta")));
        assertThat(posted.status()).isEqualTo(403);
        assertThat(reportsWith("Ei oikeutta")).isZero();
        assertAccessible("the action for someone who does not report");
        screenshot("plans-07-not-responsible");
        signOut();
    }

    @Test
    void coordinatorReadsThePlanFiltersItsActionsAndOpensTheEscalationList() {
        long planId = db.sql("select id from plans.plan where demo and level = 'CITY' order by id limit 1").query(Long.class).single();
        signIn("coordinator");
        open("/plans/" + planId);
        assertThat(page.locator("h1")).hasText("Helsingin turvallisuussuunnitelma 2025–2028");
        assertThat(page.locator(".plans-facts")).containsText("Turvallisuussuunnittelun johtoryhmä 12.3.2025 § 4");
        assertThat(page.locator(".plans-indicator").first().locator("svg")).isVisible();
        assertAccessible("the plan");
        screenshot("plans-08-plan");

        page.locator("#filter-state-DELAYED").check();
        page.locator(".plans-filters button[type=submit]").click();
        assertThat(page.locator(".plans-filter-result")).containsText("Näytetään 1/");
        assertThat(page.locator("table.plans-actions")).hasCount(1);
        assertThat(page.locator("table.plans-actions")).containsText("Koulujen turvallisuusverkostot ja koulupoliisit");
        assertThat(page).hasURL(Pattern.compile(".*state=DELAYED.*"));
        assertAccessible("the filtered plan");
        screenshot("plans-09-plan-filtered");

        // an upcoming meeting of the expert group, planned as a coordinator does
        open("/meetings/new");
        page.locator("#body").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Turvallisuussuunnittelun asiantuntijaryhmä"));
        page.locator("#title").fill("Asiantuntijaryhmän kokous");
        page.locator("#date").fill(java.time.LocalDate.now().plusDays(14).toString());
        page.locator("#startTime").fill("09:00");
        page.locator("#endTime").fill("11:00");
        page.locator("main form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/meetings/\\d+.*"));

        open("/plans/" + planId);
        page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Eskalointilista asiantuntijaryhmälle")).click();
        assertThat(page.locator("h1")).hasText("Eskalointilista");
        assertThat(page.locator("table.plans-escalations")).containsText("raportti myöhässä");
        assertThat(page.locator("#meeting option:checked")).containsText("Asiantuntijaryhmän kokous");
        assertAccessible("the escalation list");
        screenshot("plans-10-escalations");
        page.locator("form.plans-agenda-form button[type=submit]").click();
        assertThat(page.locator(".notification.success")).containsText("Eskalointilista on lisätty kokouksen esityslistalle: Turvallisuussuunnittelun asiantuntijaryhmä");
        page.locator(".notification.success a").click();
        assertThat(page.locator("main")).containsText("Eskalointilista: Helsingin turvallisuussuunnitelma 2025–2028");
        screenshot("plans-11-agenda-item");

        // the same plan in Swedish
        open("/plans/" + planId);
        page.locator(".language-switch button[value=sv]").click();
        assertThat(page.locator("h1")).hasText("Helsingfors säkerhetsplan 2025–2028");
        assertThat(page.locator(".plans-facts")).containsText("Varje kvartal");
        assertAccessible("the plan in Swedish");
        screenshot("plans-13-plan-sv");
        page.locator(".language-switch button[value=fi]").click();

        open("/plans/" + planId + "/actions/new");
        page.locator("#focusAreaId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("#title").fill("Testi: toimenpide ilman vastuuorganisaatiota");
        page.locator("#startsOn").fill("2026-06-01");
        page.locator("#endsOn").fill("2026-01-31");
        page.locator("form.plans-form button[type=submit]").click();
        assertThat(page.locator("#error-summary")).containsText("Valitse toimenpiteelle yksi vastuuorganisaatio.");
        assertThat(page.locator("#title")).hasValue("Testi: toimenpide ilman vastuuorganisaatiota");
        assertAccessible("the refused action form");
        screenshot("plans-12-action-form-refused");
    }

    @Test
    void coordinatorEntersAnIndicatorValueAndOpensThePlanForms() {
        long planId = db.sql("select id from plans.plan where demo and level = 'CITY' order by id limit 1").query(Long.class).single();
        long indicator = db.sql("select id from plans.indicator where plan_id = :p and source = 'MANUAL' and action_id is null order by id limit 1")
                .param("p", planId).query(Long.class).single();
        signIn("coordinator");
        open("/indicators/" + indicator);
        assertThat(page.locator("h1")).hasText("Nuoret, jotka kokevat asuinalueensa turvalliseksi");
        assertThat(page.locator(".plans-indicator-table")).containsText("Tavoite 31.12.2028");

        // a value that is not a number is refused beside its field; nothing is saved
        long before = db.sql("select count(*) from plans.indicator_value where indicator_id = :i").param("i", indicator).query(Long.class).single();
        page.locator("#periodStart").fill("2026-01-01");
        page.locator("#periodEnd").fill("2026-06-30");
        page.locator("#value").fill("paljon");
        page.locator("form.plans-value-form button[type=submit]").click();
        assertThat(page.locator("#value-error")).hasText("Anna luku, esimerkiksi 12 tai 3,5.");
        assertThat(page.locator("#value")).hasValue("paljon");
        assertThat(db.sql("select count(*) from plans.indicator_value where indicator_id = :i").param("i", indicator).query(Long.class).single())
                .isEqualTo(before);
        assertAccessible("the refused indicator value");
        screenshot("plans-14-indicator-value-refused");

        page.locator("#value").fill("75,5");
        page.locator("#note").fill("Kyselyn välitulos (demo)");
        page.locator("form.plans-value-form button[type=submit]").click();
        assertThat(page.locator(".notification.success")).hasText("Arvo on tallennettu.");
        assertThat(page.locator(".plans-indicator-table")).containsText("1.1.2026–30.6.2026");
        assertThat(page.locator(".plans-indicator-table")).containsText("75,5");
        assertAccessible("the indicator");
        screenshot("plans-15-indicator");

        for (String[] form : new String[][] { { "/plans/new", "plans-16-plan-form" },
                { "/plans/" + planId + "/focus-areas/new", "plans-17-focus-area-form" },
                { "/plans/" + planId + "/indicators/new", "plans-18-indicator-form" } }) {
            open(form[0]);
            assertThat(page.locator("form.plans-form")).isVisible();
            assertAccessible(form[0]);
            screenshot(form[1]);
        }
    }
}
