package cascade.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascade.market.Side;
import org.junit.jupiter.api.Test;

/**
 * Bar tapes: bar 0 is the trend anchor (its close starts the span), bars 1–3 are the three windows the
 * card reads at bar 3's close. Each bar has 100 USD liquidated, {@code 100·ratio} of it longs.
 * The card under test: high 0.6, low 0.4, persistence 3, trend threshold 2 %.
 */
class PressureCardTest {
    private static final Window ONE_BAR = new Window("1bar", CardTapes.BAR);
    private final PressureCard card = new PressureCard(0.6, 0.4, 3, 0.02);

    private Reading evaluate(double[] ratios, double[] closes) {
        VenueTapes tape = VenueTapes.bars("binance");
        long close = 0;
        for (int i = 0; i < ratios.length; i++) {
            double longUsd = Math.round(100 * ratios[i] * 1e6) / 1e6;
            close = tape.bar("binance", i, longUsd, 100 - longUsd, closes[i]);
        }
        Reading out = new Reading();
        card.evaluate(tape.state("binance"), close, ONE_BAR, out);
        return out;
    }

    @Test
    void persistentLongFlushInADowntrendIsBearishContinuation() {
        Reading r = evaluate(new double[] {0.5, 0.7, 0.8, 0.9}, new double[] {100_000, 99_000, 97_000, 95_000});

        // persistence: (0.1 + 0.2 + 0.3) / 0.4 / 3 = 0.5; trend: 5 % / 4 % capped at 1; strength (0.5 + 1) / 2
        assertThat(r.score).isCloseTo(-0.75, within(1e-12));
        assertThat(r.strength).isCloseTo(0.75, within(1e-12));
        assertThat(r.confidence).isEqualTo(1.0);
        assertThat(r.value).isCloseTo(0.8, within(1e-12));
        assertThat(r.note).isEqualTo("longs flushed into a downtrend");
    }

    @Test
    void persistentShortSqueezeInAnUptrendIsBullishContinuation() {
        Reading r = evaluate(new double[] {0.5, 0.3, 0.2, 0.1}, new double[] {100_000, 101_000, 103_000, 105_000});

        assertThat(r.score).isCloseTo(0.75, within(1e-12));
        assertThat(r.value).isCloseTo(0.2, within(1e-12));
        assertThat(r.note).isEqualTo("shorts squeezed into an uptrend");
    }

    @Test
    void smallerTrendGivesLessStrength() {
        Reading r = evaluate(new double[] {0.5, 0.7, 0.8, 0.9}, new double[] {100_000, 99_000, 98_000, 97_000});

        // trend 3 % / 4 % = 0.75; strength (0.5 + 0.75) / 2
        assertThat(r.score).isCloseTo(-0.625, within(1e-12));
    }

    @Test
    void oneSideOnlyInAStrongTrendIsFullStrength() {
        Reading r = evaluate(new double[] {0.5, 1, 1, 1}, new double[] {100_000, 98_000, 96_000, 94_000});

        assertThat(r.score).isEqualTo(-1.0);
        assertThat(r.strength).isEqualTo(1.0);
        assertThat(r.value).isEqualTo(1.0);
    }

    @Test
    void persistentImbalanceWithFlatPriceIsNoSignal() {
        Reading r = evaluate(new double[] {0.5, 0.7, 0.8, 0.9}, new double[] {100_000, 100_500, 99_500, 99_000});

        assertThat(r.score).isZero();
        assertThat(r.strength).isZero();
        assertThat(r.confidence).isEqualTo(1.0);
        assertThat(r.value).isCloseTo(0.8, within(1e-12));
        assertThat(r.note).isEqualTo("imbalance without a matching trend");
    }

    @Test
    void priceChangeExactlyAtTheThresholdIsNoTrend() {
        Reading r = evaluate(new double[] {0.5, 0.7, 0.8, 0.9}, new double[] {100_000, 99_000, 98_500, 98_000});

        assertThat(r.score).isZero();
        assertThat(r.note).isEqualTo("imbalance without a matching trend");
    }

