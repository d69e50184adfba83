package cascade.sim;

import cascade.market.EventType;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.util.Locale;

/**
 * Throughput harness (not a test): simulates the default 21 symbols for 24 h and prints the event count,
 * wall time and events per second. Run after {@code mvn -o -q test-compile}:
 * {@code java -cp target/classes:target/test-classes cascade.sim.SimulatorThroughput [symbols] [hours] [seed] [runs]}.
 * The first run includes JIT warm-up; the best of the later runs is the figure to quote.
 */
public final class SimulatorThroughput {
    private SimulatorThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int symbols = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int hours = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        SimConfig config = SimConfig.defaults(seed).withSymbolCount(symbols).withDuration(hours * SimConfig.HOUR_MS);
        for (int run = 1; run <= runs; run++) {
            long[] byType = new long[EventType.values().length + 1];
            long checksum = 0;
            long t0 = System.nanoTime();
            SimulatedMarket market = new SimulatedMarket(config, new Instruments());
            MarketEvent e = new MarketEvent();
            long events = 0;
            while (market.next(e)) {
                events++;
                byType[e.type.code]++;
                checksum += e.price ^ e.timeMs;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "run %d: %d symbols x %d h: %,d events in %.2f s = %,.0f events/s "
                    + "(trades %,d, liquidations %,d, marks %,d, OI %,d, funding %,d) checksum %x%n", run, symbols,
                    hours, events, seconds, events / seconds, byType[EventType.TRADE.code],
                    byType[EventType.LIQUIDATION.code], byType[EventType.MARK_PRICE.code],
                    byType[EventType.OPEN_INTEREST.code], byType[EventType.FUNDING.code], checksum);
        }
    }
}
