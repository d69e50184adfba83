package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.EventType;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import org.junit.jupiter.api.Test;

class SimulatedMarketTest {
    private static final long START = SimConfig.DEFAULT_START_MS;

    @Test
    void registersEverySymbolOnTheSimVenueAfterInstrumentsAlreadyThere() {
        Instruments registry = new Instruments();
        registry.register("binance", "BTCUSDT", 1, 3);

        SimulatedMarket market = new SimulatedMarket(SimConfig.defaults(1), registry);

        assertThat(registry.size()).isEqualTo(22);
        Instrument btc = market.instruments().get(0);
        assertThat(btc).isEqualTo(new Instrument(1, "sim", "BTCUSDT", 2, 6));
        assertThat(registry.find("sim", "1000PEPEUSDT").id()).isEqualTo(21);
        assertThat(market.truth().instruments()).startsWith(1, 2, 3).hasSize(21);
        assertThat(market.describe()).isEqualTo(
                "simulator: 21 symbols (BTCUSDT … 1000PEPEUSDT), 2025-01-01T00:00:00Z + 1440 min, seed 1");
    }

    @Test
    void eventsOfAllSymbolsComeInNonDecreasingTimeWithinTheRun() throws Exception {
        SimConfig config = SimConfig.defaults(3).withDuration(20 * 60_000L);
        SimulatedMarket market = new SimulatedMarket(config, new Instruments());
        MarketEvent e = new MarketEvent();
        long previous = Long.MIN_VALUE;
        long events = 0;
        long backwards = 0;
        long first = -1;
        while (market.next(e)) {
            if (first < 0) {
                first = e.timeMs;
            }
            backwards += e.timeMs < previous ? 1 : 0;
            previous = e.timeMs;
            events++;
        }

        assertThat(events).isGreaterThan(200_000);
        assertThat(backwards).isZero();
        assertThat(first).isEqualTo(START);
        assertThat(previous).isLessThan(config.endMs());
        assertThat(market.next(e)).isFalse();
    }

    @Test
    void markPriceEverySecondOpenInterestEveryFiveSecondsFundingEveryEightHours() throws Exception {
        SimConfig config = SimConfig.defaults(5).withSymbolCount(2).withDuration(9 * SimConfig.HOUR_MS)
                .withEventDetail(0.01, 1000, 5000);
        SimulatedMarket market = new SimulatedMarket(config, new Instruments());
        MarketEvent e = new MarketEvent();
        long[] counts = new long[EventType.values().length + 1];
        long offSchedule = 0;
        StringBuilder funding = new StringBuilder();
        while (market.next(e)) {
            counts[e.type.code]++;
            if (e.type == EventType.MARK_PRICE) {
                offSchedule += e.timeMs % 1000 == 0 ? 0 : 1;
            } else if (e.type == EventType.OPEN_INTEREST) {
                offSchedule += e.timeMs % 5000 == 0 ? 0 : 1;
            } else if (e.type == EventType.FUNDING) {
                funding.append((e.timeMs - START) / SimConfig.HOUR_MS).append("h:").append(e.instrument).append(' ');
                offSchedule += e.fundingTimeMs == e.timeMs ? 0 : 1;
            }
        }

        assertThat(counts[EventType.MARK_PRICE.code]).isEqualTo(2 * 9 * 3600);
        assertThat(counts[EventType.OPEN_INTEREST.code]).isEqualTo(2 * 9 * 720);
        assertThat(funding.toString()).isEqualTo("0h:0 0h:1 8h:0 8h:1 ");
        assertThat(offSchedule).isZero();
        assertThat(counts[EventType.TRADE.code]).isGreaterThan(0);
    }

    @Test
    void theSameSeedGivesTheSameEventsAndAnotherSeedDifferentOnes() throws Exception {
        SimConfig config = SimConfig.defaults(11).withDuration(30 * 60_000L);

        long first = hashOfRun(config);
        long again = hashOfRun(config);
        long otherSeed = hashOfRun(config.withSeed(12));

        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    /** FNV-1a over every field of every event. */
    static long hashOfRun(SimConfig config) throws Exception {
        SimulatedMarket market = new SimulatedMarket(config, new Instruments());
        MarketEvent e = new MarketEvent();
        long h = 0xcbf29ce484222325L;
        while (market.next(e)) {
            for (long v : new long[] {e.type.code, e.instrument, e.timeMs, e.price, e.qty,
                    e.side == null ? 0 : e.side.sign, e.openInterest, e.fundingRate, e.fundingTimeMs}) {
                h = (h ^ v) * 0x100000001b3L;
            }
        }
        return h;
    }
}
