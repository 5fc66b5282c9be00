package fi.turvaverkko.situation.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * The Getis–Ord Gi* hot-spot statistic (Getis and Ord 1992; Ord and Getis 1995) with binary weights that include the
 * area itself (w<sub>ii</sub> = 1):
 *
 * <pre>
 * Gi* = (Σⱼ wᵢⱼ xⱼ − X̄ Σⱼ wᵢⱼ) / (S √[(n Σⱼ wᵢⱼ² − (Σⱼ wᵢⱼ)²) / (n − 1)])
 * </pre>
 *
 * with X̄ the mean of all n values and S = √(Σ x²/n − X̄²). Gi* is a z-score; the p-value is the one-sided upper tail
 * of the standard normal distribution, small for a hot spot (z &gt; 0). When all values are equal (S = 0), or an area
 * neighbours every other area so that its sum is the total, there is nothing to compare: z = 0 and p = 1.
 */
public final class GetisOrdGiStar {

    /**
     * The statistic of one area.
     *
     * @param z the Gi* z-score
     * @param pValue the one-sided upper p-value P(Z ≥ z), small for a hot spot; 1 when there is nothing to compare
     */
    public record Score(double z, double pValue) {
    }

    private GetisOrdGiStar() {
    }

    /**
     * Gi* of every area.
     *
     * @param values the value of each area, e.g. a count or a rate
     * @param neighbours for each area the indices of its neighbours (e.g. queen contiguity); the area itself need not
     *        be listed, as it is always included, and repeated indices count once
     * @return the scores in the order of the areas
     */
    public static List<Score> scores(double[] values, int[][] neighbours) {
        int n = values.length;
        if (neighbours.length != n) {
            throw new IllegalArgumentException("neighbours must have one list per area: " + neighbours.length
                    + " lists for " + n + " areas");
        }
        double total = 0;
        double largest = 0;
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("values must be finite, got " + value);
            }
            total += value;
            largest = Math.max(largest, Math.abs(value));
        }
        double mean = n == 0 ? 0 : total / n;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        // S² = Σx²/n − X̄², computed as Σ(x − X̄)²/n, which does not cancel
        double s = n == 0 ? 0 : Math.sqrt(squares / n);
        // equal values can leave a rounding residue in S; that is no spread
        boolean noSpread = s <= 1e-12 * largest;

        var scores = new ArrayList<Score>(n);
        var seenBy = new int[n];
        for (int i = 0; i < n; i++) {
            // binary weights: the area itself and each distinct neighbour once
            int mark = i + 1;
            seenBy[i] = mark;
            double localSum = values[i];
            int weightSum = 1;
            for (int j : neighbours[i]) {
                if (j < 0 || j >= n) {
                    throw new IllegalArgumentException("area " + i + " has a neighbour " + j + " outside 0.."
                            + (n - 1));
                }
                if (seenBy[j] != mark) {
                    seenBy[j] = mark;
                    localSum += values[j];
                    weightSum++;
                }
            }
            // binary weights: Σ w² = Σ w
            double spread = ((double) n * weightSum - (double) weightSum * weightSum) / (n - 1);
            if (noSpread || !(spread > 0)) {
                scores.add(new Score(0, 1));
                continue;
            }
            double z = (localSum - mean * weightSum) / (s * Math.sqrt(spread));
            scores.add(new Score(z, Distributions.normalUpperTail(z)));
        }
        return List.copyOf(scores);
    }
}
