package fi.turvaverkko.areas.internal;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fi.turvaverkko.areas.AreaLevel;

/**
 * Locate throughput: one million random WGS84 points in Helsinki's bounding box against the sub-areas (148) and the
 * small areas (403), on one thread and on every core. Run with bench/locate.sh; not a test.
 */
public final class LocateBenchmark {

    static final int POINTS = 1_000_000;
    static final int ROUNDS = 7;

    public static void main(String[] args) throws Exception {
        long buildStart = System.nanoTime();
        DistrictIndex index = TestAreas.index();
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        System.out.printf("Index built from the shipped boundaries in %.2f s (includes reading the GeoJSON)%n", buildSeconds);

        Random random = new Random(42);
        double[] lon = new double[POINTS];
        double[] lat = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            lon[i] = 24.7828 + random.nextDouble() * (25.2545 - 24.7828);
            lat[i] = 59.9225 + random.nextDouble() * (60.2978 - 59.9225);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        for (AreaLevel level : new AreaLevel[] { AreaLevel.SUB_AREA, AreaLevel.SMALL_AREA }) {
            double[] single = new double[ROUNDS];
            int found = 0;
            for (int round = 0; round < ROUNDS + 3; round++) {
                long start = System.nanoTime();
                found = run(index, level, lon, lat, 0, POINTS);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (round >= 3) {
                    single[round - 3] = POINTS / seconds;
                }
            }
            Arrays.sort(single);
            double parallel = parallel(index, level, lon, lat, cores);
            System.out.printf("%-10s %3d areas: %,.0f points/s on one core (median of %d rounds, min %,.0f, max %,.0f); "
                    + "%,.0f points/s on %d cores; %,d of %,d points inside an area%n",
                    level, index.size(level), single[ROUNDS / 2], ROUNDS, single[0], single[ROUNDS - 1], parallel, cores, found, POINTS);
        }
    }

    static int run(DistrictIndex index, AreaLevel level, double[] lon, double[] lat, int from, int to) {
        int found = 0;
        for (int i = from; i < to; i++) {
            if (index.locateOrNull(level, lon[i], lat[i]) != null) {
                found++;
            }
        }
        return found;
    }

    static double parallel(DistrictIndex index, AreaLevel level, double[] lon, double[] lat, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double best = 0;
            for (int round = 0; round < 5; round++) {
                long start = System.nanoTime();
                Future<?>[] parts = new Future<?>[threads];
                int chunk = POINTS / threads;
                for (int t = 0; t < threads; t++) {
                    int from = t * chunk;
                    int to = t == threads - 1 ? POINTS : from + chunk;
                    parts[t] = pool.submit(() -> run(index, level, lon, lat, from, to));
                }
                for (Future<?> part : parts) {
                    part.get();
                }
                best = Math.max(best, POINTS / ((System.nanoTime() - start) / 1e9));
            }
            return best;
        } finally {
            pool.shutdown();
        }
    }
}
