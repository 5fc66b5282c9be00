package fi.turvaverkko.situation.statistics;

import java.util.SplittableRandom;

/**
 * Seeded counts from a negative binomial distribution with mean μ and variance φμ (a gamma–Poisson mixture; Poisson
 * when φ = 1), the model the emerging test assumes.
 */
final class SimulatedCounts {

    private final SplittableRandom random;

    SimulatedCounts(long seed) {
        random = new SplittableRandom(seed);
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** A mean between {@code from} and {@code to}, uniform on the log scale. */
    double logUniform(double from, double to) {
        return Math.exp(uniform(Math.log(from), Math.log(to)));
    }

    long negativeBinomial(double mean, double dispersion) {
        if (dispersion <= 1) {
            return poisson(mean);
        }
        double excess = dispersion - 1;
        return poisson(gamma(mean / excess) * excess);
    }

    long[] negativeBinomial(double mean, double dispersion, int count) {
        var counts = new long[count];
        for (int i = 0; i < count; i++) {
            counts[i] = negativeBinomial(mean, dispersion);
        }
        return counts;
    }

    /** Poisson by inversion; means above 500 are split into a sum of smaller ones. */
    long poisson(double mean) {
        if (mean > 500) {
            return poisson(mean / 2) + poisson(mean / 2);
        }
        double u = random.nextDouble();
        double probability = Math.exp(-mean);
        double cumulative = probability;
        long k = 0;
        while (u > cumulative && probability > 0) {
            k++;
            probability *= mean / k;
            cumulative += probability;
        }
        return k;
    }

    /** Gamma with unit scale (Marsaglia and Tsang 2000; shape below 1 by the power of a uniform). */
    double gamma(double shape) {
        if (shape < 1) {
            return gamma(shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = random.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
