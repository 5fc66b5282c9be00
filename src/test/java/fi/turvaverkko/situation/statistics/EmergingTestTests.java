package fi.turvaverkko.situation.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class EmergingTestTests {

    final EmergingTest test = new EmergingTest();

    /** 26 periods around 4 with Poisson-like spread (sum 104). */
    static final long[] STEADY = {3, 5, 4, 2, 6, 4, 3, 5, 4, 4, 2, 5, 6, 3, 4, 5, 3, 4, 4, 6, 2, 4, 5, 3, 4, 4};

    static long[] filled(int value) {
        var baseline = new long[26];
        Arrays.fill(baseline, value);
        return baseline;
    }

    @Test
    void expectsTheBaselineMean() {
        var assessment = test.assess(5, STEADY);
        assertThat(assessment.expected()).isCloseTo(4, within(1e-12));
        assertThat(assessment.dispersion()).as("less spread than Poisson counts as Poisson").isEqualTo(1);
        assertThat(assessment.observed()).isEqualTo(5);
        assertThat(assessment.tested()).isTrue();
        assertThat(assessment.pValue()).isBetween(0.2, 0.5);
    }

    @Test
    void estimatesTheDispersionFromPearsonResiduals() {
        // 2, 8, 2, 8, …: μ = 5, Σ(y − μ)² = 26 · 9 = 234, φ = 234/5/25 = 1.872 (no period is an outlier:
        // the Anscombe residual of 8 is 1.5 (8^⅔ − 5^⅔) / (5^⅙ √(1.872 · 25/26)) = 0.92)
        var baseline = new long[26];
        for (int i = 0; i < baseline.length; i++) {
            baseline[i] = i % 2 == 0 ? 2 : 8;
        }
        var assessment = test.assess(12, baseline);
        assertThat(assessment.expected()).isCloseTo(5, within(1e-12));
        assertThat(assessment.dispersion()).isCloseTo(1.872, within(1e-12));
    }

    @Test
    void downWeightsAPastOutbreakInTheBaseline() {
        // 25 periods of 4 and one of 40: μ = 140/26 = 5.385, φ = 9.257; the 40 has Anscombe residual
        // 1.5 (40^⅔ − 5.385^⅔) / (5.385^⅙ √(9.257 · 25/26)) = 3.27 > 2.58 and gets the weight 1/3.27² = 0.0934,
        // so μ = (100 + 40 · 0.0934) / 25.0934 = 4.134 and φ = 1.207
        var baseline = filled(4);
        baseline[10] = 40;
        var reweighted = test.assess(12, baseline);
        assertThat(reweighted.expected()).isCloseTo(4.1338, within(1e-4));
        assertThat(reweighted.dispersion()).isCloseTo(1.2069, within(1e-4));

        var plain = new EmergingTest(new EmergingTest.Settings(26, Double.MAX_VALUE, 3, 3)).assess(12, baseline);
        assertThat(plain.expected()).isCloseTo(140.0 / 26, within(1e-12));
        assertThat(plain.dispersion()).isCloseTo(9.2571, within(1e-4));
        assertThat(reweighted.pValue()).as("the outbreak no longer hides today's rise").isLessThan(plain.pValue() / 10);
    }

    @Test
    void findsARiseFromFourToFourteenClearAloneButNotAmongThousandsOfPairs() {
        // even with μ = 4 and φ = 1 known exactly, P(Y ≥ 14) = 7.6e-5, above the Bonferroni-like bar of
        // Benjamini–Hochberg for a single discovery among 2,368 pairs, 0.05/2368 = 2.1e-5
        var assessment = test.assess(14, STEADY);
        assertThat(assessment.pValue()).isLessThan(0.01).isGreaterThan(0.05 / 2368);
    }

    @Test
    void givesSmallerPValuesToLargerCounts() {
        double previous = 1;
        for (long observed = 0; observed <= 60; observed++) {
            double p = test.assess(observed, STEADY).pValue();
            assertThat(p).as("p at %d", observed).isLessThanOrEqualTo(previous).isPositive();
            previous = p;
        }
        assertThat(test.assess(0, STEADY).pValue()).isEqualTo(1);
        assertThat(test.assess(30, STEADY).pValue()).isLessThan(1e-6);
    }

    @Test
    void givesAZeroBaselineSmallButNotZeroPValues() {
        var zeros = filled(0);
        var three = test.assess(3, zeros);
        assertThat(three.expected()).isZero();
        assertThat(three.dispersion()).isEqualTo(1);
        assertThat(three.tested()).isTrue();
        assertThat(three.pValue()).isBetween(1e-3, 0.01);
        assertThat(test.assess(10, zeros).pValue()).isBetween(1e-5, 1e-4);
        assertThat(test.assess(20, zeros).pValue()).isBetween(1e-8, 1e-6);
    }

    @Test
    void leavesPairsWithTooFewEventsUntested() {
        var nothing = test.assess(0, filled(0));
        assertThat(nothing.pValue()).isEqualTo(1);
        assertThat(nothing.tested()).isFalse();
        assertThat(nothing.pValueForAdjustment()).isNaN();

        var two = test.assess(2, filled(0));
        assertThat(two.tested()).isFalse();
        assertThat(two.pValue()).isEqualTo(1);

        var baseline = filled(0);
        baseline[4] = 1;
        assertThat(test.assess(1, baseline).tested()).as("two events in all").isFalse();
        assertThat(test.assess(2, baseline).tested()).as("three events in all").isTrue();
        assertThat(test.assess(0, filled(1)).tested()).as("26 events, none now: tested, p = 1").isTrue();
        assertThat(test.assess(0, filled(1)).pValueForAdjustment()).isEqualTo(1);
    }

    @Test
    void usesOnlyTheNewestPeriodsOfALongerBaseline() {
        var longer = new long[30];
        Arrays.fill(longer, 0, 4, 100);
        System.arraycopy(STEADY, 0, longer, 4, 26);
        assertThat(test.assess(9, longer)).isEqualTo(test.assess(9, STEADY));
    }

    @Test
    void doesNotDependOnTheOrderOfTheBaselineAsItFitsNoTrend() {
        var reversed = new long[STEADY.length];
        for (int i = 0; i < STEADY.length; i++) {
            reversed[i] = STEADY[STEADY.length - 1 - i];
        }
        assertThat(test.assess(9, reversed)).isEqualTo(test.assess(9, STEADY));
    }

    @Test
    void acceptsAShortBaseline() {
        var single = test.assess(20, new long[] {4});
        assertThat(single.expected()).isEqualTo(4);
        assertThat(single.dispersion()).isEqualTo(1);
        assertThat(single.pValue()).isBetween(0.0, 0.05);
    }

    @Test
    void refusesImpossibleInput() {
        assertThatThrownBy(() -> test.assess(-1, STEADY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> test.assess(1, new long[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> test.assess(1, new long[] {1, -2})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmergingTest.Settings(0, 2.58, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmergingTest.Settings(26, 2.58, 3, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
