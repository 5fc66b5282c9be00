package fi.turvaverkko.situation.statistics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The Benjamini–Hochberg (1995) step-up procedure, controlling the false discovery rate over many tests.
 *
 * <p>A NaN p-value marks a comparison that was not tested (see {@link EmergingTest.Assessment#pValueForAdjustment()}):
 * it is not counted among the m comparisons, its q-value is NaN and it is never significant. Ties need no special
 * handling: tied p-values get the same q-value.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {
    }

    /**
     * The adjusted p-values (q-values) in the order of the input, as R's {@code p.adjust(p, "BH")}:
     * q<sub>(i)</sub> = min<sub>k ≥ i</sub> p<sub>(k)</sub> m / k, capped at 1, where p<sub>(k)</sub> is the k-th
     * smallest of the m tested p-values.
     *
     * @param pValues p-values in [0, 1], NaN for a comparison that was not tested
     * @return the q-values, NaN where the p-value was NaN
     */
    public static double[] qValues(double[] pValues) {
        var tested = IntStream.range(0, pValues.length)
                .filter(i -> !Double.isNaN(checked(pValues[i])))
                .boxed()
                .sorted(Comparator.comparingDouble(i -> pValues[i]))
                .mapToInt(Integer::intValue)
                .toArray();
        var q = new double[pValues.length];
        Arrays.fill(q, Double.NaN);
        int m = tested.length;
        double smallest = 1;
        for (int rank = m; rank >= 1; rank--) {
            int index = tested[rank - 1];
            smallest = Math.min(smallest, pValues[index] * m / rank);
            q[index] = smallest;
        }
        return q;
    }

    /**
     * Which comparisons are discoveries at false discovery rate q: those whose q-value is at most q, which is the
     * same as rejecting the k smallest p-values for the largest k with p<sub>(k)</sub> ≤ k q / m.
     *
     * @param pValues p-values in [0, 1], NaN for a comparison that was not tested
     * @param q the false discovery rate, in (0, 1]
     * @return true for the discoveries, in the order of the input
     */
    public static boolean[] significant(double[] pValues, double q) {
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("q must be in (0, 1], got " + q);
        }
        var qValues = qValues(pValues);
        var significant = new boolean[qValues.length];
        for (int i = 0; i < qValues.length; i++) {
            significant[i] = qValues[i] <= q;
        }
        return significant;
    }

    /** The number m of comparisons that count: the p-values that are not NaN. */
    public static int comparisons(double[] pValues) {
        int m = 0;
        for (double p : pValues) {
            if (!Double.isNaN(checked(p))) {
                m++;
            }
        }
        return m;
    }

    private static double checked(double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("p-values must be in [0, 1] or NaN, got " + p);
        }
        return p;
    }
}
