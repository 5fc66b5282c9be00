package fi.turvaverkko.situation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the situational picture.
 *
 * @param falseDiscoveryRate the q of the Benjamini–Hochberg correction in emerging-phenomena and hot-spot runs
 * @param currentDays        the length of the current period of an emerging-phenomena run
 */
@ConfigurationProperties("turvaverkko.situation")
public record SituationProperties(@DefaultValue("0.05") double falseDiscoveryRate, @DefaultValue("14") int currentDays) {
}
