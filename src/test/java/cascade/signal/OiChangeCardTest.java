package cascade.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascade.market.Side;
import org.junit.jupiter.api.Test;

class OiChangeCardTest {
    private static final Window ONE_BAR = new Window("1bar", CardTapes.BAR);
    /**
     * OI at the closes of bars 0–4: +1 %, −1 %, 0, 0. The typical move over the 4 baseline windows is the
     * root mean square sqrt((0.01² + 0.01² + 0 + 0) / 4) = sqrt(0.00005) = 0.0070710678.
     */
    private static final double[] BASELINE_OI = {10_000, 10_100, 9_999, 9_999, 9_999};
    /** 9999 × 0.97: a 3 % drop = 0.03 / 0.0070710678 = 3·√2 = 4.2426 typical moves. */
    private static final double OI_DOWN_3PCT = 9_699.03;
    /** 3·√2 / (2 × 2.5). */
    private static final double STRENGTH_3PCT = 0.848528137423857;

    private final OiChangeCard card = new OiChangeCard(0.8, 0.2, 2.5, 4, 0.25);
    private final Reading r = new Reading();

    /** Bars 0–4: balanced liquidations and the baseline OI path; bar 5 is the one under test. */
    private static long baselineThen(CardTapes tape, double longUsd, double shortUsd, double oiAtClose) {
        for (int i = 0; i < BASELINE_OI.length; i++) {
            tape.bar(i, 50, 50, BASELINE_OI[i], Double.NaN);
        }
        return tape.bar(5, longUsd, shortUsd, oiAtClose, Double.NaN);
    }

