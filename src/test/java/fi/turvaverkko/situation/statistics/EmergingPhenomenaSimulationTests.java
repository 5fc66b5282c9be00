package fi.turvaverkko.situation.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The emerging test and the Benjamini–Hochberg step together, on simulated counts of 148 areas × 16 phenomena: each
 * pair has its own mean per 14 days (0.2 to 30, even on the log scale) and dispersion φ (1 to 2, variance φμ), and
 * draws 26 baseline periods and the current one from the same negative binomial distribution.
 */
class EmergingPhenomenaSimulationTests {

    static final int AREAS = 148;
    static final int PHENOMENA = 16;
    static final int PAIRS = AREAS * PHENOMENA;
    static final double Q = 0.05;

    final EmergingTest test = new EmergingTest();

    record Pair(double mean, double dispersion) {
    }

    static List<Pair> pairs(SimulatedCounts counts) {
        var pairs = new ArrayList<Pair>(PAIRS);
        for (int i = 0; i < PAIRS; i++) {
            pairs.add(new Pair(counts.logUniform(0.2, 30), counts.uniform(1, 2)));
        }
        return pairs;
    }

    /** One period of all pairs, nothing changed; the p-values for the adjustment (NaN when not tested). */
    double[] pValuesOfOneRun(List<Pair> pairs, SimulatedCounts counts) {
        var p = new double[PAIRS];
        for (int i = 0; i < PAIRS; i++) {
            var pair = pairs.get(i);
            var baseline = counts.negativeBinomial(pair.mean(), pair.dispersion(), 26);
            long observed = counts.negativeBinomial(pair.mean(), pair.dispersion());
            p[i] = test.assess(observed, baseline).pValueForAdjustment();
        }
        return p;
    }

    /**
     * A phenomenon rising to 3.5 times its usual level in one area is found among all 2,368 pairs: mean 25 per 14
     * days, φ = 1.5, observed 88. (A rise from 4 to 14 is not enough among so many pairs even for a perfect test: its
     * exact tail 7.6e-5 is above 0.05/2368 = 2.1e-5; see {@link EmergingTestTests}.)
     */
    @Test
    void findsAnInjectedEmergingPhenomenon() {
        var counts = new SimulatedCounts(20260611);
        var pairs = pairs(counts);
        int injected = 37 * PHENOMENA + 5;
        pairs.set(injected, new Pair(25, 1.5));
        for (int run = 0; run < 5; run++) {
            var p = pValuesOfOneRun(pairs, counts);
            var baseline = counts.negativeBinomial(25, 1.5, 26);
            var assessment = test.assess(88, baseline);
            p[injected] = assessment.pValueForAdjustment();

            var significant = BenjaminiHochberg.significant(p, Q);
            var discoveries = new ArrayList<Integer>();
            for (int i = 0; i < PAIRS; i++) {
                if (significant[i]) {
                    discoveries.add(i);
                }
            }
            assertThat(discoveries).as("run %d, %s", run, assessment).containsExactly(injected);
        }
    }

    /**
     * When nothing changes, the share of runs with any discovery is the false discovery rate (all discoveries are
     * false), which Benjamini–Hochberg keeps at q = 0.05 when the p-values are valid. In 200 runs × 2,368 pairs
     * (about 2,350 tested per run) the observed share is 0.000: no run had a false discovery. The test is
     * conservative, as its p-values average over the unknown dispersion. For comparison, the plain plug-in negative
     * binomial (μ and φ estimated, no allowance for their uncertainty) gives 0.68 in the same simulation, and with the
     * variance inflated by φμ/n for the estimated mean 0.53.
     */
    @Test
    void keepsFalseDiscoveriesNearTheTargetRateWhenNothingChanges() {
        var counts = new SimulatedCounts(19951995);
        var pairs = pairs(counts);
        int runs = 200;
        int runsWithDiscoveries = 0;
        long tested = 0;
        for (int run = 0; run < runs; run++) {
            var p = pValuesOfOneRun(pairs, counts);
            tested += BenjaminiHochberg.comparisons(p);
            for (boolean discovery : BenjaminiHochberg.significant(p, Q)) {
                if (discovery) {
                    runsWithDiscoveries++;
                    break;
                }
            }
        }
        double share = (double) runsWithDiscoveries / runs;
        System.out.printf("No change, %d runs × %d pairs (%.0f tested per run): share of runs with a discovery %.3f"
                + " at q = %.2f%n", runs, PAIRS, (double) tested / runs, share, Q);
        assertThat(share).isLessThanOrEqualTo(0.08);
        assertThat((double) tested / runs).as("nearly all pairs have events enough to be tested").isGreaterThan(2000);
    }
}
