package cascade.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cascade.market.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ratios are written as one bar each, 100 USD in total (ratio·100 long, the rest short); NaN means a bar
 * with no liquidations. The card under test: high 0.7, low 0.3, neutral band 0.5 ± 0.1, lookback 3.
 */
class FlipCardTest {
    private static final Window ONE_BAR = new Window("1bar", CardTapes.BAR);
    private static final double NONE = Double.NaN;
    private final FlipCard card = new FlipCard(0.7, 0.3, 0.1, 3);
    private final Reading r = new Reading();

    /** One bar per ratio, oldest first; evaluates the card at the last bar's close. */
    private static Reading evaluate(FlipCard card, double... ratios) {
        CardTapes tape = CardTapes.bars();
        long close = 0;
        for (int i = 0; i < ratios.length; i++) {
            double ratio = ratios[i];
            close = Double.isNaN(ratio) ? tape.bar(i, 0, 0) : tape.bar(i, 100 * ratio, 100 * (1 - ratio));
        }
        Reading out = new Reading();
        card.evaluate(tape.state(), close, ONE_BAR, out);
        return out;
    }

    private void assertReading(Reading x, FlipState state, double score, double strength) {
        assertThat(x.value).isEqualTo(state.code);
        assertThat(x.score).isEqualTo(score);
        assertThat(x.strength).isEqualTo(strength);
        assertThat(x.confidence).isEqualTo(1.0);
        assertThat(x.note).isEqualTo(state.note);
    }

    @Test
    void flipFromLongToShortLiquidationsIsBullish() {
        // longs flushed (0.875), then shorts squeezed (0.125): swing 0.75
        assertReading(evaluate(card, 0.5, 0.875, 0.5, 0.125), FlipState.FLIP_UP, 0.75, 0.75);
    }

    @Test
    void flipFromShortToLongLiquidationsIsBearish() {
        assertReading(evaluate(card, 0.5, 0.25, 0.5625, 0.75), FlipState.FLIP_DOWN, -0.5, 0.5);
    }

    @Test
    void flipStrengthIsTheSwingToTheFarthestOppositeWindow() {
        // opposite windows 0.9375 (swing 0.6875) and 0.75 (swing 0.5)
        assertReading(evaluate(card, 0.9375, 0.75, 0.5, 0.25), FlipState.FLIP_UP, 0.6875, 0.6875);
    }

    @Test
    void flipExactlyLookbackWindowsApartCounts() {
        // the long flush is 3 windows before the short squeeze: inside lookback 3
        assertReading(evaluate(card, 0.5, 0.875, 0.5, 0.5, 0.125), FlipState.FLIP_UP, 0.75, 0.75);
    }

    @Test
    void flipOneWindowBeyondTheLookbackIsOnlyATurn() {
        double[] tape = {0.875, 0.5, 0.5, 0.5, 0.125}; // 4 windows apart

        assertReading(evaluate(card, tape), FlipState.TURN_UP, 0.75, 0.75);
        assertReading(evaluate(new FlipCard(0.7, 0.3, 0.1, 4), tape), FlipState.FLIP_UP, 0.75, 0.75);
    }

    @Test
    void turnFromNeutralToLongFlushIsBearish() {
        // every earlier window within 0.5 ± 0.1; e(0.875) = 0.75
        assertReading(evaluate(card, 0.5, 0.5625, 0.4375, 0.875), FlipState.TURN_DOWN, -0.75, 0.75);
    }

    @Test
    void returnToNeutralIsAnExitWarningWithoutScore() {
        Reading x = evaluate(card, 0.5, 0.9375, 0.75, 0.5);

        // strength = e(0.9375) = 0.875, the most extreme earlier window
        assertReading(x, FlipState.RETURN_FROM_DOWN, 0, 0.875);
        assertThat(FlipCard.exitWarning(x)).isTrue();
        assertThat(FlipCard.decelerating(x)).isFalse();
        assertThat(FlipState.of(x).direction()).isEqualTo(-1);
    }

    @Test
    void shrinkingLongFlushIsADeceleration() {
        // e = 0.875, 0.75, 0.5, 0.25: lost (0.875 - 0.25) / 0.875 = 5/7 of its extremeness
        Reading x = evaluate(card, 0.9375, 0.875, 0.75, 0.625);

        assertReading(x, FlipState.DECEL_DOWN, 0, 5.0 / 7.0);
        assertThat(FlipCard.decelerating(x)).isTrue();
        assertThat(FlipCard.exitWarning(x)).isTrue();
    }

    @Test
    void oneWindowGrowingAgainIsNoDeceleration() {
        assertReading(evaluate(card, 0.9375, 0.75, 0.875, 0.625), FlipState.STEADY, 0, 0);
    }

