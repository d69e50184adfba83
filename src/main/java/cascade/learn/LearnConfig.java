package cascade.learn;

/**
 * The weight tuner's own parameters. Chosen before looking at any result and never on the last quarter of
 * the development year (from 2025-08-14); see the README's "Weight tuner" section.
 *
 * @param learningRate Hedge's η: each labelled outcome multiplies a card's share by exp(η·gain), gain in [-1, 1]
 * @param fixedShare α: the share mixed back toward uniform after every update (a silenced card can return)
 * @param floor no published share below this
 * @param cap no published share above this (unless the profile itself gave the card more)
 * @param minOutcomes labelled outcomes of a symbol and mode before its weights change at all
 * @param maxChangePerDay most any card's share may move within one UTC day of event time
 * @param halfLife the accuracy measure's half-life, in labelled outcomes
 */
public record LearnConfig(double learningRate, double fixedShare, double floor, double cap, int minOutcomes,
        double maxChangePerDay, double halfLife) {

    /** The shipped settings: η 1, α 0.005, floor 0.02, cap 0.7, 30 outcomes first, 0.1 a day, half-life 200. */
    public static final LearnConfig DEFAULT = new LearnConfig(1.0, 0.005, 0.02, 0.7, 30, 0.10, 200);

    public LearnConfig {
        check(learningRate > 0 && learningRate <= 10, "learningRate must be in (0, 10]");
        check(fixedShare >= 0 && fixedShare < 1, "fixedShare must be in [0, 1)");
        check(floor >= 0 && floor < 1, "floor must be in [0, 1)");
        check(cap > floor && cap <= 1, "cap must be in (floor, 1]");
        check(minOutcomes >= 0, "minOutcomes must be ≥ 0");
        check(maxChangePerDay > 0 && maxChangePerDay <= 1, "maxChangePerDay must be in (0, 1]");
        check(halfLife >= 1, "halfLife must be ≥ 1");
    }

    /** Checks the bounds can hold for a mode of {@code cards} cards (floor·n ≤ 1). */
    void checkFits(int cards, String mode) {
        check(floor * cards <= 1, "floor " + floor + " × " + cards + " cards of mode '" + mode + "' exceeds 1");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(what);
        }
    }
}
