package cascade.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import cascade.map.LeverageTiers;
import cascade.map.MapConfig;
import cascade.map.OiUnit;
import cascade.state.MarketState;
import cascade.state.SymbolState;
import org.junit.jupiter.api.Test;

/**
 * Tiers 10× (weight 3) and 25× (weight 1), mmr 0.4 %. OI 1 000 → 1 020 BTC at 100 000 opens 2 000 000 USD:
 * longs liquidate at 90 400 (750 000) and 96 400 (250 000), shorts at 103 600 (250 000) and 109 600
 * (750 000). Within 12 % the closeness weights are 1 − 0.036/0.12 = 0.7 for the 25× levels and
 * 1 − 0.096/0.12 = 0.2 for the 10× levels.
 */
class LiquidationMapCardTest {
    private static final MapConfig TWO_TIERS = new MapConfig(new LeverageTiers(new double[] {10, 25},
            new double[] {3, 1}, 0.004), 0.001, OiUnit.COINS, 0);
    private static final Window ONE_MINUTE = new Window("1m", 60_000);
    private final Reading r = new Reading();

    @Test
    void largerClusterAbovePullsUp() {
        // The dip to 96 000 liquidated the 25× longs: above 250 000·0.7 + 750 000·0.2 = 325 000 weighted,
        // below 750 000·0.2 = 150 000; raw 1 750 000 in reach → (325 000 − 150 000) / 1 750 000 = 0.1
        Tape tape = new Tape(TWO_TIERS).trade(100_000).oi(1_000).oi(1_020).trade(96_000).trade(100_000);

        new LiquidationMapCard(TWO_TIERS, 0.12, 2).evaluate(tape.state(), tape.now(), ONE_MINUTE, r);

        assertThat(r.score).isCloseTo(0.1, within(1e-12));
        assertThat(r.strength).isCloseTo(0.1, within(1e-12));
        assertThat(r.value).isCloseTo(1_000_000.0 / 1_750_000, within(1e-12));
        assertThat(r.confidence).isEqualTo(1.0);
        assertThat(r.note).isEqualTo("short liquidations above");
    }

    @Test
    void mirroredPricePathNegatesTheScore() {
        LiquidationMapCard card = new LiquidationMapCard(TWO_TIERS, 0.12, 2);
        Tape up = new Tape(TWO_TIERS).trade(100_000).oi(1_000).oi(1_020).trade(96_000).trade(100_000);
        Tape down = new Tape(TWO_TIERS).trade(100_000).oi(1_000).oi(1_020).trade(104_000).trade(100_000);
        Reading mirrored = new Reading();

        card.evaluate(up.state(), up.now(), ONE_MINUTE, r);
        card.evaluate(down.state(), down.now(), ONE_MINUTE, mirrored);

        assertThat(mirrored.score).isEqualTo(-r.score);
        assertThat(mirrored.strength).isEqualTo(r.strength);
        assertThat(mirrored.value).isCloseTo(1 - r.value, within(1e-12));
        assertThat(mirrored.note).isEqualTo("long liquidations below");
    }

    @Test
    void barsGiveTheSameReadingAsTheEventTape() {
        // bar 2 dips to 96 000 (its low) and closes back at 100 000
        Tape tape = new Tape(TWO_TIERS).bar(100_000, 100_000, 100_000, 1_000).bar(100_000, 100_000, 100_000, 1_020)
                .bar(96_000, 100_000, 100_000, 1_020);

        new LiquidationMapCard(TWO_TIERS, 0.12, 2).evaluate(tape.state(), tape.now(), new Window("1bar", Tape.BAR), r);

        assertThat(r.score).isCloseTo(0.1, within(1e-12));
        assertThat(r.value).isCloseTo(1_000_000.0 / 1_750_000, within(1e-12));
    }

