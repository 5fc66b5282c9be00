package fi.turvaverkko.plans;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the plans module.
 *
 * @param graceDays       how many days after a reporting period ends its progress report is still on time
 * @param behindSchedule  how many percentage points an ongoing action's progress may trail the share of its time
 *                        already used before it goes on the escalation list
 */
@ConfigurationProperties("turvaverkko.plans")
public record PlansProperties(@DefaultValue("14") int graceDays, @DefaultValue("25") int behindSchedule) {
}
