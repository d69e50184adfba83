package cascade.sim;

import cascade.market.Instruments;
import cascade.market.MarketEvent;

/** Simulated 4 h bars of the BTC-like symbol alone, at the low event detail long calibration runs use. */
final class CalibrationBars {
    static final long FOUR_HOURS_MS = 4 * SimConfig.HOUR_MS;

    private CalibrationBars() {
    }

    /** BTCUSDT only; one trade in 200 kept (volume preserved), mark price and OI once a minute. */
    static SimConfig btc(long seed, int days) {
        return SimConfig.defaults(seed).withSymbolCount(1).withDuration(days * SimConfig.DAY_MS)
                .withEventDetail(0.005, 60_000, 60_000);
    }

    /** Runs the market and returns its bars; every event also goes to {@code also}. */
    static BarSeries simulate(SimConfig config, EventSink also) throws Exception {
        return simulate(config, new Instruments(), also);
    }

    /** As above, registering the symbol in {@code instruments} (so {@code also} can look it up). */
    static BarSeries simulate(SimConfig config, Instruments instruments, EventSink also) throws Exception {
        SimulatedMarket market = new SimulatedMarket(config, instruments);
        BarSeries bars = BarSeries.of(instruments, market.instruments().get(0).id());
        BarAggregator aggregator = new BarAggregator(instruments, FOUR_HOURS_MS, bars);
        MarketEvent e = new MarketEvent();
        while (market.next(e)) {
            aggregator.accept(e);
            also.accept(e);
        }
        aggregator.finish(config.endMs());
        return bars;
    }
}
