package fi.turvaverkko.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Application-wide settings.
 *
 * @param dataDir  where the application keeps its files; the embedded PostgreSQL lives in {@code <dataDir>/postgres}
 * @param demo     seeds the demo users and data; when not set, on with the embedded database and off with an external one
 * @param database settings of the embedded PostgreSQL
 */
@ConfigurationProperties("turvaverkko")
public record TurvaverkkoProperties(@DefaultValue("./data") Path dataDir, Boolean demo, @DefaultValue Database database) {

    /**
     * @param port port of the embedded PostgreSQL on 127.0.0.1; 0 picks a free one
     */
    public record Database(@DefaultValue("0") int port) {
    }
}
