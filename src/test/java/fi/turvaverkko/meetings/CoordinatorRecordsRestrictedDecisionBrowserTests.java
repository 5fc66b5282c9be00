package fi.turvaverkko.meetings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.support.BrowserTest;

/**
 * The coordinator sets up the children-and-youth steering group with a rotating chair, schedules its meetings, and
 * records a RESTRICTED decision shared with the police department. The member of an NGO then cannot find it
 * anywhere; the police coordinator can.
 */
class CoordinatorRecordsRestrictedDecisionBrowserTests extends BrowserTest {

    @Autowired
    Organisations organisations;

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

    void member(int row, String person, String organisation, String position, LocalDate from) {
        page.locator("#members-" + row + "-personId").selectOption(new SelectOption().setLabel(person));
        page.locator("#members-" + row + "-organisationId").selectOption(new SelectOption().setLabel(organisation));
        page.locator("#members-" + row + "-position").selectOption(new SelectOption().setLabel(position));
        page.locator("#members-" + row + "-from").fill(from.toString());
    }

    @Test
    void coordinatorRecordsARestrictedDecisionThatOnlyThePoliceAndTheOwnersSee() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String group = "Children and youth steering group " + suffix;
        String decision = "Measures concerning a group of young people in Itäkeskus " + suffix;
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Helsinki")).withDayOfMonth(1);
        long police = organisations.findOrganisationByCode("helsinki-police").orElseThrow().id();

        // the coordinator sets up the steering group with a rotating chair
        signIn("coordinator");
        open("/bodies/new");
        page.getByLabel("Type", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Steering group"));
        page.getByLabel("Name in Finnish").fill("Lasten ja nuorten ohjausryhmä " + suffix);
        page.getByLabel("Name in English").fill(group);
        page.getByLabel("Secretariat").selectOption(new SelectOption().setLabel("Safety and Preparedness Unit"));
        member(0, "Terhi Testinen", "Youth Services", "Member", start);
        member(1, "Mikko Malli", "Helsinki Police Department", "Member", start);
        member(2, "Kalle Kokeilu", "Child Welfare", "Member", start);
        member(3, "Sanna Esimerkki", "Safety and Preparedness Unit", "Secretary", start);
        page.getByLabel("The chair rotates among the organisations").check();
        page.getByLabel("Length of each turn (months)").fill("12");
        page.getByLabel("First turn starts").fill(start.toString());
        page.getByLabel("Turn 1", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Youth Services"));
        page.getByLabel("Turn 2", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Helsinki Police Department"));
        page.getByLabel("Turn 3", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Child Welfare"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up the cooperation body")).click();
        assertThat(page.locator("h1")).hasText(group);
        assertThat(page.locator("#chair-schedule tbody tr").first()).containsText("Youth Services");

        // schedules its meetings: every six months, twice
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New meeting")).click();
        assertThat(page.locator("#body option:checked")).hasText(group);
        page.getByLabel("Meeting title").fill("Steering group meeting");
        page.getByLabel("Date").fill(start.plusMonths(1).plusDays(9).toString());
        page.getByLabel("Starts").fill("09:00");
        page.getByLabel("Ends").fill("11:00");
        page.getByLabel("Place").fill("Kaupungintalo, Pohjoisesplanadi 11–13");
        page.getByLabel("Repeats every … months").fill("6");
        page.getByLabel("Number of meetings").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save meeting")).click();
        assertThat(page.locator(".notification.success")).hasText("2 meetings have been saved.");
        assertThat(page.locator("h1")).hasText("Steering group meeting");
        String meetingUrl = page.url();

        page.locator("#agenda-title-input").fill("Situational picture of youth crime in the east");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the agenda")).click();
        assertThat(page.locator("ol.agenda")).containsText("Situational picture of youth crime in the east");

        // a restricted decision without a sharing list is refused, and nothing is saved
        page.locator("#decision-title").fill(decision);
        page.locator("#decision-text").fill("The police and youth services start joint outreach work; child welfare is consulted case by case.");
        page.locator("label[for=decision-class-RESTRICTED]").click();
        page.locator("#decision-legal").fill("JulkL 24 § 1 mom. 5 k");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.locator(".notification.error")).hasText("Restricted information must be shared with at least one organisation or body.");
        assertThat(page.locator("#decisions article")).hasCount(0);
        assertThat(page.locator("#decision-title")).hasValue(decision);

        // shared with the police department
        page.locator("label[for=decision-class-RESTRICTED]").click();
        page.locator("#decision-org-" + police).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.locator(".notification.success")).hasText("Saved.");
        var recorded = page.locator("#decisions article");
        assertThat(recorded).hasCount(1);
        assertThat(recorded).containsText(decision);
        assertThat(recorded).containsText("Restricted");
        assertThat(recorded).containsText("Helsinki Police Department");
        assertThat(recorded).containsText("§ 1/");
        screenshot("coordinator-restricted-decision");
        assertAccessible("meeting page with a restricted decision");
        signOut();

        // the member of an NGO cannot find it anywhere
        signIn("member");
        page.navigate(meetingUrl);
        assertThat(page.locator("h1")).hasText("Steering group meeting");
        assertThat(page.locator("#decisions")).containsText("No decisions that you may see.");
        assertThat(page.locator("body")).not().containsText(decision);
        open("/decisions?q=" + suffix);
        assertThat(page.locator("main")).containsText("0 decisions");
        assertThat(page.locator("main")).not().containsText(decision);
        open("/tasks/overdue");
        assertThat(page.locator("main")).not().containsText(decision);
        page.navigate(meetingUrl + "/print");
        assertThat(page.locator("body")).not().containsText(decision);
        screenshot("member-cannot-see-restricted-decision");
        page.navigate(meetingUrl);
        signOut();

        // the police coordinator can
        signIn("police");
        open("/decisions?q=" + suffix);
        assertThat(page.locator("main")).containsText("1 decisions");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(decision)).click();
        assertThat(page.locator("#decisions article")).containsText(decision);
        assertThat(page.locator("#decisions article")).containsText("JulkL 24 § 1 mom. 5 k");
        screenshot("police-sees-restricted-decision");
        assertThat(db.sql("select count(*) from audit.entry where action = 'record.read' and actor = 'police' and object_type = 'meetings.decision'")
                .query(Long.class).single()).isPositive();
        signOut();

        // the coordinator lowers it to internal, with a reason; now the member sees it too
        signIn("coordinator");
        page.navigate(meetingUrl);
        page.locator("#decisions details.reclassify summary").click();
        page.locator("#decisions details.reclassify label:text-is('Internal')").click();
        page.locator("#decisions details.reclassify button[type=submit]").click();
        assertThat(page.locator(".notification.error")).hasText("Lowering a classification needs a reason.");
        page.locator("#decisions details.reclassify summary").click();
        page.locator("#decisions details.reclassify label:text-is('Internal')").click();
        page.locator("#decisions details.reclassify textarea").fill("The measures were announced in the press release of the city.");
        page.locator("#decisions details.reclassify button[type=submit]").click();
        assertThat(page.locator(".notification.success")).hasText("Saved.");
        assertThat(page.locator("#decisions article").first()).containsText("Internal");
        signOut();
        signIn("member");
        page.navigate(meetingUrl);
        assertThat(page.locator("#decisions article")).containsText(decision);
    }
}
