package fi.turvaverkko.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code kill -9} of the JVM leaves the embedded postmaster running and holding the data directory.
 * Before the next start we stop it the way PostgreSQL wants to be stopped (SIGTERM: smart shutdown, no data lost).
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(OrphanedPostmaster::isPostgres);
        if (process.isEmpty()) {
            return;
        }
        log.warn("Stopping PostgreSQL (pid {}) left running by an earlier run that did not shut down", pid);
        process.get().destroy();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (process.get().isAlive() && Instant.now().isBefore(deadline)) {
            sleep();
        }
        if (process.get().isAlive()) {
            process.get().destroyForcibly();
        }
        while (Files.exists(pidFile) && Instant.now().isBefore(deadline.plusSeconds(5))) {
            sleep();
            if (!process.get().isAlive()) {
                break;
            }
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(false);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
