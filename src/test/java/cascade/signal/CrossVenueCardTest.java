package cascade.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascade.market.Side;
import org.junit.jupiter.api.Test;

/** BTCUSDT on several venues; the card under test: threshold 0.2, confidence 0.5. */
class CrossVenueCardTest {
    private static final Window ONE_BAR = new Window("1bar", CardTapes.BAR);
    private static final double PX = 100_000;
    private final CrossVenueCard card = new CrossVenueCard(0.2, 0.5);
    private final Reading r = new Reading();

    @Test
    void longFlushOnOneVenueOnlyScoresTheGapClosing() {
        VenueTapes tape = VenueTapes.bars("binance", "bybit");
        long close = tape.bar("binance", 0, 87.5, 12.5, PX); // 0.875
        tape.bar("bybit", 0, 50, 50, PX);                    // 0.5

        card.evaluate(tape.state("binance"), close, ONE_BAR, r);

        assertThat(r.score).isEqualTo(0.375);
        assertThat(r.strength).isEqualTo(0.375);
        assertThat(r.confidence).isEqualTo(0.5);
        assertThat(r.value).isEqualTo(0.375);
        assertThat(r.note).isEqualTo("longs flushed here only");
        card.evaluate(tape.state("bybit"), close, ONE_BAR, r);
        assertThat(r.score).isEqualTo(-0.375);
        assertThat(r.note).isEqualTo("shorts flushed here only");
    }

    @Test
    void smallDifferenceMeansTheVenuesAgree() {
        VenueTapes tape = VenueTapes.bars("binance", "bybit");
        long close = tape.bar("binance", 0, 75, 25, PX);
        tape.bar("bybit", 0, 625, 375, PX);

        card.evaluate(tape.state("binance"), close, ONE_BAR, r);

        assertThat(r.score).isZero();
        assertThat(r.strength).isEqualTo(0.125);
        assertThat(r.confidence).isEqualTo(0.5);
        assertThat(r.value).isEqualTo(0.125);
        assertThat(r.note).isEqualTo("venues agree");
    }

    @Test
    void otherVenuesArePooledByUsd() {
        VenueTapes tape = VenueTapes.bars("binance", "bybit", "okx");
        long close = tape.bar("binance", 0, 87.5, 12.5, PX);
        tape.bar("bybit", 0, 10, 90, PX);
        tape.bar("okx", 0, 300, 100, PX);

        card.evaluate(tape.state("binance"), close, ONE_BAR, r);

        // others: 310 / 500 = 0.62 (not the mean of 0.1 and 0.75); 0.875 − 0.62
        assertThat(r.score).isCloseTo(0.255, within(1e-12));
    }

    @Test
    void aSingleVenueGivesNoReading() {
        VenueTapes tape = VenueTapes.bars("binance");
        long close = tape.bar("binance", 0, 90, 10, PX);

        card.evaluate(tape.state("binance"), close, ONE_BAR, r);

        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("single venue");
    }

    @Test
    void quietOtherVenuesGiveNoReading() {
        VenueTapes tape = VenueTapes.bars("binance", "bybit");
        long close = tape.bar("binance", 0, 90, 10, PX);
        tape.bar("bybit", 0, 0, 0, PX);

        card.evaluate(tape.state("binance"), close, ONE_BAR, r);

        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("no liquidations on other venues");
    }

    @Test
    void noLiquidationsHereGiveNoReading() {
        VenueTapes tape = VenueTapes.bars("binance", "bybit");
        long close = tape.bar("binance", 0, 0, 0, PX);
        tape.bar("bybit", 0, 90, 10, PX);

        card.evaluate(tape.state("binance"), close, ONE_BAR, r);

        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("no liquidations");
    }

    @Test
    void anOtherVenueWhoseWindowIsNotCoveredIsLeftOut() {
        VenueTapes tape = VenueTapes.bars("binance", "bybit", "okx");
        Window twoBars = new Window("2bar", 2 * CardTapes.BAR);
        tape.bar("binance", 0, 80, 20, PX);
        tape.bar("okx", 0, 50, 50, PX);
        tape.bar("bybit", 1, 0, 100, PX); // bybit's data starts a bar later
        tape.bar("okx", 1, 50, 50, PX);
        long close = tape.bar("binance", 1, 95, 5, PX);

        card.evaluate(tape.state("binance"), close, twoBars, r);

        // here 175 / 200 = 0.875, okx alone 0.5 (with bybit the others would be 100 / 300)
        assertThat(r.score).isEqualTo(0.375);
    }

    @Test
    void windowNotCoveredHereGivesNoReading() {
        VenueTapes tape = VenueTapes.bars("binance", "bybit");
        long close = tape.bar("binance", 0, 90, 10, PX);
        tape.bar("bybit", 0, 50, 50, PX);

        card.evaluate(tape.state("binance"), close, new Window("2bar", 2 * CardTapes.BAR), r);

        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("window not covered by data yet");
    }

    @Test
    void mirroredVenuesNegateTheScore() {
        VenueTapes a = VenueTapes.bars("binance", "bybit");
        VenueTapes b = VenueTapes.bars("binance", "bybit");
        long close = a.bar("binance", 0, 90, 10, PX);
        a.bar("bybit", 0, 400, 600, PX);
        b.bar("binance", 0, 10, 90, PX);
        b.bar("bybit", 0, 600, 400, PX);
        Reading rb = new Reading();

        card.evaluate(a.state("binance"), close, ONE_BAR, r);
        card.evaluate(b.state("binance"), close, ONE_BAR, rb);

        assertThat(r.score).isCloseTo(0.5, within(1e-12));
        assertThat(rb.score).isCloseTo(-r.score, within(1e-12));
        assertThat(rb.strength).isCloseTo(r.strength, within(1e-12));
    }

    @Test
    void eventLevelVenuesCompareOverOneMinute() {
        VenueTapes tape = new VenueTapes(10_000, "binance", "bybit");
        long t = CardTapes.T0;
        tape.liquidation("binance", t + 1_000, Side.SELL, PX, 0.7);  // 70 000 long
        tape.liquidation("bybit", t + 2_000, Side.SELL, PX, 0.2);    // 20 000 long
        tape.liquidation("binance", t + 30_000, Side.BUY, PX, 0.1);  // 10 000 short → 0.875
        tape.liquidation("bybit", t + 40_000, Side.BUY, PX, 0.2);    // 20 000 short → 0.5

        card.evaluate(tape.state("binance"), t + 60_000, new Window("1m", 60_000), r);

        assertThat(r.score).isCloseTo(0.375, within(1e-12));
        assertThat(r.note).isEqualTo("longs flushed here only");
    }
}
