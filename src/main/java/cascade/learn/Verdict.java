package cascade.learn;

/**
 * One champion/challenger judgement for a mode on a held-back slice.
 *
 * @param outcomes labelled decisions in the slice
 * @param meanGain mean of d = (c_challenger − c_champion) · r over the slice: composite × forward return
 * @param tStat mean(d) / its Newey–West standard error (a Diebold–Mariano statistic)
 * @param critical the one-sided critical value the statistic had to exceed
 * @param promoted the challenger replaces the champion
 * @param why the figures in words
 */
public record Verdict(String mode, long fromMs, long toMs, int outcomes, double meanGain, double tStat,
        double critical, boolean promoted, String why) {
}