    @Test
    void longFlushInAnUptrendIsNoSignal() {
        Reading r = evaluate(new double[] {0.5, 0.7, 0.8, 0.9}, new double[] {100_000, 102_000, 104_000, 105_000});

        assertThat(r.score).isZero();
        assertThat(r.note).isEqualTo("imbalance without a matching trend");
    }

    @Test
    void oneWindowBackInBalanceBreaksThePersistence() {
        Reading r = evaluate(new double[] {0.5, 0.7, 0.55, 0.9}, new double[] {100_000, 99_000, 97_000, 95_000});

        assertThat(r.score).isZero();
        assertThat(r.confidence).isEqualTo(1.0);
        assertThat(r.value).isCloseTo(2.15 / 3, within(1e-12));
        assertThat(r.note).isEqualTo("no persistent imbalance");
    }

    @Test
    void noCloseAsOldAsTheSpanGivesNoReading() {
        // three windows are covered, but the span starts at bar 0's open: no close that old
        Reading r = evaluate(new double[] {0.7, 0.8, 0.9}, new double[] {99_000, 97_000, 95_000});

        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("price history not covered");
    }

    @Test
    void windowsNotCoveredGiveNoReading() {
        Reading r = evaluate(new double[] {0.8, 0.9}, new double[] {97_000, 95_000});

        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("warming up: windows not covered");
    }

    @Test
    void windowWithoutLiquidationsGivesNoReading() {
        VenueTapes tape = VenueTapes.bars("binance");
        tape.bar("binance", 0, 50, 50, 100_000);
        tape.bar("binance", 1, 70, 30, 99_000);
        tape.bar("binance", 2, 0, 0, 97_000);
        long close = tape.bar("binance", 3, 90, 10, 95_000);
        Reading r = new Reading();

        card.evaluate(tape.state("binance"), close, ONE_BAR, r);

        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("a window has no liquidations");
    }

    @Test
    void mirroredInputNegatesTheScore() {
        double[] ratios = {0.5, 0.7, 0.8, 0.9};
        double[] closes = {100_000, 99_000, 98_000, 97_000};
        double[] mirroredRatios = new double[4];
        double[] mirroredCloses = new double[4];
        for (int i = 0; i < 4; i++) {
            mirroredRatios[i] = 1 - ratios[i];
            mirroredCloses[i] = 2 * closes[0] - closes[i];
        }

        Reading a = evaluate(ratios, closes);
        Reading b = evaluate(mirroredRatios, mirroredCloses);

        assertThat(a.score).isCloseTo(-0.625, within(1e-12));
        assertThat(b.score).isCloseTo(-a.score, within(1e-12));
        assertThat(b.strength).isCloseTo(a.strength, within(1e-12));
    }

    @Test
    void eventLevelPressureOverOneMinuteWindows() {
        VenueTapes tape = new VenueTapes(10_000, "binance");
        long t = CardTapes.T0;
        tape.trade("binance", t + 5_000, 100_000);
        tape.ticks(t + 10_000, t + 160_000);
        tape.liquidation("binance", t + 70_000, Side.SELL, 100_000, 0.7);  // [60, 120 s): 70 000 long
        tape.liquidation("binance", t + 90_000, Side.BUY, 100_000, 0.3);   //              30 000 short → 0.7
        tape.liquidation("binance", t + 130_000, Side.SELL, 96_000, 0.9);  // [120, 180 s): 86 400 long
        tape.liquidation("binance", t + 150_000, Side.BUY, 96_000, 0.1);   //               9 600 short → 0.9
        tape.trade("binance", t + 170_000, 96_000);
        tape.ticks(t + 170_000, t + 180_000);
        Reading r = new Reading();

        new PressureCard(0.6, 0.4, 2, 0.02).evaluate(tape.state("binance"), t + 180_000, new Window("1m", 60_000), r);

        // close at 60 s 100 000 → last 96 000: −4 %, trend 1; persistence (0.25 + 0.75) / 2 = 0.5
        assertThat(r.score).isCloseTo(-0.75, within(1e-12));
        assertThat(r.value).isCloseTo(0.8, within(1e-12));
    }
}
