package fi.turvaverkko.situation.statistics;

/**
 * Tail probabilities of the Poisson, negative binomial and standard normal distributions, and the special functions
 * behind them.
 *
 * <p>The tails come from the regularized incomplete gamma and beta functions, never from summing probability masses,
 * so they stay accurate (relative error around 1e-12 or better in our tests) for counts and means up to and beyond
 * 100,000 and far into the tail, where the p-values that matter for a multiple-testing adjustment lie. The power terms
 * in front of the series and continued fractions are computed with Catherine Loader's saddle-point method (the one
 * behind R's {@code dpois} and {@code dbinom}), which avoids the cancellation of {@code a·log(x) − logΓ(a)} for large
 * arguments.
 */
public final class Distributions {

    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 1_000_000;
    private static final double LOG_SQRT_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double TWO_PI = 2 * Math.PI;

    private Distributions() {
    }

    /** The natural logarithm of the gamma function for {@code x > 0}; accurate to about 1e-14 absolute or relative. */
    public static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
        }
        if (x >= 15) {
            return (x - 0.5) * Math.log(x) - x + LOG_SQRT_TWO_PI + stirlingSeries(x);
        }
        // Γ(x) = Γ(x + k) / (x (x + 1) ... (x + k − 1)) with x + k ≥ 15
        double product = 1;
        double shifted = x;
        while (shifted < 15) {
            product *= shifted;
            shifted += 1;
        }
        return logGamma(shifted) - Math.log(product);
    }

    /**
     * The upper tail P(Y ≥ k) of a Poisson distribution with the given mean: the regularized lower incomplete gamma
     * function P(k, mean).
     */
    public static double poissonUpperTail(long k, double mean) {
        requireNonNegative(mean, "mean");
        if (k <= 0) {
            return 1;
        }
        if (mean == 0) {
            return 0;
        }
        return regularizedGammaP(k, mean);
    }

    /**
     * The upper tail P(Y ≥ k) of a negative binomial distribution with the given mean μ and size r (variance
     * μ + μ²/r; for a quasi-Poisson variance φμ, r = μ/(φ − 1)): the regularized incomplete beta function
     * I<sub>μ/(μ+r)</sub>(k, r). An infinite size gives the Poisson tail.
     */
    public static double negativeBinomialUpperTail(long k, double mean, double size) {
        requireNonNegative(mean, "mean");
        if (!(size > 0)) {
            throw new IllegalArgumentException("size must be positive, got " + size);
        }
        if (k <= 0) {
            return 1;
        }
        if (mean == 0) {
            return 0;
        }
        if (Double.isInfinite(size)) {
            return poissonUpperTail(k, mean);
        }
        double total = mean + size;
        return regularizedBeta(mean / total, size / total, k, size);
    }

    /** The upper tail P(Z ≥ z) of the standard normal distribution, accurate far into the tail (e.g. z = 10). */
    public static double normalUpperTail(double z) {
        return 0.5 * erfc(z / Math.sqrt(2));
    }

    /** The complementary error function erfc(x) = 1 − erf(x), as Q(½, x²) for x ≥ 0. */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double q = regularizedGammaQ(0.5, x * x);
        return x >= 0 ? q : 2 - q;
    }

    /** The regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a) for a > 0, x ≥ 0. */
    public static double regularizedGammaP(double a, double x) {
        checkGammaArguments(a, x);
        if (x == 0) {
            return 0;
        }
        return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
    }

    /** The regularized upper incomplete gamma function Q(a, x) = 1 − P(a, x) for a > 0, x ≥ 0. */
    public static double regularizedGammaQ(double a, double x) {
        checkGammaArguments(a, x);
        if (x == 0) {
            return 1;
        }
        return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
    }

    /** The regularized incomplete beta function I<sub>x</sub>(a, b) for a, b > 0 and 0 ≤ x ≤ 1. */
    public static double regularizedBeta(double x, double a, double b) {
        if (!(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException("x must be in [0, 1], got " + x);
        }
        return regularizedBeta(x, 1 - x, a, b);
    }

    /** I<sub>x</sub>(a, b) given both x and y = 1 − x, so that a y close to 0 keeps its precision. */
    static double regularizedBeta(double x, double y, double a, double b) {
        if (!(a > 0 && b > 0)) {
            throw new IllegalArgumentException("a and b must be positive, got " + a + " and " + b);
        }
        if (x <= 0) {
            return 0;
        }
        if (y <= 0) {
            return 1;
        }
        // the continued fraction converges fast for x below the mean of the beta distribution; decided once, as
        // rounding can put both x and y = 1 − x above their thresholds
        return x > (a + 1) / (a + b + 2) ? 1 - betaByFraction(y, x, b, a) : betaByFraction(x, y, a, b);
    }

    private static double betaByFraction(double x, double y, double a, double b) {
        // x^a y^b / (a B(a, b)) = b/(a+b) · C(a+b, a) x^a y^b, the latter a binomial probability
        double front = b / (a + b) * binomialProbability(a, b, x, y);
        return front * betaContinuedFraction(a, b, x);
    }

    /** P(a, x) by its series, for x < a + 1: x^a e^−x / Γ(a+1) · Σ x^n / ((a+1)…(a+n)). */
    private static double gammaSeries(double a, double x) {
        double term = 1;
        double sum = 1;
        for (int n = 1; n < MAX_ITERATIONS; n++) {
            term *= x / (a + n);
            sum += term;
            if (term < sum * EPSILON) {
                return sum * poissonProbability(a, x);
            }
        }
        throw new ArithmeticException("incomplete gamma series did not converge for a=" + a + ", x=" + x);
    }

    /** Q(a, x) by its continued fraction (modified Lentz), for x ≥ a + 1. */
    private static double gammaContinuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                // x^a e^−x / Γ(a) = a · x^a e^−x / Γ(a+1)
                return a * poissonProbability(a, x) * h;
            }
        }
        throw new ArithmeticException("incomplete gamma fraction did not converge for a=" + a + ", x=" + x);
    }

    /** The continued fraction of the incomplete beta function (modified Lentz). */
    private static double betaContinuedFraction(double a, double b, double x) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        if (Math.abs(d) < TINY) {
            d = TINY;
        }
        d = 1 / d;
        double h = d;
        for (int m = 1; m < MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1 + aa / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1 + aa / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                return h;
            }
        }
        throw new ArithmeticException("incomplete beta fraction did not converge for a=" + a + ", b=" + b);
    }

    /** x^k e^−λ / Γ(k+1) for real k ≥ 0 (Loader's saddle-point form). */
    static double poissonProbability(double k, double lambda) {
        if (lambda == 0) {
            return k == 0 ? 1 : 0;
        }
        if (k == 0) {
            return Math.exp(-lambda);
        }
        return Math.exp(-stirlingError(k) - deviance(k, lambda)) / Math.sqrt(TWO_PI * k);
    }

    /**
     * Γ(k+m+1)/(Γ(k+1)Γ(m+1)) p^k q^m for real k, m > 0 and q = 1 − p (Loader's saddle-point form); k and m are
     * given separately so that a small m next to a large k keeps its precision.
     */
    static double binomialProbability(double k, double m, double p, double q) {
        double n = k + m;
        double logCore = stirlingError(n) - stirlingError(k) - stirlingError(m) - deviance(k, n * p)
                - deviance(m, n * q);
        double logFactor = Math.log(TWO_PI) + Math.log(k) + Math.log(m) - Math.log(n);
        return Math.exp(logCore - 0.5 * logFactor);
    }

    /** logΓ(n+1) − (n + ½) log n + n − log √(2π), the error of Stirling's formula, for n > 0. */
    static double stirlingError(double n) {
        if (n >= 15) {
            return stirlingSeries(n);
        }
        return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - LOG_SQRT_TWO_PI;
    }

    private static double stirlingSeries(double n) {
        double inverse = 1 / n;
        double inverseSquared = inverse * inverse;
        return inverse * (1.0 / 12 - inverseSquared * (1.0 / 360 - inverseSquared * (1.0 / 1260
                - inverseSquared * (1.0 / 1680 - inverseSquared * (1.0 / 1188 - inverseSquared * 691.0 / 360360)))));
    }

    /** x log(x/m) + m − x, the deviance term, computed without cancellation when x is close to m. */
    static double deviance(double x, double m) {
        if (x == 0) {
            return m;
        }
        if (Math.abs(x - m) < 0.1 * (x + m)) {
            double v = (x - m) / (x + m);
            double sum = (x - m) * v;
            double term = 2 * x * v;
            double vSquared = v * v;
            for (int j = 1; j < 1000; j++) {
                term *= vSquared;
                double next = sum + term / (2 * j + 1);
                if (next == sum) {
                    return next;
                }
                sum = next;
            }
            return sum;
        }
        return x * Math.log(x / m) + m - x;
    }

    private static void checkGammaArguments(double a, double x) {
        if (!(a > 0)) {
            throw new IllegalArgumentException("a must be positive, got " + a);
        }
        requireNonNegative(x, "x");
    }

    private static void requireNonNegative(double value, String name) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and non-negative, got " + value);
        }
    }
}
