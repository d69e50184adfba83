package cascade.learn;

/**
 * An online, decaying information coefficient of one card for one symbol and mode: the exponentially
 * weighted Pearson correlation between the card's score × confidence at decisions and the forward return
 * that followed, with the sample count, the effective sample size (Σw)²/Σw² and a t-statistic
 * IC·√((n_eff − 2)/(1 − IC²)).
 */
public final class CardAccuracy {
    private final double decay;
    private long count;
    private double w;
    private double w2;
    private double sx;
    private double sy;
    private double sxx;
    private double syy;
    private double sxy;

    /** @param halfLife outcomes after which an observation weighs half */
    public CardAccuracy(double halfLife) {
        this.decay = Math.pow(0.5, 1 / halfLife);
    }

    public void add(double signal, double forwardReturn) {
        count++;
        w = w * decay + 1;
        w2 = w2 * decay * decay + 1;
        sx = sx * decay + signal;
        sy = sy * decay + forwardReturn;
        sxx = sxx * decay + signal * signal;
        syy = syy * decay + forwardReturn * forwardReturn;
        sxy = sxy * decay + signal * forwardReturn;
    }

    public long count() {
        return count;
    }

    public double effectiveCount() {
        return w2 > 0 ? w * w / w2 : 0;
    }

    /** The weighted correlation, 0 while either side has no variance. */
    public double ic() {
        if (w <= 0) {
            return 0;
        }
        double mx = sx / w;
        double my = sy / w;
        double vx = sxx / w - mx * mx;
        double vy = syy / w - my * my;
        double cov = sxy / w - mx * my;
        if (vx <= 1e-18 || vy <= 1e-18) {
            return 0;
        }
        return Math.max(-1, Math.min(1, cov / Math.sqrt(vx * vy)));
    }

    /** t-statistic of the IC over the effective sample; 0 with fewer than 3 effective outcomes. */
    public double tStat() {
        double n = effectiveCount();
        double ic = ic();
        if (n < 3 || Math.abs(ic) >= 1) {
            return n < 3 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, ic);
        }
        return ic * Math.sqrt((n - 2) / (1 - ic * ic));
    }
}
