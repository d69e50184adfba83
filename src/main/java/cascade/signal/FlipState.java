package cascade.signal;

/**
 * What the {@link FlipCard} saw in the recent imbalance history. The {@link #code} is written to
 * {@link Reading#value}, so the decision layer reads the state without comparing strings. The sign of a
 * code is the direction of the pressure the state is about (+ bullish: shorts liquidated; − bearish:
 * longs liquidated); its magnitude is the kind: 1 flip, 2 turn out of neutral, 3 return to neutral,
 * 4 deceleration, 0 nothing.
 */
public enum FlipState {
    /** No transition: balanced, steady, or mixed history. */
    STEADY(0, "no transition"),
    /** Long liquidations gave way to short liquidations: shorts are now squeezed (bullish). */
    FLIP_UP(1, "flip: shorts now squeezed"),
    /** Short liquidations gave way to long liquidations: longs are now flushed (bearish). */
    FLIP_DOWN(-1, "flip: longs now flushed"),
    /** Balanced liquidations turned into a short squeeze (bullish). */
    TURN_UP(2, "neutral to short liquidations"),
    /** Balanced liquidations turned into a long flush (bearish). */
    TURN_DOWN(-2, "neutral to long liquidations"),
    /** Short liquidations (bullish pressure) faded back to balance: an exit warning for longs. */
    RETURN_FROM_UP(3, "return to neutral after short liquidations"),
    /** Long liquidations (bearish pressure) faded back to balance: an exit warning for shorts. */
    RETURN_FROM_DOWN(-3, "return to neutral after long liquidations"),
    /** Still short liquidations, but shrinking every window: an exit warning for longs. */
    DECEL_UP(4, "short liquidations decelerating"),
    /** Still long liquidations, but shrinking every window: an exit warning for shorts. */
    DECEL_DOWN(-4, "long liquidations decelerating");

    private static final FlipState[] BY_CODE = new FlipState[9];

    static {
        for (FlipState s : values()) {
            BY_CODE[s.code + 4] = s;
        }
    }

    /** Stable code written to {@link Reading#value}. */
    public final int code;
    /** Static note written to {@link Reading#note}. */
    public final String note;

    FlipState(int code, String note) {
        this.code = code;
        this.note = note;
    }

    /** +1 when the state concerns bullish pressure, −1 bearish, 0 for {@link #STEADY}. */
    public int direction() {
        return Integer.signum(code);
    }

    /** Flips and turns: a new pressure the card scores. */
    public boolean isEntrySignal() {
        return code != 0 && Math.abs(code) <= 2;
    }

    /** Returns to neutral and decelerations: the pressure in {@link #direction()} is running out. */
    public boolean isExitWarning() {
        return Math.abs(code) >= 3;
    }

    /** The state a flip card's reading reports; {@link #STEADY} when the reading has no data. */
    public static FlipState of(Reading flipReading) {
        return flipReading.hasData() ? ofCode((int) flipReading.value) : STEADY;
    }

    /** The state with this code; throws for a code no state has (a reading of another card). */
    public static FlipState ofCode(int code) {
        if (code < -4 || code > 4) {
            throw new IllegalArgumentException("no flip state has code " + code);
        }
        return BY_CODE[code + 4];
    }
}
