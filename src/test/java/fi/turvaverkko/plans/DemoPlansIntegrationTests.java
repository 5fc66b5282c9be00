package fi.turvaverkko.plans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The demo plans are there in demo mode, marked demo, with actions on time and overdue relative to today. */
class DemoPlansIntegrationTests extends IntegrationTest {

    @Test
    void theCitySafetyPlanIsInForceWithActionsOnTimeAndOverdue() {
        JsonNode plans = parse(get("/api/plans", "Authorization", basic("coordinator", "demo")).body());
        JsonNode city = null;
        for (JsonNode plan : plans) {
            if (plan.get("title").asString().equals("Helsingin turvallisuussuunnitelma 2025–2028")) {
                city = plan;
            }
        }
        assertThat(city).as(plans.toString()).isNotNull();
        assertThat(city.get("state").asString()).isEqualTo("IN_FORCE");
        assertThat(city.get("demo").asBoolean()).isTrue();
        long id = city.get("id").asLong();
        assertThat(parse(get("/api/plans/" + id + "/focus-areas", "Authorization", basic("coordinator", "demo")).body())).hasSize(4);
        JsonNode actions = parse(get("/api/actions?plan=" + id, "Authorization", basic("coordinator", "demo")).body());
        // other tests may add actions to the demo plan: count the demo's own
        assertThat(db.sql("select count(*) from plans.action where plan_id = :id and created_by = 'demo'").param("id", id)
                .query(Long.class).single()).isEqualTo(20);
        assertThat(actions.toString()).contains("Jengiytymisen ennaltaehkäisyn tilannekuvaryhmä");
        assertThat(actions.toString()).contains("\"overdue\":true").contains("\"overdue\":false");

        JsonNode memberSees = parse(get("/api/actions?plan=" + id, "Authorization", basic("member", "demo")).body());
        assertThat(memberSees.toString()).as("the member does not see the restricted police action").doesNotContain("Jengiytymisen ennaltaehkäisyn tilannekuvaryhmä");

        JsonNode due = parse(get("/api/reports-due", "Authorization", basic("youth", "demo")).body());
        assertThat(due.toString()).as("youth services owes a report").contains("Liikkuva nuorisotyö");
        assertThat(parse(get("/api/plans/" + id + "/escalations", "Authorization", basic("coordinator", "demo")).body()).toString())
                .contains("DELAYED").contains("REPORT_OVERDUE");
    }

    static long demoActions(JsonNode actions) {
        long n = 0;
        for (JsonNode action : actions) {
            n += action.get("demo").asBoolean() ? 1 : 0;
        }
        return n;
    }
}
