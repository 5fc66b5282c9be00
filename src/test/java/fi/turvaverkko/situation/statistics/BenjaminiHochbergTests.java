package fi.turvaverkko.situation.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BenjaminiHochbergTests {

    /** The 15 p-values of Benjamini and Hochberg (1995), section 4, already in ascending order. */
    static final double[] TEXTBOOK = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240,
        0.4262, 0.5719, 0.6528, 0.7590, 1.000};

    @Test
    void findsTheFirstFourOfTheTextbookExampleAtFivePercent() {
        assertThat(BenjaminiHochberg.significant(TEXTBOOK, 0.05)).containsExactly(true, true, true, true,
                false, false, false, false, false, false, false, false, false, false, false);
    }

    @Test
    void adjustsTheTextbookExampleAsRDoes() {
        // m = 15, p_(k) · m / k:
        //  k=1  0.0001·15/1  = 0.0015        k=9  0.0459·15/9  = 0.0765
        //  k=2  0.0004·15/2  = 0.003         k=10 0.3240·15/10 = 0.486
        //  k=3  0.0019·15/3  = 0.0095        k=11 0.4262·15/11 = 0.581181818…
        //  k=4  0.0095·15/4  = 0.035625      k=12 0.5719·15/12 = 0.714875
        //  k=5  0.0201·15/5  = 0.0603        k=13 0.6528·15/13 = 0.753230769…
        //  k=6  0.0278·15/6  = 0.0695        k=14 0.7590·15/14 = 0.813214285…
        //  k=7  0.0298·15/7  = 0.063857142…  k=15 1.0000·15/15 = 1
        //  k=8  0.0344·15/8  = 0.0645
        // q_(i) = min over k ≥ i: k=6 takes k=7's 0.063857…, the rest keep their own value.
        // R: p.adjust(p, "BH") gives 0.0015 0.0030 0.0095 0.035625 0.0603 0.06385714 0.06385714 0.0645 0.0765
        //    0.486 0.5811818 0.714875 0.7532308 0.8132143 1
        double[] expected = {0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.0298 * 15 / 7, 0.0298 * 15 / 7, 0.0645,
            0.0765, 0.486, 0.4262 * 15 / 11, 0.714875, 0.6528 * 15 / 13, 0.7590 * 15 / 14, 1};
        double[] q = BenjaminiHochberg.qValues(TEXTBOOK);
        for (int i = 0; i < expected.length; i++) {
            assertThat(q[i]).as("q[%d]", i).isCloseTo(expected[i], within(1e-12));
        }
    }

    @Test
    void keepsTheInputOrder() {
        double[] shuffled = {TEXTBOOK[9], TEXTBOOK[0], TEXTBOOK[14], TEXTBOOK[3], TEXTBOOK[5]};
        // m = 5: 0.0001·5 = 0.0005, 0.0095·5/2 = 0.02375, 0.0278·5/3 = 0.04633…, 0.3240·5/4 = 0.405, 1
        assertThat(BenjaminiHochberg.qValues(shuffled)).containsExactly(new double[] {0.405, 0.0005, 1, 0.02375,
            0.0278 * 5 / 3}, within(1e-12));
    }

    @Test
    void givesTiedPValuesTheSameQValue() {
        // sorted 0.01 0.02 0.02 0.02 0.5; m = 5: 0.05, 0.05, 0.0333…, 0.025, 0.5 → step-up minima 0.025 ×4, 0.5
        assertThat(BenjaminiHochberg.qValues(new double[] {0.02, 0.5, 0.01, 0.02, 0.02}))
                .containsExactly(new double[] {0.025, 0.5, 0.025, 0.025, 0.025}, within(1e-12));
    }

    @Test
    void capsAdjustedValuesAtOne() {
        assertThat(BenjaminiHochberg.qValues(new double[] {0.9, 0.95})).containsExactly(new double[] {0.95, 0.95},
                within(1e-12));
        assertThat(BenjaminiHochberg.qValues(new double[] {1, 1, 1})).containsExactly(1, 1, 1);
    }

    @Test
    void leavesUntestedComparisonsOutOfTheCount() {
        double[] p = {0.01, Double.NaN, 0.04, Double.NaN};
        assertThat(BenjaminiHochberg.comparisons(p)).isEqualTo(2);
        // m = 2, not 4: 0.01·2 = 0.02, 0.04·2/2 = 0.04
        double[] q = BenjaminiHochberg.qValues(p);
        assertThat(q[0]).isCloseTo(0.02, within(1e-12));
        assertThat(q[1]).isNaN();
        assertThat(q[2]).isCloseTo(0.04, within(1e-12));
        assertThat(q[3]).isNaN();
        assertThat(BenjaminiHochberg.significant(p, 0.05)).containsExactly(true, false, true, false);
    }

    @Test
    void handlesNoComparisons() {
        assertThat(BenjaminiHochberg.qValues(new double[0])).isEmpty();
        assertThat(BenjaminiHochberg.significant(new double[] {Double.NaN}, 0.05)).containsExactly(false);
    }

    @Test
    void refusesValuesThatAreNotProbabilities() {
        assertThatThrownBy(() -> BenjaminiHochberg.qValues(new double[] {0.1, 1.5}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenjaminiHochberg.significant(new double[] {0.1}, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
