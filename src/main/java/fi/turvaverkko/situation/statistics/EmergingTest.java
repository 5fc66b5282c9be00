package fi.turvaverkko.situation.statistics;

/**
 * Tests whether a phenomenon is emerging in an area: is the count of the current period higher than the area's own
 * past year leads us to expect? In the spirit of the improved Farrington method (Noufaily et al. 2013, "An improved
 * algorithm for outbreak detection in multiple surveillance systems", Statistics in Medicine 32:1206–1222).
 *
 * <h2>Method</h2>
 * <ol>
 * <li><b>Baseline.</b> The counts of the earlier periods of the same length as the current one, by default 26 periods
 * of 14 days (52 weeks), <b>oldest first</b>. A longer array is allowed: only its newest
 * {@link Settings#baselinePeriods()} entries (the last ones) are used.</li>
 * <li><b>Quasi-Poisson fit.</b> The expected count μ is the mean of the baseline; the dispersion is estimated from the
 * Pearson residuals, φ = max(1, Σ(y − μ)²/μ / (n − 1)).</li>
 * <li><b>Down-weighting past outbreaks.</b> Baseline periods whose Anscombe residual
 * s = 3/2 (y<sup>2/3</sup> − μ<sup>2/3</sup>) / (μ<sup>1/6</sup> √(φ (1 − 1/n))) exceeds
 * {@link Settings#reweightingThreshold()} (2.58 as in Noufaily et al.) get the weight s<sup>−2</sup>, the others 1;
 * the weights are scaled to sum to n and μ and φ are estimated once more with them, φ = max(1, Σ w (y − μ)²/μ /
 * (n − 1)). A past outbreak thus raises neither the expectation nor the dispersion much.</li>
 * <li><b>No time trend.</b> Noufaily et al. fit a trend only when it is significant and does not extrapolate beyond the
 * baseline's range, using several years of data. With one year (26 points) a trend is too often an artefact of a
 * seasonal swing or of a single busy spell, and with one year trend and season cannot be told apart; extrapolating
 * it to the current period would either hide a real rise (the trend "explains" it) or raise false alarms after a
 * quiet spell. The model is therefore intercept-only and the order of the baseline does not affect the result today;
 * the order is still part of the contract so that a trend or a seasonal window can be added later.</li>
 * <li><b>p-value.</b> One-sided, P(Y ≥ observed), from the posterior predictive distribution given the baseline,
 * which takes into account that both μ and φ are estimated from only n periods. Plugging the estimates into the
 * negative binomial makes the p-values far too small under the null exactly where a multiple-testing adjustment looks
 * (around 2e-5 with 2,000 pairs): in our simulations with φ from 1.5 to 2 such tail areas came 6 to 80 times too
 * often, and over 2,368 pairs where nothing changed Benjamini–Hochberg made a false discovery in two runs of three
 * (in half the runs when the variance is inflated by φμ/n for the estimated mean). The main cause is φ: estimated
 * from 26 points it often comes out too low, and the negative binomial's far tail depends strongly on it.
 * <ul>
 * <li>For a given φ the predictive distribution is negative binomial with mean m = μ + φ/n<sub>e</sub> and variance
 * φ m (1 + 1/n<sub>e</sub>): the quasi-Poisson variance plus the variance of the estimated mean, where
 * n<sub>e</sub> = (Σw)²/Σw² is the effective number of baseline periods (n without down-weighting). This is the
 * gamma–Poisson predictive of a quasi-likelihood with one prior count; for φ = 1 and no down-weighting it is exactly
 * the conditional binomial test P(Bin(S + y, 1/(n + 1)) ≥ y) of the baseline sum S against the observed y, which is
 * valid whatever the true mean.</li>
 * <li>φ is averaged over: the p-value is the mean of those tails over {@value #DISPERSION_POINTS} values of φ spread
 * evenly on the log scale between 1 and the larger of {@link Settings#maximumDispersion()} (3) and twice the
 * estimate, each weighted by how well it explains the estimate: the log of the Pearson estimate is taken as normal
 * around log φ with variance (2 + (6φ² − 6φ + 1)/(φμ)) / (n − 1), the variance of the Pearson estimate under a
 * negative binomial (its fourth cumulant makes it large for small means). With a large mean the data pin φ down;
 * with a small one they barely do and the tail is averaged over the whole range, as it should be.</li>
 * </ul>
 * The result is conservative rather than exact: under the null, tail areas of 1e-4 and below occur at most about as
 * often as they should when φ is near 2 and far less often when φ is near 1, the price of not knowing φ; in the same
 * simulation no run made a false discovery. The upper end of the range is an assumption about how bursty the counts
 * can be without the baseline showing it: with counts that cluster more (φ well above 3 in sparse pairs) raise
 * {@link Settings#maximumDispersion()}. A future refinement is to estimate the range per phenomenon from all
 * areas together (empirical Bayes), which would make sparse pairs both safer and more sensitive.</li>
 * <li><b>Zero baseline.</b> When all baseline periods are 0, μ = 0 and the reported φ is 1; nothing is known of the
 * dispersion, so the tail is averaged over the whole range of φ. With 26 periods: 0.005 for three events,
 * 5e-5 for ten, 3e-7 for twenty: small but not zero. Zero observed always gives p = 1.</li>
 * <li><b>Tested or not.</b> A pair is tested when its baseline sum plus the observed count is at least
 * {@link Settings#minimumTotal()} (3): with fewer events not even all of them in the current period is remarkable.
 * An untested pair gets p = 1 and {@code tested = false}; leave it out of the Benjamini–Hochberg step (use
 * {@link Assessment#pValueForAdjustment()}, which is NaN for it). Filtering on the total is legitimate because the
 * total tells nothing of whether the events fell in the current period or in the baseline, so the tested pairs'
 * p-values stay valid.</li>
 * </ol>
 *
 * <p>An assessment is O(n) plus at most {@value #DISPERSION_POINTS} incomplete beta functions, without allocation;
 * about 5 µs on an ordinary core. Instances are immutable and thread-safe.
 */
