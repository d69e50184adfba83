package cascade.sim;

import java.util.SplittableRandom;

/** Random draws the simulator needs beyond uniform, Gaussian and exponential; none allocates. */
final class Draws {
    private Draws() {
    }

    /** Poisson count with the given mean: exact by multiplication for small means, normal beyond 30. */
    static int poisson(SplittableRandom rng, double mean) {
        return mean > 0 && mean <= 30 ? poisson(rng, mean, Math.exp(-mean)) : poisson(rng, mean, 0);
    }

    /** {@link #poisson(SplittableRandom, double)} with {@code exp(-mean)} precomputed by the caller. */
    static int poisson(SplittableRandom rng, double mean, double expMinusMean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double limit = expMinusMean;
        double product = rng.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= rng.nextDouble();
            n++;
        }
        return n;
    }

    /** Pareto with scale {@code min} and tail index {@code alpha}, truncated at {@code max}. */
    static double pareto(SplittableRandom rng, double min, double alpha, double max) {
        double u = 1.0 - rng.nextDouble();
        return Math.min(max, min * Math.pow(u, -1.0 / alpha));
    }

    /** True with probability {@code p}. */
    static boolean chance(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }
}
