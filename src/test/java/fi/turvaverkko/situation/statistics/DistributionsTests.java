package fi.turvaverkko.situation.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/**
 * Reference values were computed with arbitrary-precision arithmetic (mpmath, 40 digits; the two large negative
 * binomial tails with SciPy's Boost-based {@code betainc}) and agree with R's {@code ppois}, {@code pnbinom} and
 * {@code pnorm} to the digits R prints.
 */
class DistributionsTests {

    /** Relative tolerance: the functions are accurate to about 1e-13; this leaves room for other platforms. */
    static final double RELATIVE = 1e-10;

    static void assertRelative(double actual, double expected) {
        assertThat(Math.abs(actual - expected) / Math.abs(expected)).as("%s vs %s", actual, expected)
                .isLessThan(RELATIVE);
    }

    /** The negative binomial probability of k by its definition, for sums in the tests. */
    static double negativeBinomialProbability(long k, double mean, double size) {
        double p = size / (size + mean);
        return Math.exp(Distributions.logGamma(k + size) - Distributions.logGamma(size) - Distributions.logGamma(k + 1)
                + size * Math.log(p) + k * Math.log1p(-p));
    }

    @Test
    void logGammaMatchesKnownValues() {
        assertThat(Distributions.logGamma(1)).isCloseTo(0, within(1e-14));
        assertThat(Distributions.logGamma(2)).isCloseTo(0, within(1e-14));
        assertRelative(Distributions.logGamma(0.5), 0.572364942924700087071713675677); // log √π
        assertRelative(Distributions.logGamma(0.001), 6.90717888538385368251234466808);
        assertRelative(Distributions.logGamma(3.7), 1.42807232666538792187238112505);
        assertRelative(Distributions.logGamma(10), Math.log(362880)); // 9!
        assertRelative(Distributions.logGamma(100000.5), 1051293.46543513938001507327156);
    }

    @Test
    void poissonUpperTailMatchesKnownValues() {
        // P(Y ≥ 10 | λ = 4) = 1 − ppois(9, 4)
        assertRelative(Distributions.poissonUpperTail(10, 4), 0.008132242796933863155680193292095875460944);
        assertThat(Distributions.poissonUpperTail(0, 4)).isEqualTo(1);
        assertThat(Distributions.poissonUpperTail(1, 0)).isEqualTo(0);
        assertRelative(Distributions.poissonUpperTail(1, 0.3), -Math.expm1(-0.3));
    }

    @Test
    void poissonUpperTailStaysAccurateForMeansOfAHundredThousand() {
        assertRelative(Distributions.poissonUpperTail(100000, 1e5), 0.5004205221103651766933125790438262861472);
        assertRelative(Distributions.poissonUpperTail(100500, 1e5), 0.05719417610810259709456489534122297262221);
        assertRelative(Distributions.poissonUpperTail(101500, 1e5), 1.119374961999800435897357468817113651991e-6);
        assertRelative(Distributions.poissonUpperTail(99000, 1e5), 0.9992342004424891979537329959235106090558);
    }

    @Test
    void negativeBinomialUpperTailMatchesTheSumOfItsProbabilities() {
        // mean 4, size 4 (variance 8, φ = 2): P(Y ≥ 14) = 1 − Σ_{k<14} P(k)
        double below = 0;
        for (long k = 0; k < 14; k++) {
            below += negativeBinomialProbability(k, 4, 4);
        }
        assertRelative(Distributions.negativeBinomialUpperTail(14, 4, 4), 1 - below);
        assertRelative(Distributions.negativeBinomialUpperTail(14, 4, 4), 0.0063629150390625); // 1 − pnbinom(13, 4, .5)

        // far in the tail, summing upwards: mean 4, size 2.5, P(Y ≥ 25)
        double above = 0;
        for (long k = 25; k < 2000; k++) {
            above += negativeBinomialProbability(k, 4, 2.5);
        }
        assertRelative(Distributions.negativeBinomialUpperTail(25, 4, 2.5), above);
        assertRelative(Distributions.negativeBinomialUpperTail(25, 4, 2.5), 1.4145448330287643e-4);
    }

    @Test
    void negativeBinomialUpperTailHandlesSmallSizesAndLargeCounts() {
        assertRelative(Distributions.negativeBinomialUpperTail(3, 0.05, 0.3), 4.721090405668683e-4);
        assertRelative(Distributions.negativeBinomialUpperTail(100800, 1e5, 1e5), 0.037106866446329566);
        assertRelative(Distributions.negativeBinomialUpperTail(140000, 1e5, 1000), 1.4256754266717292e-29);
    }

    @Test
    void negativeBinomialApproachesThePoissonAsTheSizeGrows() {
        assertThat(Distributions.negativeBinomialUpperTail(10, 4, Double.POSITIVE_INFINITY))
                .isEqualTo(Distributions.poissonUpperTail(10, 4));
        assertThat(Distributions.negativeBinomialUpperTail(10, 4, 1e9))
                .isCloseTo(Distributions.poissonUpperTail(10, 4), withinPercentage(1e-5));
    }

    @Test
    void normalUpperTailMatchesKnownValues() {
        assertRelative(Distributions.normalUpperTail(1.96), 0.0249978951482204341365842690408371900225);
        assertRelative(Distributions.normalUpperTail(5), 2.866515718791939116737523328746453538544e-7);
        assertRelative(Distributions.normalUpperTail(10), 7.619853024160526065973343251599308363502e-24);
        assertRelative(Distributions.normalUpperTail(-1), 0.8413447460685429485852325456320379224779);
        assertThat(Distributions.normalUpperTail(0)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void regularizedFunctionsAreComplementary() {
        assertThat(Distributions.regularizedGammaP(3.5, 2.2) + Distributions.regularizedGammaQ(3.5, 2.2))
                .isCloseTo(1, within(1e-15));
        assertThat(Distributions.regularizedBeta(0.3, 2.5, 4) + Distributions.regularizedBeta(0.7, 4, 2.5))
                .isCloseTo(1, within(1e-15));
    }
}