    @Test
    void markPriceCrossesLevelsLikeTrades() {
        Tape tape = new Tape(TWO_TIERS).trade(100_000).oi(1_000).oi(1_020).mark(96_000).mark(100_000);

        new LiquidationMapCard(TWO_TIERS, 0.12, 2).evaluate(tape.state(), tape.now(), ONE_MINUTE, r);

        assertThat(r.score).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void oneSideOnly() {
        // the flush to 89 000 took both long levels: above 325 000 weighted of 1 000 000
        Tape tape = new Tape(TWO_TIERS).trade(100_000).oi(1_000).oi(1_020).trade(89_000).trade(100_000);

        new LiquidationMapCard(TWO_TIERS, 0.12, 2).evaluate(tape.state(), tape.now(), ONE_MINUTE, r);

        assertThat(r.score).isCloseTo(0.325, within(1e-12));
        assertThat(r.value).isEqualTo(1.0);
    }

    @Test
    void equalClustersAtEqualDistanceAreBalanced() {
        Tape tape = new Tape(TWO_TIERS).trade(100_000).oi(1_000).oi(1_020);

        new LiquidationMapCard(TWO_TIERS, 0.05, 2).evaluate(tape.state(), tape.now(), ONE_MINUTE, r);

        assertThat(r.score).isZero();
        assertThat(r.value).isEqualTo(0.5);
        assertThat(r.confidence).isEqualTo(1.0);
        assertThat(r.note).isEqualTo("balanced");
    }

    @Test
    void clustersBeyondTheDistanceDoNotPull() {
        Tape tape = new Tape(TWO_TIERS).trade(100_000).oi(1_000).oi(1_020); // nearest levels 3.6 % away

        new LiquidationMapCard(TWO_TIERS, 0.03, 2).evaluate(tape.state(), tape.now(), ONE_MINUTE, r);

        assertThat(r.score).isZero();
        assertThat(r.confidence).isEqualTo(1.0);
        assertThat(r.value).isNaN();
        assertThat(r.note).isEqualTo("no clusters nearby");
    }

    @Test
    void noOpenInterestGivesNoReading() {
        Tape trades = new Tape(TWO_TIERS).trade(100_000).trade(96_000);
        Tape barsWithoutOi = new Tape(TWO_TIERS).bar(100_000, 100_000, 100_000, Double.NaN)
                .bar(99_000, 101_000, 100_000, Double.NaN);
        LiquidationMapCard card = new LiquidationMapCard(TWO_TIERS, 0.12, 2);

        card.evaluate(trades.state(), trades.now(), ONE_MINUTE, r);
        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("map empty");
        card.evaluate(barsWithoutOi.state(), barsWithoutOi.now(), ONE_MINUTE, r);
        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("map empty");
    }

    @Test
    void fallingOpenInterestOnlyIsAnEmptyMap() {
        Tape tape = new Tape(TWO_TIERS).trade(100_000).oi(1_000).oi(900).oi(800);

        new LiquidationMapCard(TWO_TIERS, 0.12, 2).evaluate(tape.state(), tape.now(), ONE_MINUTE, r);

        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("map empty");
    }

    @Test
    void tooFewOpenInterestObservationsGiveNoReading() {
        Tape tape = new Tape(TWO_TIERS).trade(100_000).oi(1_000).oi(1_020); // 2 observations

        new LiquidationMapCard(TWO_TIERS, 0.12, 3).evaluate(tape.state(), tape.now(), ONE_MINUTE, r);

        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("map warming up");
    }

    @Test
    void everyWindowReadsTheSameMap() {
        Tape tape = new Tape(TWO_TIERS).trade(100_000).oi(1_000).oi(1_020).trade(96_000).trade(100_000);
        LiquidationMapCard card = new LiquidationMapCard(TWO_TIERS, 0.12, 2);
        Reading hour = new Reading();

        card.evaluate(tape.state(), tape.now(), ONE_MINUTE, r);
        card.evaluate(tape.state(), tape.now(), new Window("1h", 3_600_000), hour);

        assertThat(hour.score).isEqualTo(r.score);
    }

    /** Event or bar tapes for one BTCUSDT instrument, each event one second (or one bar) after the last. */
    private static final class Tape {
        static final long BAR = 4 * 3_600_000L;
        private final Instruments instruments = new Instruments();
        private final Instrument btc = instruments.register("binance", "BTCUSDT", 2, 3);
        private final MarketState market;
        private final MarketEvent e = new MarketEvent();
        private long time = CardTapes.T0;

        Tape(MapConfig config) {
            market = new MarketState(instruments, 10_000, 400, 1000, config);
        }

        Tape trade(double price) {
            time += 1_000;
            market.onEvent(e.trade(btc.id(), time, Side.BUY, btc.priceUnits(price), btc.qtyUnits(0.01)));
            return this;
        }

        Tape mark(double price) {
            time += 1_000;
            market.onEvent(e.markPrice(btc.id(), time, btc.priceUnits(price)));
            return this;
        }

        Tape oi(double openInterest) {
            time += 1_000;
            market.onEvent(e.openInterest(btc.id(), time, Fixed.fromDouble(openInterest, MarketEvent.OI_SCALE)));
            return this;
        }

        /** A bar opening at the close of the last; open = close, {@code openInterest} NaN for unknown. */
        Tape bar(double low, double high, double close, double openInterest) {
            long px = btc.priceUnits(close);
            e.bar(btc.id(), time, time + BAR, px, btc.priceUnits(high), btc.priceUnits(low), px);
            e.openInterest = Double.isNaN(openInterest) ? Fixed.UNKNOWN
                    : Fixed.fromDouble(openInterest, MarketEvent.OI_SCALE);
            time += BAR;
            market.onEvent(e);
            return this;
        }

        long now() {
            return time;
        }

        SymbolState state() {
            return market.get(btc.id());
        }
    }
}
