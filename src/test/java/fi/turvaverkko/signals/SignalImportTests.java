package fi.turvaverkko.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** CSV import through POST /api/signals/import: the rows are written with their rollups, bad rows are reported, nothing is half-saved. */
class SignalImportTests extends IntegrationTest {

    static final String HEADER = "phenomenon,observed_at,lat,lon,area_code,count,description,external_id\n";

    HttpResponse<String> importCsv(String csv, String query) {
        return send(HttpRequest.newBuilder(URI.create(url("/api/signals/import" + query))).header("Authorization", basic("coordinator", "demo"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build());
    }

    /** A marker of letters only (digits could look like a phone number to the personal data rule). */
    static String marker() {
        Random random = new Random();
        StringBuilder s = new StringBuilder("Import test ");
        for (int i = 0; i < 10; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    long signalsWith(String marker) {
        return db.sql("select count(*) from signals.signal where description = :d and channel = 'CSV_IMPORT'").param("d", marker)
                .query(Long.class).single();
    }

    long dailyCount(LocalDate day) {
        return db.sql("select coalesce(sum(count), 0) from signals.daily_count where day = :day").param("day", day).query(Long.class).single();
    }

    long weeklyCount(LocalDate day) {
        return db.sql("select coalesce(sum(count), 0) from signals.weekly_count where week = :week").param("week", fi.turvaverkko.signals.internal.Rollups.weekOf(day))
                .query(Long.class).single();
    }

    @Test
    void importsAGoodFileWithItsRollups() {
        String marker = marker();
        LocalDate day = LocalDate.of(2026, 2, 3);
        long before = dailyCount(day);
        long weeklyBefore = weeklyCount(day);
        String csv = HEADER
                + "vandalism,2026-02-03T21:30:00+02:00,60.1699,24.9384,,2," + marker + ",\n"
                + "street-drug-dealing,2026-02-03T12:00,,,0913301,3,\"" + marker + "\",\n"
                + "feeling-of-insecurity,3.2.2026,60.2100,25.0800,,1," + marker + ",\n";
        var response = importCsv(csv, "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = parse(response.body());
        assertThat(answer.path("rowsRead").asLong()).isEqualTo(3);
        assertThat(answer.path("written").asLong()).isEqualTo(3);
        assertThat(answer.path("refused").asLong()).isZero();
        assertThat(answer.path("mode").asString()).isEqualTo("all-or-nothing");
        assertThat(signalsWith(marker)).isEqualTo(3);
        assertThat(dailyCount(day) - before).isEqualTo(6);
        assertThat(weeklyCount(day) - weeklyBefore).isEqualTo(6);
        assertThat(db.sql("select area_code from signals.signal where description = :d and phenomenon_id = "
                + "(select id from signals.phenomenon where code = 'vandalism')").param("d", marker).query(String.class).single())
                .as("located to the smallest area").startsWith("0911").hasSizeGreaterThan(7);
        assertThat(db.sql("select observed_to - observed_from from signals.signal s join signals.phenomenon p on p.id = s.phenomenon_id "
                + "where description = :d and p.code = 'feeling-of-insecurity'").param("d", marker).query(String.class).single())
                .as("a date is the whole day").isEqualTo("23:59:59");
        assertThat(db.sql("select count(*) from audit.entry where action = 'signals.imported' and summary like '%read 3, written 3%'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void acceptsSemicolonsAndDecimalCommasAsFinnishExcelWritesThem() {
        String marker = marker();
        String csv = "\uFEFFphenomenon;observed_at;lat;lon;description\n"
                + "vandalism;4.2.2026 18:00;60,1699;24,9384;" + marker + "\n";
        var response = importCsv(csv, "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(signalsWith(marker)).isEqualTo(1);
    }

    String badFile(String marker) {
        return HEADER
                + "vandalism,2026-02-10T10:00,60.1699,24.9384,,1," + marker + ",\n"
                + "vandalism,2026-02-10T10:00,60.1699,24.9384,,1,\"bad\"quote,\n"
                + "vandalism,2026-02-10T10:00,60.1699,24.9384\n"
                + "unicorns,2026-02-10T10:00,60.1699,24.9384,,1," + marker + ",\n"
                + "vandalism,2099-01-01T10:00,60.1699,24.9384,,1," + marker + ",\n"
                + "vandalism,2026-02-10T10:00,60.1699,24.9384,,1,Call 040 123 4567 about it,\n"
                + "vandalism,2026-02-10T10:00,59.5000,24.0000,,1," + marker + ",\n"
                + "robbery,2026-02-10T11:00,,,0913301,2," + marker + ",\n";
    }

    @Test
    void allOrNothingRefusesAFileWithBadRowsAndReportsEachOne() {
        String marker = marker();
        LocalDate day = LocalDate.of(2026, 2, 10);
        long before = dailyCount(day);
        long signals = db.sql("select count(*) from signals.signal").query(Long.class).single();
        var response = importCsv(badFile(marker), "?mode=all-or-nothing");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = parse(response.body());
        assertThat(problem.path("rowsRead").asLong()).isEqualTo(8);
        assertThat(problem.path("refused").asLong()).isEqualTo(6);
        assertThat(problem.path("written").asLong()).isZero();
        JsonNode errors = problem.path("errors");
        assertThat(errors.size()).isEqualTo(6);
        assertThat(errors.get(0).path("row").asLong()).isEqualTo(2);
        assertThat(errors.get(0).path("line").asLong()).isEqualTo(3);
        assertThat(errors.get(0).path("field").asString()).isEqualTo("csv");
        assertThat(errors.get(0).path("message").asString()).contains("quote");
        assertThat(errors.get(1).path("message").asString()).contains("has 4 fields");
        assertThat(errors.get(2).path("field").asString()).isEqualTo("phenomenon");
        assertThat(errors.get(3).path("field").asString()).isEqualTo("observed_at");
        assertThat(errors.get(3).path("message").asString()).contains("future");
        assertThat(errors.get(4).path("field").asString()).isEqualTo("description");
        assertThat(errors.get(4).path("message").asString()).contains("phone number");
        assertThat(errors.get(5).path("field").asString()).isEqualTo("lat");
        assertThat(errors.get(5).path("message").asString()).contains("outside every area");
        assertThat(db.sql("select count(*) from signals.signal").query(Long.class).single()).isEqualTo(signals);
        assertThat(dailyCount(day)).isEqualTo(before);
        assertThat(db.sql("select count(*) from audit.entry where action = 'signals.import-refused'").query(Long.class).single()).isPositive();
    }

    @Test
    void keepValidWritesOnlyTheGoodRows() {
        String marker = marker();
        LocalDate day = LocalDate.of(2026, 2, 10);
        long before = dailyCount(day);
        var response = importCsv(badFile(marker), "?mode=keep-valid");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = parse(response.body());
        assertThat(answer.path("written").asLong()).isEqualTo(2);
        assertThat(answer.path("refused").asLong()).isEqualTo(6);
        assertThat(answer.path("problems").size()).isEqualTo(6);
        assertThat(signalsWith(marker)).isEqualTo(2);
        assertThat(dailyCount(day) - before).isEqualTo(3);
    }

    @Test
    void refusesUnknownColumnsBeforeAnyRow() {
        var response = importCsv("phenomenon,observed_at,lat,lon,colour\nvandalism,2026-02-10T10:00,60.1699,24.9384,red\n", "");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Unknown columns: colour");
    }

    @Test
    void resendingExternalIdsUpdatesTheSignalsAndMovesTheRollups() {
        String marker = marker();
        String id = marker.substring(12);
        LocalDate first = LocalDate.of(2026, 3, 2);
        LocalDate second = LocalDate.of(2026, 3, 9);
        long firstBefore = dailyCount(first);
        long secondBefore = dailyCount(second);
        var response = importCsv(HEADER
                + "vandalism,2026-03-02T10:00,60.1699,24.9384,,2," + marker + "," + id + "-a\n"
                + "vandalism,2026-03-02T10:00,60.1699,24.9384,,3," + marker + "," + id + "-b\n", "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(dailyCount(first) - firstBefore).isEqualTo(5);

        response = importCsv(HEADER
                + "vandalism,2026-03-09T10:00,60.2100,25.0800,,7," + marker + "," + id + "-a\n"
                + "robbery,2026-03-09T10:00,60.2100,25.0800,,1," + marker + "," + id + "-c\n"
                + "robbery,2026-03-09T10:00,60.2100,25.0800,,4," + marker + "," + id + "-c\n", "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = parse(response.body());
        assertThat(answer.path("written").asLong()).as("-c is new").isEqualTo(1);
        assertThat(answer.path("updated").asLong()).as("-a again, and -c's second row").isEqualTo(2);
        assertThat(signalsWith(marker)).as("no duplicates").isEqualTo(3);
        assertThat(db.sql("select count from signals.signal where external_id = :e").param("e", id + "-c").query(Integer.class).single())
                .as("the later row of the file wins").isEqualTo(4);
        assertThat(dailyCount(first) - firstBefore).as("-a moved away from the first day").isEqualTo(3);
        assertThat(dailyCount(second) - secondBefore).isEqualTo(11);
    }

    /** 50 MB and a kilobyte: two good rows, then blank lines (the parser skips them without keeping anything). */
    static InputStream oversized(String head, long total) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            long position;

            @Override
            public int read() {
                if (position >= total) {
                    return -1;
                }
                return position < start.length ? start[(int) position++] : (position++ >= 0 ? '\n' : -1);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - position);
                for (int i = 0; i < n; i++) {
                    b[off + i] = position < start.length ? start[(int) position] : (byte) '\n';
                    position++;
                }
                return n;
            }
        };
    }

    @Test
    void refusesMoreThanFiftyMegabytesWith413AndKeepsNothing() {
        String marker = marker();
        String head = HEADER + "vandalism,2026-02-11T10:00,60.1699,24.9384,,1," + marker + ",\n"
                + "vandalism,2026-02-11T10:00,60.1699,24.9384,,1," + marker + ",\n";
        long limit = 50L * 1024 * 1024;
        var response = send(HttpRequest.newBuilder(URI.create(url("/api/signals/import?mode=keep-valid")))
                .header("Authorization", basic("coordinator", "demo")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> oversized(head, limit + 1024))).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(parse(response.body()).path("detail").asString()).contains("52428800 bytes");
        assertThat(signalsWith(marker)).isZero();

        var fits = send(HttpRequest.newBuilder(URI.create(url("/api/signals/import?mode=keep-valid")))
                .header("Authorization", basic("coordinator", "demo")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> oversized(head, 1_000_000))).build());
        assertThat(fits.statusCode()).as(fits.body()).isEqualTo(200);
        assertThat(signalsWith(marker)).isEqualTo(2);
    }
}
