package cascade.sim;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * The leverages traders choose and how often: a discrete table sampled by inverse CDF. The default is
 * 2× to 100×, heavy at 10–25×, as exchange leverage surveys show.
 */
public final class LeverageDistribution {
    private final int[] leverages;
    private final double[] weights;
    private final double[] cumulative;

    /**
     * @param leverages allowed leverages, ascending, each in 1..125
     * @param weights relative frequency of each (need not sum to one)
     */
    public LeverageDistribution(int[] leverages, double[] weights) {
        this.leverages = leverages.clone();
        this.weights = weights.clone();
        this.cumulative = new double[weights.length];
        double total = Arrays.stream(weights).sum();
        double run = 0;
        for (int i = 0; i < weights.length; i++) {
            run += weights[i] / total;
            cumulative[i] = run;
        }
    }

    /** 2× to 125× (Binance's BTC maximum), 64 % of new positions at 10–25×. */
    public static LeverageDistribution defaults() {
        return new LeverageDistribution(
                new int[] {2, 3, 5, 10, 15, 20, 25, 50, 75, 100, 125},
                new double[] {3, 4, 9, 20, 14, 18, 12, 9, 4, 5, 2});
    }

    /** The leverage at cumulative probability {@code u} in [0, 1). */
    public int sample(double u) {
        return leverage(sampleClass(u));
    }

    /** The index in the table (the leverage class) at cumulative probability {@code u} in [0, 1). */
    int sampleClass(double u) {
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return leverages.length - 1;
    }

    /** Number of leverages in the table. */
    int classes() {
        return leverages.length;
    }

    int leverage(int leverageClass) {
        return leverages[leverageClass];
    }

    /** The same leverages with each weight multiplied by {@code factor(leverage)}. */
    LeverageDistribution reweighted(IntToDoubleFunction factor) {
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights[i] * factor.applyAsDouble(leverages[i]);
        }
        return new LeverageDistribution(leverages, w);
    }

    /** The mean of {@code f(leverage)} over the distribution. */
    double mean(IntToDoubleFunction f) {
        double total = Arrays.stream(weights).sum();
        double sum = 0;
        for (int i = 0; i < leverages.length; i++) {
            sum += weights[i] / total * f.applyAsDouble(leverages[i]);
        }
        return sum;
    }

    public int maxLeverage() {
        return leverages[leverages.length - 1];
    }

    /** Share of positions whose leverage lies in [lo, hi]. */
    public double share(int lo, int hi) {
        double total = Arrays.stream(weights).sum();
        double in = 0;
        for (int i = 0; i < leverages.length; i++) {
            if (leverages[i] >= lo && leverages[i] <= hi) {
                in += weights[i];
            }
        }
        return in / total;
    }

    void check(ConfigCheck c) {
        c.that(leverages.length > 0 && leverages.length <= 100 && leverages.length == weights.length, "leverage",
                "needs one weight per leverage and 1 to 100 leverages, had " + leverages.length + " leverages and "
                        + weights.length + " weights");
        for (int i = 0; i < leverages.length; i++) {
            c.range("leverage[" + i + "]", leverages[i], 1, 125);
            if (i > 0 && leverages[i] <= leverages[i - 1]) {
                c.fail("leverage", "leverages must ascend, " + leverages[i] + " follows " + leverages[i - 1]);
            }
        }
        for (int i = 0; i < weights.length; i++) {
            c.range("leverageWeight[" + i + "]", weights[i], 0.0, 1e6);
        }
        c.that(Arrays.stream(weights).sum() > 0, "leverageWeight", "at least one weight must be > 0");
    }

    @Override
    public String toString() {
        return "leverages " + Arrays.toString(leverages) + " weights " + Arrays.toString(weights);
    }
}