    @Test
    void decelerationNeedsTheWholeLookbackUnbroken() {
        double[] tape = {NONE, 0.875, 0.75, 0.625};

        Reading x = evaluate(card, tape);

        assertReading(x, FlipState.STEADY, 0, 0);
        assertThat(FlipCard.decelerating(x)).isFalse();
        // with lookback 2 the same three windows are the whole lookback: (0.75 - 0.25) / 0.75
        assertReading(evaluate(new FlipCard(0.7, 0.3, 0.1, 2), tape), FlipState.DECEL_DOWN, 0, 2.0 / 3.0);
    }

    @Test
    void aQuietWindowBreaksAFlip() {
        // the long flush lies behind a window without liquidations: only 0.5 → 0.125 is read
        assertReading(evaluate(card, 0.875, NONE, 0.5, 0.125), FlipState.TURN_UP, 0.75, 0.75);
    }

    @Test
    void quietPreviousWindowGivesNoReading() {
        Reading x = evaluate(card, 0.5, 0.875, NONE, 0.125);

        assertThat(x.confidence).isZero();
        assertThat(x.value).isNaN();
        assertThat(x.note).isEqualTo("no liquidations in the previous window");
        assertThat(FlipState.of(x)).isEqualTo(FlipState.STEADY);
        assertThat(FlipCard.decelerating(x)).isFalse();
    }

    @Test
    void noLiquidationsNowGivesNoReading() {
        Reading x = evaluate(card, 0.5, 0.875, 0.5, NONE);

        assertThat(x.confidence).isZero();
        assertThat(x.note).isEqualTo("no liquidations");
    }

    @Test
    void noReadingUntilTheLookbackIsCovered() {
        Reading x = evaluate(card, 0.875, 0.5, 0.125); // 3 windows, the card reads 4

        assertThat(x.confidence).isZero();
        assertThat(x.note).isEqualTo("warming up: lookback not covered");
    }

    @Test
    void oneSideOnlyIsSteadyUntilTheOtherSideTakesOver() {
        assertReading(evaluate(card, 0, 0, 0, 0), FlipState.STEADY, 0, 0);
        assertReading(evaluate(card, 1, 1, 1, 1), FlipState.STEADY, 0, 0);
        assertReading(evaluate(card, 1, 1, 1, 0), FlipState.FLIP_UP, 1, 1);
    }

    @Test
    void mirroredHistoryNegatesScoreAndState() {
        List<double[]> tapes = List.of(
                new double[] {0.5, 0.875, 0.5, 0.125},
                new double[] {0.9375, 0.75, 0.5, 0.25},
                new double[] {0.5, 0.5625, 0.4375, 0.875},
                new double[] {0.5, 0.9375, 0.75, 0.5},
                new double[] {0.9375, 0.875, 0.75, 0.625},
                new double[] {0.875, NONE, 0.5, 0.125});
        for (double[] tape : tapes) {
            double[] mirrored = new double[tape.length];
            for (int i = 0; i < tape.length; i++) {
                mirrored[i] = 1 - tape[i];
            }

            Reading a = evaluate(card, tape);
            Reading b = evaluate(card, mirrored);

            assertThat(a.value).isNotZero();
            assertThat(b.value).isEqualTo(-a.value);
            assertThat(b.score).isEqualTo(-a.score);
            assertThat(b.strength).isEqualTo(a.strength);
        }
    }

    @Test
    void eventLevelFlipOverOneMinuteWindows() {
        CardTapes tape = new CardTapes(10_000, 400);
        long t = CardTapes.T0;
        tape.liquidation(t + 1_000, Side.SELL, 100_000, 0.3);    // [0, 60 s): 30 000 long
        tape.liquidation(t + 30_000, Side.BUY, 100_000, 0.1);    //            10 000 short → 0.75
        tape.liquidation(t + 70_000, Side.SELL, 100_000, 0.2);   // [60, 120 s): balanced → 0.5
        tape.liquidation(t + 80_000, Side.BUY, 100_000, 0.2);
        tape.liquidation(t + 125_000, Side.SELL, 100_000, 0.1);  // [120, 180 s): 10 000 long
        tape.liquidation(t + 170_000, Side.BUY, 100_000, 0.7);   //              70 000 short → 0.125

        new FlipCard(0.7, 0.3, 0.1, 2).evaluate(tape.state(), t + 180_000, new Window("1m", 60_000), r);

        assertThat(r.value).isEqualTo(FlipState.FLIP_UP.code);
        assertThat(r.score).isCloseTo(0.625, within(1e-12));
        assertThat(r.confidence).isEqualTo(1.0);
    }

    @Test
    void everyStateIsFoundByItsCode() {
        for (FlipState s : FlipState.values()) {
            assertThat(FlipState.ofCode(s.code)).isSameAs(s);
        }
        assertThatThrownBy(() -> FlipState.ofCode(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neutralBandMustLieInsideTheExtremes() {
        assertThatThrownBy(() -> new FlipCard(0.7, 0.3, 0.2, 3))
                .hasMessage("the neutral band 0.5 ± band must lie inside (low, high)");
        assertThatThrownBy(() -> new FlipCard(0.7, 0.3, 0.1, 0)).hasMessage("lookback must be at least 1 window");
    }
}
