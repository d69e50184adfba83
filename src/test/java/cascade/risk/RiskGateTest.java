package cascade.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cascade.model.Order;
import cascade.model.Position;
import cascade.model.RejectReason;
import cascade.execution.Venue;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import cascade.state.MarketState;
import org.junit.jupiter.api.Test;

class RiskGateTest {
    private static final long T = 1_735_689_600_000L;
    private final Instruments instruments = new Instruments();
    private final Instrument btc = instruments.register("binance", "BTCUSDT", 2, 3);
    private final MarketState market = new MarketState(instruments, 10_000, 10, 10);
    private final Venue venue = mock(Venue.class);
    private final Position flat = position(0);
    private final RiskLimits limits = new RiskLimits(0.01, 3, 3, 50_000, 80_000, 1, 2, 0.05, 0.05);
    private final RiskGate gate = new RiskGate(limits, instruments, market, venue);

    RiskGateTest() {
        market.onEvent(new MarketEvent().markPrice(btc.id(), T, btc.priceUnits(100_000.0)));
        when(venue.position(btc.id())).thenReturn(flat);
        when(venue.equityUsd()).thenReturn(Fixed.usdMicros(20_000));
    }

    private static Position position(long qty) {
        Position p = mock(Position.class);
        when(p.qty()).thenReturn(qty);
        return p;
    }

    private Order buy(double qty) {
        return Order.market(1, btc.id(), Side.BUY, btc.qtyUnits(qty), false, T, "bar/entry");
    }

    @Test
    void entryWithinEveryLimitPasses() {
        assertThat(gate.check(buy(0.5), btc.qtyUnits(0.5), T)).isNull(); // 50 000 USD = 2.5× of 20 000
        assertThat(gate.denials()).isEmpty();
    }

    @Test
    void notionalPerSymbolIsCapped() {
        assertThat(gate.check(buy(0.51), btc.qtyUnits(0.51), T)).isEqualTo(RejectReason.RISK_MAX_NOTIONAL_SYMBOL);
        assertThat(gate.denials()).containsEntry(RejectReason.RISK_MAX_NOTIONAL_SYMBOL, 1L);
    }

    @Test
    void leverageIsCappedAgainstEquity() {
        when(venue.equityUsd()).thenReturn(Fixed.usdMicros(15_000));
        // 0.5 BTC = 50 000 USD on 15 000 equity = 3.33× > 3×
        assertThat(gate.check(buy(0.5), btc.qtyUnits(0.5), T)).isEqualTo(RejectReason.RISK_MAX_LEVERAGE);
    }

    @Test
    void limitPriceOutsideTheBandIsAFatFinger() {
        Order far = Order.limit(2, btc.id(), Side.BUY, btc.qtyUnits(0.1), btc.priceUnits(94_999.0), false, T, "bar/entry");
        Order near = Order.limit(3, btc.id(), Side.BUY, btc.qtyUnits(0.1), btc.priceUnits(95_000.0), false, T, "bar/entry");

        assertThat(gate.check(far, btc.qtyUnits(0.1), T)).isEqualTo(RejectReason.RISK_PRICE_BAND);
        assertThat(gate.check(near, btc.qtyUnits(0.1), T)).isNull();
    }

    @Test
    void entryRateIsLimitedPerMinuteOfEventTime() {
        assertThat(gate.check(buy(0.1), btc.qtyUnits(0.1), T)).isNull();
        assertThat(gate.check(buy(0.1), btc.qtyUnits(0.1), T + 1_000)).isNull();
        assertThat(gate.check(buy(0.1), btc.qtyUnits(0.1), T + 59_999)).isEqualTo(RejectReason.RISK_ORDER_RATE);
        assertThat(gate.check(buy(0.1), btc.qtyUnits(0.1), T + 60_000)).isNull();
    }

    @Test
    void dailyLossSwitchesToReducingThenHaltedUntilTheNextDay() {
        gate.onEquity(T, 20_000, true);
        gate.onEquity(T + 3_600_000, 19_000, true); // −5 %: exits only
        assertThat(gate.state()).isEqualTo(RiskState.REDUCING);
        assertThat(gate.check(buy(0.1), btc.qtyUnits(0.1), T)).isEqualTo(RejectReason.RISK_DAILY_LOSS_REDUCING);
        Order exit = Order.market(9, btc.id(), Side.SELL, btc.qtyUnits(0.1), true, T, "bar/stop");
        assertThat(gate.check(exit, 0, T)).isNull();

        gate.onEquity(T + 7_200_000, 19_000, false); // flat: halted
        assertThat(gate.state()).isEqualTo(RiskState.HALTED);
        assertThat(gate.check(buy(0.1), btc.qtyUnits(0.1), T)).isEqualTo(RejectReason.RISK_HALTED);

        gate.onEquity(T + 86_400_000, 19_000, false); // next UTC day
        assertThat(gate.state()).isEqualTo(RiskState.ACTIVE);
    }

    @Test
    void openPositionCountIsCapped() {
        Instrument eth = instruments.register("binance", "ETHUSDT", 2, 3);
        market.onEvent(new MarketEvent().markPrice(eth.id(), T, eth.priceUnits(3_000.0)));
        Position ethLong = position(eth.qtyUnits(1));
        when(venue.position(eth.id())).thenReturn(ethLong);

        assertThat(gate.check(buy(0.1), btc.qtyUnits(0.1), T)).isEqualTo(RejectReason.RISK_MAX_OPEN_POSITIONS);
    }

    @Test
    void haltForErrorStopsEvenExits() {
        gate.haltForError();
        Order exit = Order.market(9, btc.id(), Side.SELL, btc.qtyUnits(0.1), true, T, "bar/stop");

        assertThat(gate.check(exit, 0, T)).isEqualTo(RejectReason.RISK_HALTED);
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
