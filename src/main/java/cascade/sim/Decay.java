package cascade.sim;

/** Half-life arithmetic for the simulator's mean-reverting states. */
final class Decay {
    private Decay() {
    }

    /** The factor a state keeps over one step: exp(−ln 2 × step / halfLife). */
    static double perStep(double stepSeconds, double halfLifeSeconds) {
        return Math.exp(-Math.log(2) * stepSeconds / halfLifeSeconds);
    }

    /** The shock scale that keeps an AR(1) with this per-step decay at standard deviation {@code sd}. */
    static double stationaryShock(double sd, double decayPerStep) {
        return sd * Math.sqrt(1 - decayPerStep * decayPerStep);
    }
}