    @Test
    void longFlushWithOiFallingSharplyIsAConfirmedBullishFlush() {
        CardTapes tape = CardTapes.bars();
        long close = baselineThen(tape, 270, 30, OI_DOWN_3PCT); // ratio 0.9

        card.evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.score).isEqualTo(1.0);
        assertThat(r.strength).isCloseTo(STRENGTH_3PCT, within(1e-12));
        assertThat(r.confidence).isEqualTo(1.0);
        assertThat(r.value).isCloseTo(-0.03, within(1e-12));
        assertThat(r.note).isEqualTo("longs flushed, OI falling");
    }

    @Test
    void extremeRatioWithOiFlatIsIsolatedLiquidations() {
        CardTapes tape = CardTapes.bars();
        long close = baselineThen(tape, 270, 30, 9_999);

        card.evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.score).isEqualTo(0.25);
        assertThat(r.strength).isZero();
        assertThat(r.confidence).isEqualTo(1.0);
        assertThat(r.value).isZero();
        assertThat(r.note).isEqualTo("isolated liquidations");
    }

    @Test
    void oiFallingLessThanTheThresholdStaysIsolated() {
        CardTapes tape = CardTapes.bars();
        long close = baselineThen(tape, 270, 30, 9_899.01); // −1 % = √2 typical moves, below 2.5

        card.evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.score).isEqualTo(0.25);
        assertThat(r.strength).isCloseTo(0.282842712474619, within(1e-12)); // √2 / 5
        assertThat(r.value).isCloseTo(-0.01, within(1e-12));
        assertThat(r.note).isEqualTo("isolated liquidations");
    }

    @Test
    void shortFlushWhileOiRisesIsIsolatedAndBearishOnlySlightly() {
        CardTapes tape = CardTapes.bars();
        long close = baselineThen(tape, 10, 290, 10_198.98); // ratio 1/30, OI +2 %

        card.evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.score).isEqualTo(-0.25);
        assertThat(r.strength).isZero();
        assertThat(r.value).isCloseTo(0.02, within(1e-12));
        assertThat(r.note).isEqualTo("isolated liquidations");
    }

    @Test
    void balancedRatioScoresZeroEvenWhenOiFalls() {
        CardTapes tape = CardTapes.bars();
        long close = baselineThen(tape, 700, 300, OI_DOWN_3PCT); // ratio 0.7

        card.evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.score).isZero();
        assertThat(r.strength).isCloseTo(STRENGTH_3PCT, within(1e-12));
        assertThat(r.confidence).isEqualTo(1.0);
        assertThat(r.note).isEqualTo("ratio not extreme");
    }

    @Test
    void barsWithoutOpenInterestGiveNoReading() {
        CardTapes tape = CardTapes.bars();
        long close = 0;
        for (int i = 0; i < 6; i++) {
            close = tape.bar(i, 270, 30, Double.NaN, Double.NaN);
        }

        card.evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.confidence).isZero();
        assertThat(r.value).isNaN();
        assertThat(r.note).isEqualTo("no open interest");
    }

    @Test
    void openInterestStartingLateWarmsUpBeforeReading() {
        CardTapes tape = CardTapes.bars();
        tape.bar(0, 50, 50, Double.NaN, Double.NaN);
        tape.bar(1, 50, 50, Double.NaN, Double.NaN);
        long close = 0;
        for (int i = 0; i < BASELINE_OI.length; i++) {
            close = tape.bar(i + 2, 50, 50, BASELINE_OI[i], Double.NaN);
        }

        card.evaluate(tape.state(), close, ONE_BAR, r); // 5 OI samples: 4 changes, the current one not yet
        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("warming up: OI history too short");

        close = tape.bar(7, 270, 30, OI_DOWN_3PCT, Double.NaN);
        card.evaluate(tape.state(), close, ONE_BAR, r);
        assertThat(r.score).isEqualTo(1.0);
        assertThat(r.strength).isCloseTo(STRENGTH_3PCT, within(1e-12));
    }

    @Test
    void noLiquidationsGiveNoReading() {
        CardTapes tape = CardTapes.bars();
        long close = baselineThen(tape, 0, 0, OI_DOWN_3PCT);

        card.evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("no liquidations");
    }

    @Test
    void eventDataComparesTheLastSnapshotsAtEachWindowEdge() {
        CardTapes tape = new CardTapes(10_000, 400);
        long t = CardTapes.T0;
        for (int k = 0; k < BASELINE_OI.length; k++) {
            tape.openInterest(t - 30_000 + k * 60_000L, BASELINE_OI[k]); // one snapshot a minute
        }
        tape.openInterest(t + 270_000, OI_DOWN_3PCT);
        tape.liquidation(t + 250_000, Side.SELL, 100_000, 0.3);  // 30 000 USD of longs
        tape.liquidation(t + 260_000, Side.BUY, 100_000, 0.01);  // 1 000 USD of shorts
        Window oneMinute = new Window("1m", 60_000);

        card.evaluate(tape.state(), t + 300_000, oneMinute, r);
        assertThat(r.score).isEqualTo(1.0);
        assertThat(r.strength).isCloseTo(STRENGTH_3PCT, within(1e-12));
        assertThat(r.value).isCloseTo(-0.03, within(1e-12));

        card.evaluate(tape.state(), t + 340_000, oneMinute, r); // (280 s, 340 s]: no snapshot
        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("no OI update in window");
    }

    @Test
    void mirroredLiquidationsWithTheSameOiPathNegateTheScore() {
        CardTapes a = CardTapes.bars();
        CardTapes b = CardTapes.bars();
        long ca = baselineThen(a, 270, 30, OI_DOWN_3PCT);
        long cb = baselineThen(b, 30, 270, OI_DOWN_3PCT);
        Reading rb = new Reading();

        card.evaluate(a.state(), ca, ONE_BAR, r);
        card.evaluate(b.state(), cb, ONE_BAR, rb);

        assertThat(rb.score).isEqualTo(-1.0).isEqualTo(-r.score);
        assertThat(rb.strength).isEqualTo(r.strength);
        assertThat(rb.value).isEqualTo(r.value);
        assertThat(rb.note).isEqualTo("shorts flushed, OI falling");
    }

    @Test
    void mirroredIsolatedLiquidationsNegateTheSmallScore() {
        CardTapes a = CardTapes.bars();
        CardTapes b = CardTapes.bars();
        long ca = baselineThen(a, 270, 30, 9_899.01);
        long cb = baselineThen(b, 30, 270, 9_899.01);
        Reading rb = new Reading();

        card.evaluate(a.state(), ca, ONE_BAR, r);
        card.evaluate(b.state(), cb, ONE_BAR, rb);

        assertThat(rb.score).isEqualTo(-0.25).isEqualTo(-r.score);
        assertThat(rb.strength).isEqualTo(r.strength);
    }

    @Test
    void flushConfirmationScalesByWhatOiDid() {
        CardTapes confirmed = CardTapes.bars();
        long c1 = baselineThen(confirmed, 270, 30, OI_DOWN_3PCT);
        CardTapes flat = CardTapes.bars();
        long c2 = baselineThen(flat, 270, 30, 9_999);
        CardTapes noOi = CardTapes.bars();
        long c3 = noOi.bar(0, 270, 30);

        assertThat(OiChangeCard.flushConfirmation(confirmed.state(), c1, CardTapes.BAR, 4, 2.5))
                .isCloseTo(1.424264068711929, within(1e-12)); // 1 + 0.5 × 0.8485
        assertThat(OiChangeCard.flushConfirmation(flat.state(), c2, CardTapes.BAR, 4, 2.5)).isEqualTo(0.5);
        assertThat(OiChangeCard.flushConfirmation(noOi.state(), c3, CardTapes.BAR, 4, 2.5)).isEqualTo(1.0);
        // a longer baseline than the history: OI cannot tell, the capitulation stays as it is
        assertThat(OiChangeCard.flushConfirmation(confirmed.state(), c1, CardTapes.BAR, 5, 2.5)).isEqualTo(1.0);
    }
}