public final class EmergingTest {

    /** The number of dispersion values the tail is averaged over. */
    public static final int DISPERSION_POINTS = 16;

    /** Dispersion values whose weight is below this share of the largest weight are left out of the average. */
    private static final double NEGLIGIBLE_WEIGHT = 1e-12;

    /**
     * How the test is done.
     *
     * @param baselinePeriods how many of the newest baseline periods to use at most (26 periods of 14 days = 52 weeks)
     * @param reweightingThreshold the Anscombe residual above which a baseline period is down-weighted as a possible
     *        past outbreak (2.58, Noufaily et al.)
     * @param minimumTotal the least baseline sum plus observed count for a pair to be tested at all (3)
     * @param maximumDispersion the largest dispersion φ (variance / mean) considered plausible when the baseline does
     *        not show it (3); the range considered reaches twice the estimate when the baseline shows more
     */
    public record Settings(int baselinePeriods, double reweightingThreshold, long minimumTotal,
            double maximumDispersion) {

        /** 26 periods, threshold 2.58, at least 3 events in all, dispersion up to 3. */
        public static final Settings DEFAULT = new Settings(26, 2.58, 3, 3);

        public Settings {
            if (baselinePeriods < 1) {
                throw new IllegalArgumentException("baselinePeriods must be at least 1, got " + baselinePeriods);
            }
            if (!(reweightingThreshold > 0)) {
                throw new IllegalArgumentException("reweightingThreshold must be positive, got "
                        + reweightingThreshold);
            }
            if (minimumTotal < 1) {
                throw new IllegalArgumentException("minimumTotal must be at least 1, got " + minimumTotal);
            }
            if (!(maximumDispersion >= 1) || Double.isInfinite(maximumDispersion)) {
                throw new IllegalArgumentException("maximumDispersion must be finite and at least 1, got "
                        + maximumDispersion);
            }
        }
    }

