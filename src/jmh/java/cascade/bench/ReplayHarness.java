package cascade.bench;

import cascade.engine.RunObserver;
import cascade.execution.sim.SimulatedVenue;
import cascade.execution.sim.VenueConfig;
import cascade.feed.BadLinePolicy;
import cascade.feed.DataSources;
import cascade.feed.EventSource;
import cascade.market.Fixed;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.run.RunWiring;
import cascade.strategy.StrategyLoader;
import cascade.strategy.StrategyProfile;
import com.lmax.disruptor.EventHandler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * End-to-end replay through the real ring: events are published at a paced rate (or as fast as possible
 * with rate 0) and the latency from publish to the end of the decision thread's work is recorded in an
 * HdrHistogram. Source: a recording/CSV given with --data, else the synthetic tape (21 symbols).
 *
 * <pre>
 *   ./mvnw -Pbench test-compile exec:exec -Dbench.main=cascade.bench.ReplayHarness \
 *       -Dbench.args="--rate 200000 --minutes 30"
 * </pre>
 */
public final class ReplayHarness {

    public static void main(String[] args) throws Exception {
        long rate = 0;
        int minutes = 10;
        Path data = null;
        String strategy = "strategies/liquidation-intraday.yml";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rate" -> rate = Long.parseLong(args[++i]);
                case "--minutes" -> minutes = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--strategy" -> strategy = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Instruments instruments;
        MarketEvent[] events;
        if (data == null) {
            SyntheticTape tape = new SyntheticTape(21, minutes * 60_000L, 42);
            instruments = tape.instruments;
            events = tape.events;
        } else {
            instruments = new Instruments();
            events = load(data, instruments);
        }
        StrategyProfile profile = StrategyLoader.load(Path.of(strategy));
        SimulatedVenue venue = new SimulatedVenue(VenueConfig.defaults(Fixed.usdMicros(100_000)), instruments);
        Histogram latency = new Histogram(60_000_000_000L, 3);
        TimedWiring timed = new TimedWiring(profile, instruments, venue, latency);
        timed.engine().start();
        long intervalNanos = rate > 0 ? 1_000_000_000L / rate : 0;
        MarketEvent scratch = new MarketEvent();
        long start = System.nanoTime();
        long next = start;
        for (MarketEvent e : events) {
            if (intervalNanos > 0) {
                next += intervalNanos;
                long wait = next - System.nanoTime();
                if (wait > 20_000) {
                    LockSupport.parkNanos(wait);
                }
                while (System.nanoTime() < next) {
                    Thread.onSpinWait();
                }
            }
            scratch.copyFrom(e);
            scratch.receivedNanos = System.nanoTime();
            timed.engine().publish(scratch);
        }
        timed.engine().close();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("events %,d in %.2f s = %,.0f events/s (target rate %s)%n", events.length, seconds,
                events.length / seconds, rate > 0 ? String.format("%,d/s", rate) : "unpaced");
        System.out.printf("publish → decided latency (µs): p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
                latency.getValueAtPercentile(50) / 1e3, latency.getValueAtPercentile(90) / 1e3,
                latency.getValueAtPercentile(99) / 1e3, latency.getValueAtPercentile(99.9) / 1e3,
                latency.getMaxValue() / 1e3);
        System.out.printf("engine errors: %d, fills: venue balance %.2f USD%n", timed.engine().errors(),
                Fixed.usd(venue.balanceUsd()));
    }

    private static MarketEvent[] load(Path data, Instruments instruments) throws Exception {
        List<MarketEvent> out = new ArrayList<>();
        try (EventSource source = DataSources.open(data, instruments, BadLinePolicy.FAIL)) {
            MarketEvent e = new MarketEvent();
            long nextTick = Long.MIN_VALUE;
            while (source.next(e)) {
                if (nextTick == Long.MIN_VALUE) {
                    nextTick = e.timeMs - e.timeMs % 10_000 + 10_000;
                }
                while (e.timeMs >= nextTick) {
                    out.add(new MarketEvent().clock(nextTick));
                    nextTick += 10_000;
                }
                out.add(new MarketEvent().copyFrom(e));
            }
        }
        return out.toArray(new MarketEvent[0]);
    }

    /** The run wiring with the decision handler wrapped to record latency after each event. */
    private static final class TimedWiring {
        private final cascade.engine.Engine engine;

        TimedWiring(StrategyProfile profile, Instruments instruments, SimulatedVenue venue, Histogram latency) {
            RunWiring w = new RunWiring(profile, instruments, venue, new RunObserver() { }, 0, 10_000, 60_000,
                    100_000);
            EventHandler<MarketEvent> timedHandler = (event, sequence, endOfBatch) -> {
                w.handler.onEvent(event, sequence, endOfBatch);
                latency.recordValue(Math.max(0, System.nanoTime() - event.receivedNanos));
            };
            engine = new cascade.engine.Engine(timedHandler, null, w.gate::haltForError, 1 << 16);
        }

        cascade.engine.Engine engine() {
            return engine;
        }
    }
}
