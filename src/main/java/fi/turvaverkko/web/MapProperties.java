package fi.turvaverkko.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The map's settings.
 *
 * @param tileUrl         background tiles ({z}/{x}/{y} template); empty: our district polygons alone
 * @param tileAttribution the attribution the tile provider asks for
 * @param defaultLevel    the level the home map opens with
 */
@ConfigurationProperties("turvaverkko.map")
public record MapProperties(@DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution,
        @DefaultValue("SUB_AREA") String defaultLevel) {
}