    /**
     * The outcome for one area and phenomenon.
     *
     * @param observed the count in the current period
     * @param expected the expected count μ from the (down-weighted) baseline; 0 when the baseline is all zeros
     * @param dispersion the estimated dispersion φ ≥ 1 (variance / mean); 1 for a zero baseline
     * @param pValue the one-sided p-value P(Y ≥ observed); 1 when not tested
     * @param tested whether the pair had enough events to be tested; count only tested pairs in a multiple-testing
     *        adjustment
     */
    public record Assessment(long observed, double expected, double dispersion, double pValue, boolean tested) {

        /** The p-value to hand to {@link BenjaminiHochberg}: NaN for an untested pair, so that it is not counted. */
        public double pValueForAdjustment() {
            return tested ? pValue : Double.NaN;
        }
    }

    private final Settings settings;

    /** A test with {@link Settings#DEFAULT}. */
    public EmergingTest() {
        this(Settings.DEFAULT);
    }

    /** A test with the given settings. */
    public EmergingTest(Settings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings are required");
        }
        this.settings = settings;
    }

    /** The settings of this test. */
    public Settings settings() {
        return settings;
    }

    /**
     * Assesses the count of the current period against the baseline.
     *
     * @param observed the count in the current period, ≥ 0
     * @param baseline the counts of the earlier periods, oldest first, each ≥ 0, at least one; of a longer array only
     *        the newest {@link Settings#baselinePeriods()} are used
     * @return the expected count, the dispersion and the one-sided p-value
     */
    public Assessment assess(long observed, long[] baseline) {
        if (observed < 0) {
            throw new IllegalArgumentException("observed must not be negative, got " + observed);
        }
        if (baseline == null || baseline.length == 0) {
            throw new IllegalArgumentException("baseline must have at least one period");
        }
        int from = Math.max(0, baseline.length - settings.baselinePeriods());
        int n = baseline.length - from;
        long sum = 0;
        for (int i = from; i < baseline.length; i++) {
            if (baseline[i] < 0) {
                throw new IllegalArgumentException("baseline counts must not be negative, got " + baseline[i]);
            }
            sum += baseline[i];
        }
        boolean tested = sum + observed >= settings.minimumTotal();
        if (sum == 0 || n == 1) {
            // nothing to estimate the dispersion from
            double mean = (double) sum / n;
            double p = tested ? predictiveTail(observed, mean, 1, Double.NaN, n, n) : 1;
            return new Assessment(observed, mean, 1, p, tested);
        }

        double mean = (double) sum / n;
        double rawDispersion = pearson(baseline, from, mean, Fit.UNWEIGHTED) / (n - 1);
        var firstFit = new Fit(mean, Math.max(1, rawDispersion), n, settings.reweightingThreshold());
        double weightSum = 0;
        double weightSquaredSum = 0;
        double weightedSum = 0;
        for (int i = from; i < baseline.length; i++) {
            double weight = firstFit.weight(baseline[i]);
            weightSum += weight;
            weightSquaredSum += weight * weight;
            weightedSum += weight * baseline[i];
        }
        double effectivePeriods = n;
        if (weightSum < n) {
            mean = weightedSum / weightSum;
            effectivePeriods = weightSum * weightSum / weightSquaredSum;
            rawDispersion = n / weightSum * pearson(baseline, from, mean, firstFit) / (n - 1);
        }
        double dispersion = Math.max(1, rawDispersion);
        double p = tested ? predictiveTail(observed, mean, dispersion, rawDispersion, effectivePeriods, n) : 1;
        return new Assessment(observed, mean, dispersion, p, tested);
    }

    /** The first quasi-Poisson fit, which decides the weights: 1, or s^−2 for an Anscombe residual s over the limit. */
    private record Fit(double meanTwoThirds, double anscombeScale, double threshold) {

        /** A fit that gives every period the weight 1. */
        static final Fit UNWEIGHTED = new Fit(0, 0, Double.POSITIVE_INFINITY);

        Fit(double mean, double dispersion, int n, double threshold) {
            this(Math.pow(mean, 2.0 / 3), 1.5 / (Math.pow(mean, 1.0 / 6) * Math.sqrt(dispersion * (1 - 1.0 / n))),
                    threshold);
        }

        double weight(long count) {
            double residual = anscombeScale * (Math.cbrt((double) count * count) - meanTwoThirds);
            return residual > threshold ? 1 / (residual * residual) : 1;
        }
    }

    /** Σ w (y − μ)²/μ with the weights of the given fit, not yet scaled to sum to n. */
    private static double pearson(long[] baseline, int from, double mean, Fit fit) {
        double pearson = 0;
        for (int i = from; i < baseline.length; i++) {
            double residual = baseline[i] - mean;
            double weight = fit == Fit.UNWEIGHTED ? 1 : fit.weight(baseline[i]);
            pearson += weight * residual * residual;
        }
        return pearson / mean;
    }

    /**
     * P(Y ≥ observed) averaged over the dispersion: a weighted mean of {@link #tail} over φ between 1 and
     * max(maximumDispersion, 2 φ̂), evenly on the log scale, each weighted by the likelihood of the Pearson estimate;
     * all weights equal when the estimate is NaN (no information).
     */
    private double predictiveTail(long observed, double mean, double dispersion, double rawDispersion,
            double effectivePeriods, int n) {
        if (observed == 0) {
            return 1;
        }
        double logUpper = Math.log(Math.max(settings.maximumDispersion(), 2 * dispersion));
        boolean informative = !Double.isNaN(rawDispersion);
        // an estimate below 1 (under-dispersion) is evidence for φ near 1; clamped so as not to overstate it
        double logEstimate = informative ? Math.log(Math.max(rawDispersion, 0.5)) : 0;
        double largestLogWeight = Double.NEGATIVE_INFINITY;
        if (informative) {
            // first pass: the largest log-weight, so that negligible dispersion values can be skipped
            for (int k = 0; k < DISPERSION_POINTS; k++) {
                largestLogWeight = Math.max(largestLogWeight, logWeight(logUpper, k, logEstimate, mean, n));
            }
        }
        double weightSum = 0;
        double tail = 0;
        for (int k = 0; k < DISPERSION_POINTS; k++) {
            double weight = informative
                    ? Math.exp(logWeight(logUpper, k, logEstimate, mean, n) - largestLogWeight) : 1;
            weightSum += weight;
            if (weight >= NEGLIGIBLE_WEIGHT) {
                tail += weight * tail(observed, mean, Math.exp(logDispersion(logUpper, k)), effectivePeriods);
            }
        }
        return Math.min(1, tail / weightSum);
    }

    private static double logDispersion(double logUpper, int k) {
        return logUpper * (k + 0.5) / DISPERSION_POINTS;
    }

    /** The log-likelihood of the log Pearson estimate if the dispersion were the k-th value. */
    private static double logWeight(double logUpper, int k, double logEstimate, double mean, int n) {
        double logPhi = logDispersion(logUpper, k);
        double phi = Math.exp(logPhi);
        double variance = (2 + (6 * phi * phi - 6 * phi + 1) / (phi * mean)) / (n - 1);
        double distance = logEstimate - logPhi;
        return -distance * distance / (2 * variance) - 0.5 * Math.log(variance);
    }

    /**
     * P(Y ≥ observed) under the negative binomial predictive distribution for dispersion φ, with mean
     * m = μ + φ/n<sub>e</sub> and variance φ m (1 + 1/n<sub>e</sub>): I<sub>c/(1+c)</sub>(observed, m/c) with
     * c = φ (1 + 1/n<sub>e</sub>) − 1.
     */
    private static double tail(long observed, double mean, double dispersion, double effectivePeriods) {
        double predictiveMean = mean + dispersion / effectivePeriods;
        double excess = dispersion * (1 + 1 / effectivePeriods) - 1;
        return Distributions.regularizedBeta(excess / (1 + excess), 1 / (1 + excess), observed,
                predictiveMean / excess);
    }
}
