package fi.turvaverkko.organisations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import fi.turvaverkko.support.BrowserTest;

/**
 * The coordinator of the Safety and Preparedness Unit sets up the multi-professional steering group for children and
 * youth (as in Helsinki's 2024 agreement with its police) with a chair that rotates among city youth services, the
 * police department and child welfare in 12-month turns, and sees the chair schedule the rule produces.
 */
class CoordinatorSetsUpSteeringGroupBrowserTests extends BrowserTest {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d.M.yyyy");

    void signInInEnglish(String username) {
        open("/login");
        // before signing in, so that only this browser's language changes, not the account's
        page.locator(".language-switch button[value=en]").click();
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("demo");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".account-name")).isVisible();
    }

    void member(int row, String person, String organisation, String position, LocalDate from) {
        page.locator("#members-" + row + "-personId").selectOption(new SelectOption().setLabel(person));
        page.locator("#members-" + row + "-organisationId").selectOption(new SelectOption().setLabel(organisation));
        page.locator("#members-" + row + "-position").selectOption(new SelectOption().setLabel(position));
        page.locator("#members-" + row + "-from").fill(from.toString());
    }

    String period(LocalDate from, LocalDate to) {
        return SHOWN.format(from) + "–" + SHOWN.format(to);
    }

    @Test
    void coordinatorSetsUpTheChildrenAndYouthSteeringGroupWithARotatingChairAndSeesTheSchedule() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String nameFi = "Lasten ja nuorten ohjausryhmä " + suffix;
        String nameEn = "Children and youth steering group " + suffix;
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Helsinki")).withDayOfMonth(1);

        signInInEnglish("coordinator");
        open("/bodies");
        assertThat(page.locator("h1")).hasText("Cooperation bodies");
        assertThat(page.locator("table")).containsText("Multi-professional steering group for children and youth");
        assertAccessible("list of cooperation bodies");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up a cooperation body")).click();
        assertThat(page.locator("h1")).hasText("Set up a cooperation body");

        page.getByLabel("Type", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Steering group"));
        page.getByLabel("Name in Finnish").fill(nameFi);
        page.getByLabel("Name in English").fill(nameEn);
        page.getByLabel("Purpose").fill("Coordinates the city-level work with children and young people who commit crimes.");
        page.getByLabel("Secretariat").selectOption(new SelectOption().setLabel("Safety and Preparedness Unit"));
        member(0, "Terhi Testinen", "Youth Services", "Member", start);
        member(1, "Mikko Malli", "Helsinki Police Department", "Member", start);
        member(2, "Kalle Kokeilu", "Child Welfare", "Member", start);
        member(3, "Sanna Esimerkki", "Safety and Preparedness Unit", "Secretary", start);
        page.getByLabel("The chair rotates among the organisations").check();
        page.getByLabel("Length of each turn (months)").fill("12");
        page.getByLabel("First turn starts").fill(start.toString());
        screenshot("coordinator-steering-group-form");
        assertAccessible("form for a new cooperation body");

        // the order of the rotation is forgotten: refused, with the problem next to its field and nothing saved
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up the cooperation body")).click();
        var summary = page.locator("#error-summary");
        assertThat(summary).containsText("Choose at least 2 organisations to take turns as chair.");
        assertThat(summary).isFocused();
        assertThat(page.locator("#chairRotation-organisationIds-error")).hasText("Choose at least 2 organisations to take turns as chair.");
        assertThat(page.locator("#members-1-personId option:checked")).hasText("Mikko Malli");
        assertThat(page.getByLabel("Name in Finnish")).hasValue(nameFi);
        assertThat(db.sql("select count(*) from organisations.body where name_fi = :name").param("name", nameFi).query(Long.class).single())
                .isZero();
        screenshot("coordinator-steering-group-refused");
        assertAccessible("refused form with its error summary");
        summary.locator("a").first().click();
        assertThat(page.locator("#chairRotation-organisationIds-0")).isFocused();

        page.getByLabel("Turn 1", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Youth Services"));
        page.getByLabel("Turn 2", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Helsinki Police Department"));
        page.getByLabel("Turn 3", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Child Welfare"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up the cooperation body")).click();

        assertThat(page.locator(".notification.success")).hasText("The cooperation body has been set up.");
        assertThat(page.locator("h1")).hasText(nameEn);
        assertThat(page.locator("#members")).containsText("Terhi Testinen");
        assertThat(page.locator("#members")).containsText("Secretary");
        var turns = page.locator("#chair-schedule tbody tr");
        assertThat(turns).hasCount(4);
        assertThat(turns.nth(0)).containsText(period(start, start.plusMonths(12).minusDays(1)));
        assertThat(turns.nth(0)).containsText("Youth Services");
        assertThat(turns.nth(0)).containsText("Terhi Testinen");
        assertThat(turns.nth(0)).containsText("Current");
        assertThat(turns.nth(1)).containsText(period(start.plusMonths(12), start.plusMonths(24).minusDays(1)));
        assertThat(turns.nth(1)).containsText("Helsinki Police Department");
        assertThat(turns.nth(1)).containsText("Mikko Malli");
        assertThat(turns.nth(2)).containsText(period(start.plusMonths(24), start.plusMonths(36).minusDays(1)));
        assertThat(turns.nth(2)).containsText("Child Welfare");
        assertThat(turns.nth(2)).containsText("Kalle Kokeilu");
        assertThat(turns.nth(3)).containsText("Youth Services");
        screenshot("coordinator-steering-group-chair-schedule");
        assertAccessible("the new steering group with its chair schedule");
    }

    @Test
    void memberOfAnNgoSeesTheBodiesButCannotSetOneUp() {
        signInInEnglish("member");
        open("/bodies");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up a cooperation body"))).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Multi-professional steering group for children and youth")).click();
        assertThat(page.locator("#chair-schedule")).containsText("Helsinki Police Department");
        assertThat(page.locator(".agreement")).containsText("HEL 2024-004632 § 51");
        screenshot("member-youth-steering-group");
        assertAccessible("the demo steering group");
        open("/organisations");
        assertThat(page.locator(".organisation-tree").first()).containsText("Safety and Preparedness Unit");
        assertAccessible("organisation tree");
        page.getByLabel("Search for an organisation").fill("poliisi");
        assertThat(page.locator("#organisation-results table")).containsText("Eastern Uusimaa Police Department");
        screenshot("member-organisations-search");
        open("/bodies/new");
        assertThat(page.locator("h1")).hasText("No access");
    }
}
