package cascade.learn;

/**
 * The update rule for one symbol and mode: Hedge with fixed share over the mode's cards, published within
 * bounds.
 * <p>
 * Each labelled outcome t gives card i the gain g_i = x_i · z_t, where x_i is the card's score × confidence
 * (averaged over the windows) at the decision and z_t = clip(r_t / σ_t, −2, 2) / 2 is the forward return in
 * units of its running RMS σ_t (from earlier labels only). The learner's own shares h follow
 * <pre>
 *   h_i ← (1 − α) · h_i·e^(η·g_i) / Σ_j h_j·e^(η·g_j) + α / N,   then capped: h_i ← min(cap_i, μ'·h_i)
 * </pre>
 * (the cap inside the learner's state keeps a dominant card from hoarding confidence it would take
 * hundreds of outcomes to unlearn, and lets the cards below it keep competing).
 * The published shares p (what the mode trades on, times the profile's total weight) stay the profile's
 * until {@code minOutcomes} outcomes are labelled; after that every outcome sets p_i = clamp(μ·h_i, lo_i, hi_i)
 * with μ chosen so Σp = 1, lo_i = max(floor, d_i − Δ), hi_i = min(cap_i, d_i + Δ), d the published
 * shares at the start of the UTC day (event time), Δ the maximum change per day and cap_i = max(cap,
 * the profile's share of card i). Should the day's box not hold a point summing to one (only when the profile
 * puts a card under the floor and the change limit is smaller), the box is [floor, cap_i].
 */
public final class HedgeWeights {
    private static final long DAY_MS = 86_400_000L;
    private final LearnConfig config;
    private final double total;
    private final double[] champion;
    private final double[] cap;
    private final double[] hedge;
    private final double[] published;
    private final double[] dayStart;
    private final double[] zeros;
    private final double rmsDecay;
    private long day = Long.MIN_VALUE;
    private long outcomes;
    private double returnSquares;
    private double returnWeight;

    public HedgeWeights(LearnConfig config, double[] profileWeights) {
        this.config = config;
        int n = profileWeights.length;
        double sum = 0;
        for (double w : profileWeights) {
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("the profile's weights must sum above 0");
        }
        this.total = sum;
        champion = new double[n];
        cap = new double[n];
        for (int i = 0; i < n; i++) {
            champion[i] = profileWeights[i] / sum;
            cap[i] = Math.max(config.cap(), champion[i]);
        }
        hedge = champion.clone();
        published = champion.clone();
        dayStart = champion.clone();
        zeros = new double[n];
        rmsDecay = Math.pow(0.5, 1 / config.halfLife());
    }

    /**
     * One labelled outcome. Returns true when the published shares changed.
     *
     * @param signals score × confidence per card at the decision
     * @param labelTimeMs when the label was made (the per-day limit counts UTC days of it)
     */
    public boolean update(double[] signals, double forwardReturn, long labelTimeMs) {
        if (signals.length != hedge.length) {
            throw new IllegalArgumentException("expected " + hedge.length + " card signals, got " + signals.length);
        }
        double z;
        if (returnWeight == 0 || returnSquares == 0) {
            z = Math.signum(forwardReturn) * 0.5;
        } else {
            double sigma = Math.sqrt(returnSquares / returnWeight);
            z = Math.max(-2, Math.min(2, forwardReturn / sigma)) / 2;
        }
        returnSquares = returnSquares * rmsDecay + forwardReturn * forwardReturn;
        returnWeight = returnWeight * rmsDecay + 1;
        int n = hedge.length;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            hedge[i] *= Math.exp(config.learningRate() * signals[i] * z);
            norm += hedge[i];
        }
        for (int i = 0; i < n; i++) {
            hedge[i] = (1 - config.fixedShare()) * hedge[i] / norm + config.fixedShare() / n;
        }
        System.arraycopy(project(hedge, zeros, cap), 0, hedge, 0, n);
        outcomes++;
        long today = Math.floorDiv(labelTimeMs, DAY_MS);
        if (today != day) {
            day = today;
            System.arraycopy(published, 0, dayStart, 0, n);
        }
        if (outcomes < config.minOutcomes()) {
            return false;
        }
        double[] lo = new double[n];
        double[] hi = new double[n];
        double sumLo = 0;
        double sumHi = 0;
        for (int i = 0; i < n; i++) {
            lo[i] = Math.max(config.floor(), dayStart[i] - config.maxChangePerDay());
            hi[i] = Math.max(lo[i], Math.min(cap[i], dayStart[i] + config.maxChangePerDay()));
            sumLo += lo[i];
            sumHi += hi[i];
        }
        if (sumLo > 1 || sumHi < 1) {
            for (int i = 0; i < n; i++) {
                lo[i] = config.floor();
                hi[i] = cap[i];
            }
        }
        double[] next = project(hedge, lo, hi);
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            changed |= next[i] != published[i];
            published[i] = next[i];
        }
        return changed;
    }

    /**
     * The projection of v onto {Σp = 1, lo ≤ p ≤ hi} that keeps Hedge's proportions: p_i = clamp(μ·v_i, lo_i,
     * hi_i) with the scale μ ≥ 0 found by bisection (the sum grows with μ). A capped card's excess goes to the
     * others in proportion to their shares, so a card Hedge has written off stays at the floor.
     */
    static double[] project(double[] v, double[] lo, double[] hi) {
        double a = 0;
        double b = 0;
        for (int i = 0; i < v.length; i++) {
            if (v[i] > 0) {
                b = Math.max(b, hi[i] / v[i]);
            }
        }
        for (int k = 0; k < 200 && b - a > 1e-15 * b; k++) {
            double mid = (a + b) / 2;
            if (clampedSum(v, lo, hi, mid) < 1) {
                a = mid;
            } else {
                b = mid;
            }
        }
        double mu = (a + b) / 2;
        double[] p = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            p[i] = Math.max(lo[i], Math.min(hi[i], v[i] * mu));
        }
        return p;
    }

    private static double clampedSum(double[] v, double[] lo, double[] hi, double mu) {
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += Math.max(lo[i], Math.min(hi[i], v[i] * mu));
        }
        return s;
    }

    /** The published shares (sum 1), a copy. */
    public double[] shares() {
        return published.clone();
    }

    /** The learner's unbounded Hedge shares, a copy. */
    public double[] hedgeShares() {
        return hedge.clone();
    }

    /** The profile's shares (the champion), a copy. */
    public double[] championShares() {
        return champion.clone();
    }

    /** The published shares as weights on the profile's scale (they sum to the profile's total weight). */
    public double[] weights() {
        double[] w = new double[published.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = published[i] * total;
        }
        return w;
    }

    public long outcomes() {
        return outcomes;
    }
}
