package fi.turvaverkko.signals;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the signals module.
 *
 * @param restrictedSources       organisations (codes) whose signals are RESTRICTED unless the sender says otherwise,
 *                                with every unit beneath them: by default the police and child welfare
 * @param restrictedSharedWith    who those signals are shared with by default (organisation or body codes)
 * @param restrictedLegalBasis    the legal basis recorded with them by default
 * @param duplicateMetres         a signal of the same phenomenon this close …
 * @param duplicateHours          … and this close in time is suggested as a duplicate
 * @param maxUploadBytes          the largest CSV upload taken
 */
@ConfigurationProperties("turvaverkko.signals")
public record SignalsProperties(
        @DefaultValue({ "helsinki-police", "eastern-uusimaa-police", "child-welfare" }) List<String> restrictedSources,
        @DefaultValue("safety-unit") List<String> restrictedSharedWith,
        @DefaultValue("") String restrictedLegalBasis,
        @DefaultValue("200") int duplicateMetres,
        @DefaultValue("48") int duplicateHours,
        @DefaultValue("52428800") long maxUploadBytes) {
}
