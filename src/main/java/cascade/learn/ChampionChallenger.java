package cascade.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The profile's fixed weights are the champion; a learned set (the challenger) replaces them only when it
 * forecasts better on a held-back recent slice the challenger was not learned on. Each labelled decision
 * in the slice gives the loss differential d = (c_challenger − c_champion) · r, where c = Σ w_i·x_i / Σ w_i is
 * the composite each weight set would have had (card readings do not depend on the weights) and r the
 * forward return: the gain of holding the composite as a position. The Diebold–Mariano statistic
 * mean(d) / √(Newey–West variance / n), with as many lags as horizons overlap, must exceed the critical value
 * (1.645: one-sided 5 %) with at least {@code minOutcomes} outcomes; otherwise the champion stays.
 */
public final class ChampionChallenger {
    /** One-sided 5 % normal critical value. */
    public static final double CRITICAL = 1.645;

    private ChampionChallenger() {
    }

    /**
     * @param champion the profile's weights per mode
     * @param challenger learned weights per mode and symbol (symbols missing from it use the champion)
     * @param lags per mode, the number of neighbouring outcomes a horizon overlaps (per symbol)
     */
    public static List<Verdict> judge(List<OutcomeLabel> labels, Map<String, double[]> champion,
            WeightSet challenger, long fromMs, long toMs, Map<String, Integer> lags, int minOutcomes,
            double critical) {
        List<Verdict> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : champion.entrySet()) {
            String mode = e.getKey();
            List<Double> d = new ArrayList<>();
            Set<String> symbols = new HashSet<>();
            for (OutcomeLabel l : labels) {
                if (!l.mode().equals(mode) || l.decisionTimeMs() < fromMs || l.decisionTimeMs() >= toMs) {
                    continue;
                }
                double[] w = challenger.get(mode, l.symbol());
                double champ = composite(e.getValue(), l.cardSignals());
                double chal = w == null ? champ : composite(w, l.cardSignals());
                d.add((chal - champ) * l.forwardReturn());
                symbols.add(l.symbol());
            }
            int n = d.size();
            double mean = 0;
            for (double v : d) {
                mean += v;
            }
            mean = n > 0 ? mean / n : 0;
            int lag = lags.getOrDefault(mode, 0) * Math.max(1, symbols.size());
            double se = Math.sqrt(neweyWest(d, mean, lag) / Math.max(1, n));
            double t = se > 0 ? mean / se : 0;
            boolean promoted = n >= minOutcomes && t > critical;
            String why = String.format(Locale.ROOT, "%s: n=%d mean d=%.3g DM t=%.2f (lag %d) %s %.3f%s", mode, n, mean,
                    t, lag, t > critical ? ">" : "≤", critical,
                    n < minOutcomes ? ", fewer than " + minOutcomes + " outcomes" : "");
            out.add(new Verdict(mode, fromMs, toMs, n, mean, t, critical, promoted, why));
        }
        return out;
    }

    /** The composite a weight set gives: Σ w_i·x_i / Σ w_i (0 when the weights sum to 0). */
    public static double composite(double[] weights, double[] signals) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < weights.length; i++) {
            num += weights[i] * signals[i];
            den += weights[i];
        }
        return den > 0 ? num / den : 0;
    }

    /** Newey–West long-run variance with Bartlett weights. */
    static double neweyWest(List<Double> d, double mean, int lag) {
        int n = d.size();
        if (n == 0) {
            return 0;
        }
        double v = 0;
        for (double x : d) {
            v += (x - mean) * (x - mean);
        }
        v /= n;
        for (int k = 1; k <= Math.min(lag, n - 1); k++) {
            double c = 0;
            for (int i = k; i < n; i++) {
                c += (d.get(i) - mean) * (d.get(i - k) - mean);
            }
            v += 2 * (1 - k / (lag + 1.0)) * c / n;
        }
        return Math.max(v, 0);
    }
}
