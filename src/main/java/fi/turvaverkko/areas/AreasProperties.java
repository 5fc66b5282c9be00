package fi.turvaverkko.areas;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the areas module.
 *
 * @param municipalities       CSV of municipality codes and names (code,name_fi,name_sv)
 * @param datasets             the boundary files imported at start-up (each file once: a changed file is a new vintage)
 * @param defaultMunicipality  the municipality the map and lists open with
 */
@ConfigurationProperties("turvaverkko.areas")
public record AreasProperties(@DefaultValue("classpath:areas/municipalities.csv") String municipalities,
        @DefaultValue List<AreaDataset> datasets, @DefaultValue("091") String defaultMunicipality) {
}
