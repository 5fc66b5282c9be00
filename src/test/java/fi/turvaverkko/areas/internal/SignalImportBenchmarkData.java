package fi.turvaverkko.areas.internal;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.SplittableRandom;

import fi.turvaverkko.areas.AreaLevel;

/**
 * The file of bench/import.sh: a deterministic CSV of signals at random points inside Helsinki's sub-areas (points in
 * the sea are drawn again), over a year, for the import benchmark. Usage: {@code SignalImportBenchmarkData rows file}.
 * Lives here for {@link TestAreas#index()}; not a test.
 */
public final class SignalImportBenchmarkData {

    static final String[] PHENOMENA = { "street-drug-dealing", "intoxicant-disturbance", "youth-gangs", "public-violence",
            "staff-violence", "robbery", "vandalism", "property-crime", "disturbance-and-noise", "traffic-safety",
            "accidents-and-injuries", "fire-safety", "radicalisation", "youth-marginalisation", "feeling-of-insecurity", "other" };
    static final String[] DESCRIPTIONS = { "Graffiti on the wall of the underpass", "Groups gathering in the park at night, bottles left",
            "\"Dealing\" near the metro station, evenings", "Broken street light, the path feels unsafe", "Noise from the yard after midnight" };

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        DistrictIndex index = TestAreas.index();
        SplittableRandom random = new SplittableRandom(42);
        LocalDateTime start = LocalDateTime.of(2025, 11, 1, 0, 0);
        int minutes = 365 * 24 * 60;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write("phenomenon,observed_at,lat,lon,count,description\n");
            StringBuilder line = new StringBuilder(160);
            for (int i = 0; i < rows; i++) {
                double lat;
                double lon;
                do {
                    lon = Math.round((24.7828 + random.nextDouble() * (25.2545 - 24.7828)) * 1e5) / 1e5;
                    lat = Math.round((59.9225 + random.nextDouble() * (60.2978 - 59.9225)) * 1e5) / 1e5;
                } while (index.locateOrNull(AreaLevel.SUB_AREA, lon, lat) == null);
                line.setLength(0);
                line.append(PHENOMENA[random.nextInt(PHENOMENA.length)]).append(',');
                line.append(start.plusMinutes(random.nextInt(minutes))).append(',');
                line.append(String.format(Locale.ROOT, "%.5f,%.5f", lat, lon)).append(',');
                line.append(1 + random.nextInt(3)).append(',');
                if (random.nextInt(10) == 0) {
                    String d = DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)];
                    line.append(d.contains("\"") || d.contains(",") ? "\"" + d.replace("\"", "\"\"") + "\"" : d);
                }
                line.append('\n');
                out.write(line.toString());
            }
        }
        System.out.printf("%,d rows, %,d bytes: %s%n", rows, Files.size(file), file);
    }
}
