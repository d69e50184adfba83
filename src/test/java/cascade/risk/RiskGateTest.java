package cascade.risk;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import cascade.model.Order;
import cascade.model.PortfolioView;
import cascade.model.Purpose;
import cascade.model.RejectReason;
import cascade.state.MarketState;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskGateTest {
    private static final long T = 1_735_689_600_000L;
    private final Instruments instruments = new Instruments();
    private final Instrument btc = instruments.register("binance", "BTCUSDT", 2, 3);
    private final MarketState market = new MarketState(instruments, 10_000, 10, 10);
    private final FakePortfolio portfolio = new FakePortfolio();
    private final RiskLimits limits = new RiskLimits(0.01, 3, 3, 50_000, 80_000, 1, 2, 0.05, 0.05, 30_000);
    private final RiskGate gate = new RiskGate(limits, instruments, market, portfolio);

    /** Positions and equity as a test sets them. */
    private static final class FakePortfolio implements PortfolioView {
        final Map<Integer, Long> qty = new HashMap<>();
        long equity = Fixed.usdMicros(20_000);

        @Override
        public long qty(int instrument) {
            return qty.getOrDefault(instrument, 0L);
        }

        @Override
        public long entryPrice(int instrument) {
            return 0;
        }

        @Override
        public long equityUsd() {
            return equity;
        }

        @Override
        public long balanceUsd() {
            return equity;
        }

        @Override
        public boolean anyOpen() {
            return qty.values().stream().anyMatch(q -> q != 0);
        }
    }

    RiskGateTest() {
        market.onEvent(new MarketEvent().markPrice(btc.id(), T, btc.priceUnits(100_000.0)));
    }

    private Order buy(double qty) {
        return Order.market(1, btc.id(), Side.BUY, btc.qtyUnits(qty), false, T, Purpose.ENTRY);
    }

    private RejectReason check(Order order, double projectedQty, long nowMs) {
        return gate.check(order, btc.qtyUnits(projectedQty), 0, 0, nowMs);
    }

    private Order exit() {
        return Order.market(9, btc.id(), Side.SELL, btc.qtyUnits(0.1), true, T, Purpose.STOP);
    }

    @Test
    void entryWithinEveryLimitPasses() {
        assertThat(check(buy(0.5), 0.5, T)).isNull(); // 50 000 USD = 2.5× of 20 000
        assertThat(gate.denials()).isEmpty();
    }

    @Test
    void notionalPerSymbolIsCapped() {
        assertThat(check(buy(0.51), 0.51, T)).isEqualTo(RejectReason.RISK_MAX_NOTIONAL_SYMBOL);
        assertThat(gate.denials()).containsEntry(RejectReason.RISK_MAX_NOTIONAL_SYMBOL, 1L);
    }

    @Test
    void leverageIsCappedAgainstTheBooksEquity() {
        portfolio.equity = Fixed.usdMicros(15_000);
        // 0.5 BTC = 50 000 USD on 15 000 equity = 3.33× > 3×
        assertThat(check(buy(0.5), 0.5, T)).isEqualTo(RejectReason.RISK_MAX_LEVERAGE);
    }

    @Test
    void limitPriceOutsideTheBandIsAFatFinger() {
        Order far = Order.limit(2, btc.id(), Side.BUY, btc.qtyUnits(0.1), btc.priceUnits(94_999.0), false, T,
                Purpose.ENTRY);
        Order near = Order.limit(3, btc.id(), Side.BUY, btc.qtyUnits(0.1), btc.priceUnits(95_000.0), false, T,
                Purpose.ENTRY);

        assertThat(check(far, 0.1, T)).isEqualTo(RejectReason.RISK_PRICE_BAND);
        assertThat(check(near, 0.1, T)).isNull();
    }

    @Test
    void theStopAndTargetAnEntryWillBeProtectedWithAreBandedBeforeItLeaves() {
        long mark = btc.priceUnits(100_000.0);
        // 5 % band around 100 000: a stop at 94 999 or a target at 105 001 is outside, 95 000 / 105 000 inside
        assertThat(gate.check(buy(0.1), btc.qtyUnits(0.1), btc.priceUnits(94_999.0), mark + 1, T))
                .isEqualTo(RejectReason.RISK_PRICE_BAND);
        assertThat(gate.check(buy(0.1), btc.qtyUnits(0.1), btc.priceUnits(95_000.0), btc.priceUnits(105_001.0),
                T)).isEqualTo(RejectReason.RISK_PRICE_BAND);
        assertThat(gate.check(buy(0.1), btc.qtyUnits(0.1), btc.priceUnits(95_000.0), btc.priceUnits(105_000.0),
                T)).isNull();
    }

    @Test
    void aMarketEntryIsBandedByTheLastTradeAgainstTheMark() {
        // a trade print 6 % away from the 100 000 mark: the data disagrees with itself, no entry
        market.onEvent(new MarketEvent().trade(btc.id(), T, Side.BUY, btc.priceUnits(106_000.0), 1));
        assertThat(check(buy(0.1), 0.1, T)).isEqualTo(RejectReason.RISK_PRICE_BAND);
        market.onEvent(new MarketEvent().trade(btc.id(), T + 1, Side.BUY, btc.priceUnits(104_000.0), 1));
        assertThat(check(buy(0.1), 0.1, T + 1)).isNull();
    }

    @Test
    void noEntryOnAStalePriceButExitsStillGo() {
        assertThat(check(buy(0.1), 0.1, T + 30_000)).isNull(); // mark at T, 30 s old: fresh enough
        assertThat(check(buy(0.1), 0.1, T + 30_001)).isEqualTo(RejectReason.RISK_STALE_PRICE);
        assertThat(gate.check(exit(), 0, 0, 0, T + 3_600_000)).isNull();
    }

    @Test
    void entryRateIsLimitedPerMinuteOfEventTime() {
        assertThat(check(buy(0.1), 0.1, T)).isNull();
        assertThat(check(buy(0.1), 0.1, T + 1_000)).isNull();
        market.onEvent(new MarketEvent().markPrice(btc.id(), T + 59_999, btc.priceUnits(100_000.0)));
        assertThat(check(buy(0.1), 0.1, T + 59_999)).isEqualTo(RejectReason.RISK_ORDER_RATE);
        market.onEvent(new MarketEvent().markPrice(btc.id(), T + 60_000, btc.priceUnits(100_000.0)));
        assertThat(check(buy(0.1), 0.1, T + 60_000)).isNull();
    }

    @Test
    void dailyLossSwitchesToReducingThenHaltedUntilTheNextDay() {
        gate.onEquity(T, Fixed.usdMicros(20_000), true);
        gate.onEquity(T + 3_600_000, Fixed.usdMicros(19_000), true); // −5 %: exits only
        assertThat(gate.state()).isEqualTo(RiskState.REDUCING);
        assertThat(check(buy(0.1), 0.1, T)).isEqualTo(RejectReason.RISK_DAILY_LOSS_REDUCING);
        assertThat(gate.check(exit(), 0, 0, 0, T)).isNull();

        gate.onEquity(T + 7_200_000, Fixed.usdMicros(19_000), false); // flat: halted
        assertThat(gate.state()).isEqualTo(RiskState.HALTED);
        assertThat(check(buy(0.1), 0.1, T)).isEqualTo(RejectReason.RISK_HALTED);

        gate.onEquity(T - 1, Fixed.usdMicros(19_000), false); // a bar's fill stamped with an earlier time
        assertThat(gate.state()).isEqualTo(RiskState.HALTED);
        gate.onEquity(T + 86_400_000, Fixed.usdMicros(19_000), false); // next UTC day
        assertThat(gate.state()).isEqualTo(RiskState.ACTIVE);
    }

    @Test
    void openPositionCountIsCappedFromTheBooksPositions() {
        Instrument eth = instruments.register("binance", "ETHUSDT", 2, 3);
        market.onEvent(new MarketEvent().markPrice(eth.id(), T, eth.priceUnits(3_000.0)));
        portfolio.qty.put(eth.id(), eth.qtyUnits(1));

        assertThat(check(buy(0.1), 0.1, T)).isEqualTo(RejectReason.RISK_MAX_OPEN_POSITIONS);
    }

    @Test
    void anEngineErrorHaltsEntriesButNeverExits() {
        gate.haltForError();

        assertThat(gate.state()).isEqualTo(RiskState.HALTED);
        assertThat(check(buy(0.1), 0.1, T)).isEqualTo(RejectReason.RISK_HALTED);
        assertThat(gate.check(exit(), 0, 0, 0, T)).isNull();
        // a new day does not lift an error halt
        gate.onEquity(T + 86_400_000, Fixed.usdMicros(20_000), true);
        assertThat(gate.state()).isEqualTo(RiskState.HALTED);
    }

    @Test
    void anErrorHaltSetOnAnotherThreadIsSeenByTheDecisionThread() throws InterruptedException {
        Thread journal = new Thread(gate::haltForError, "journal");
        journal.start();
        journal.join();

        assertThat(check(buy(0.1), 0.1, T)).isEqualTo(RejectReason.RISK_HALTED);
    }

    @Test
    void noEntriesWhileTheVenueIsDown() {
        gate.venueAvailable(false);
        assertThat(check(buy(0.1), 0.1, T)).isEqualTo(RejectReason.VENUE_UNAVAILABLE);
        assertThat(gate.check(exit(), 0, 0, 0, T)).isNull();
        gate.venueAvailable(true);
        assertThat(check(buy(0.1), 0.1, T)).isNull();
    }

    @Test
    void sizerRisksTheConfiguredShareAtTheStop() {
        PositionSizer sizer = new PositionSizer(limits);
        // 20 000 × 1 % / 4 % = 5 000 USD at full confidence → 0.05 BTC at 100 000
        assertThat(sizer.size(btc, 20_000, btc.priceUnits(100_000.0), 0.04, 1.0)).isEqualTo(50);
        // half confidence, half the size
        assertThat(sizer.size(btc, 20_000, btc.priceUnits(100_000.0), 0.04, 0.5)).isEqualTo(25);
        // capped by leverage: 20 000 × 3 × 0.95 = 57 000 USD → 0.57 BTC
        assertThat(sizer.size(btc, 20_000, btc.priceUnits(100_000.0), 0.001, 1.0)).isEqualTo(500); // then per-symbol cap 50 000
    }
}
