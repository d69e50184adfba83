package cascade.execution;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import cascade.model.RunObserver;
import cascade.risk.RiskState;
import cascade.run.RunWiring;
import cascade.strategy.StrategyLoader;
import org.junit.jupiter.api.Test;

/**
 * The daily loss limit watches the whole account on every fill and mark: a loss on a symbol that is not the
 * first one, between decision cycles, switches the engine to REDUCING at once.
 */
class AccountRiskTest {
    private static final long T0 = 1_735_689_600_000L;

    @Test
    void aLossOnTheSecondSymbolBetweenCyclesTripsTheDailyLimitOnItsMarks() {
        Instruments instruments = new Instruments();
        Instrument btc = instruments.register("binance", "BTCUSDT", 2, 3);
        Instrument eth = instruments.register("binance", "ETHUSDT", 2, 3);
        ScriptedVenue venue = new ScriptedVenue();
        RunWiring w = new RunWiring(StrategyLoader.parse("risk.yml", """
                name: risk
                modes:
                  - name: day
                    cycle: 60s
                    windows: [5m]
                    cards:
                      capitulation: {weight: 1}
                    exit: {stop: 0.05, target: 0.10, maxHold: 4h}
                risk: {leverage: 5, maxLeverage: 5, dailyLossLimit: 0.05}
                """), instruments, venue, new RunObserver() { }, 0, 10_000, 60_000, 10_000);
        long seq = 0;
        MarketEvent e = new MarketEvent();
        w.handler.onEvent(e.markPrice(btc.id(), T0, btc.priceUnits(100_000.0)), seq++, true);
        w.handler.onEvent(e.markPrice(eth.id(), T0, eth.priceUnits(3_000.0)), seq++, true);
        // a long of 5 ETH (15 000 USD) that the book knows from a fill (an order of ours, id 1)
        long id = w.router.nextOrderId();
        w.router.submit(cascade.model.Order.market(id, eth.id(), Side.BUY, eth.qtyUnits(5), false, T0,
                cascade.model.Purpose.ENTRY), eth.qtyUnits(5), 0, 0, T0);
        w.handler.onEvent(e.venueFill(eth.id(), T0 + 10, id, 1, Side.BUY, eth.priceUnits(3_000.0), eth.qtyUnits(5), 0,
                false, false), seq++, true);
        assertThat(w.gate.state()).isEqualTo(RiskState.ACTIVE);

        // ETH marks down: −400 USD on 10 000 is −4 %, still active; then −900 USD, −9 %, with no decision cycle
        w.handler.onEvent(e.markPrice(eth.id(), T0 + 1_000, eth.priceUnits(2_920.0)), seq++, true);
        assertThat(w.gate.state()).isEqualTo(RiskState.ACTIVE);
        w.handler.onEvent(e.markPrice(eth.id(), T0 + 2_000, eth.priceUnits(2_820.0)), seq++, true);

        assertThat(w.portfolio.equityUsd()).isEqualTo(cascade.market.Fixed.usdMicros(10_000 - 900));
        assertThat(w.gate.state()).isEqualTo(RiskState.REDUCING);
        assertThat(venue.requests).containsExactly("submit 1 MARKET BUY 5000 entry");
    }
}
