package fi.turvaverkko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps its data when the application is killed: the application is started as a process of its
 * own, a change is written through the API, the process gets {@code kill -9}, and after a new start the change is there.
 */
class EmbeddedDatabaseRestartTests {

    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    Path dataDir;
    Path log;
    final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (Process process : started) {
            if (process.isAlive()) {
                process.destroy();
                process.waitFor();
            }
        }
    }

    @Test
    void keepsCommittedDataAfterKillDashNine() throws Exception {
        dataDir = Path.of("target/restart-test/run-" + ProcessHandle.current().pid()).toAbsolutePath();
        Files.createDirectories(dataDir);
        log = dataDir.resolve("app.log");

        int port = freePort();
        Process first = start(port);
        awaitHealthy(port, first);
        var changed = send(port, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/preferences"))
                .header("Authorization", basic("member", "demo")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"sv\"}")).build());
        assertThat(changed.statusCode()).isEqualTo(200);
        var signal = send(port, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/signals"))
                .header("Authorization", basic("member", "demo")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"phenomenon\": \"vandalism\", \"observedAt\": \""
                        + java.time.Instant.now().minusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        + "\", \"lat\": 60.1841, \"lon\": 24.9497, \"description\": \"survives kill -9\"}")).build());
        assertThat(signal.statusCode()).as(signal.body()).isEqualTo(201);
        String signalPath = signal.headers().firstValue("Location").orElseThrow();

        first.destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL is left running
        first.waitFor();
        assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).as("the killed run left its postmaster").isTrue();

        port = freePort();
        Process second = start(port);
        awaitHealthy(port, second);
        var me = send(port, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", basic("member", "demo")).GET().build());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"language\":\"sv\"");
        var acknowledged = send(port, HttpRequest.newBuilder(URI.create("http://localhost:" + port + signalPath))
                .header("Authorization", basic("member", "demo")).GET().build());
        assertThat(acknowledged.statusCode()).as("the signal acknowledged with 201 before kill -9").isEqualTo(200);
        assertThat(acknowledged.body()).contains("survives kill -9");
        assertThat(Files.readString(log)).contains("left running by an earlier run");

        second.destroy(); // a normal stop shuts PostgreSQL down too
        assertThat(second.waitFor()).isIn(0, 143);
    }

    Process start(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = List.of(java, "-cp", System.getProperty("java.class.path"), "fi.turvaverkko.TurvaverkkoApplication",
                "--server.port=" + port, "--turvaverkko.data-dir=" + dataDir, "--spring.main.banner-mode=off");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        started.add(process);
        return process;
    }

    void awaitHealthy(int port, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the application is running; see " + log).isTrue();
            try {
                var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application did not become healthy in 120 s; see " + log);
    }

    static HttpResponse<String> send(int port, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
