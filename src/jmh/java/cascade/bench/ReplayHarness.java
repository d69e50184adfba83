package cascade.bench;

import cascade.engine.Engine;
import cascade.model.RunObserver;
import cascade.execution.sim.SimulatedVenue;
import cascade.execution.sim.VenueConfig;
import cascade.feed.BadLinePolicy;
import cascade.feed.DataSources;
import cascade.feed.EventSource;
import cascade.market.Fixed;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.run.RunWiring;
import cascade.sim.SimConfig;
import cascade.sim.SimulatedMarket;
import cascade.strategy.StrategyLoader;
import cascade.strategy.StrategyProfile;
import com.lmax.disruptor.EventHandler;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * End-to-end replay through the real ring: events stream from a recording (--data) or the market
 * simulator (default: 21 symbols), are published at a paced rate (or as fast as possible with rate 0),
 * and the latency from publish to the end of the decision thread's work on the event is recorded in an
 * HdrHistogram, after the first {@code --warmup} events (JIT compilation). Clock ticks every 10 s of event
 * time drive the scalp/day/swing cycles.
 *
 * <pre>
 *   ./mvnw -Pbench test-compile exec:exec -Dbench.main=cascade.bench.ReplayHarness \
 *       -Dbench.args="--rate 200000 --hours 1"
 * </pre>
 */
public final class ReplayHarness {
    private static final long TICK_MS = 10_000;

    public static void main(String[] args) throws Exception {
        long rate = 0;
        int hours = 24;
        int symbols = 21;
        Path data = null;
        String strategy = "strategies/liquidation-intraday.yml";
        long warmUpEvents = 300_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rate" -> rate = Long.parseLong(args[++i]);
                case "--hours" -> hours = Integer.parseInt(args[++i]);
                case "--symbols" -> symbols = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--strategy" -> strategy = args[++i];
                case "--warmup" -> warmUpEvents = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Instruments instruments = new Instruments();
        EventSource source = data != null ? DataSources.open(data, instruments, BadLinePolicy.FAIL)
                : new SimulatedMarket(SimConfig.defaults(42).withSymbolCount(symbols).withDuration(hours * 3_600_000L),
                        instruments);
        StrategyProfile profile = StrategyLoader.load(Path.of(strategy));
        SimulatedVenue venue = new SimulatedVenue(VenueConfig.defaults(Fixed.usdMicros(100_000)), instruments);
        Histogram latency = new Histogram(60_000_000_000L, 3);
        RunWiring w = new RunWiring(profile, instruments, venue, new RunObserver() { }, 0, TICK_MS, 60_000, 100_000);
        long recordFrom = warmUpEvents;
        EventHandler<MarketEvent> timed = (event, sequence, endOfBatch) -> {
            w.handler.onEvent(event, sequence, endOfBatch);
            if (sequence >= recordFrom) {
                latency.recordValue(Math.max(0, System.nanoTime() - event.receivedNanos));
            }
        };
        Engine engine = new Engine(timed, null, w.gate::haltForError, 1 << 16);
        engine.start();
        long intervalNanos = rate > 0 ? 1_000_000_000L / rate : 0;
        MarketEvent e = new MarketEvent();
        MarketEvent tick = new MarketEvent();
        long events = 0;
        long nextTick = Long.MIN_VALUE;
        long start = System.nanoTime();
        long next = start;
        while (source.next(e)) {
            if (nextTick == Long.MIN_VALUE) {
                nextTick = Math.floorDiv(e.timeMs, TICK_MS) * TICK_MS + TICK_MS;
            }
            while (e.timeMs >= nextTick) {
                tick.clock(nextTick);
                next = pace(next, intervalNanos);
                tick.receivedNanos = System.nanoTime();
                engine.publish(tick);
                events++;
                nextTick += TICK_MS;
            }
            next = pace(next, intervalNanos);
            e.receivedNanos = System.nanoTime();
            engine.publish(e);
            events++;
        }
        engine.close();
        source.close();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("source: %s%n", source.describe());
        System.out.printf("events %,d in %.2f s = %,.0f events/s (target rate %s)%n", events, seconds, events / seconds,
                rate > 0 ? String.format("%,d/s", rate) : "unpaced");
        System.out.printf("latency over %,d events after the first %,d (JIT warm-up)%n", latency.getTotalCount(),
                warmUpEvents);
        System.out.printf("publish → decided latency (µs): p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
                latency.getValueAtPercentile(50) / 1e3, latency.getValueAtPercentile(90) / 1e3,
                latency.getValueAtPercentile(99) / 1e3, latency.getValueAtPercentile(99.9) / 1e3,
                latency.getMaxValue() / 1e3);
        System.out.printf("engine errors %d, equity %.2f USD%n", engine.errors(), Fixed.usd(venue.equityUsd()));
    }

    /** Waits until the next send time (parks when far, spins when near); returns the following one. */
    private static long pace(long next, long intervalNanos) {
        if (intervalNanos == 0) {
            return next;
        }
        long wait = next - System.nanoTime();
        if (wait > 50_000) {
            LockSupport.parkNanos(wait - 20_000);
        }
        while (System.nanoTime() < next) {
            Thread.onSpinWait();
        }
        return next + intervalNanos;
    }
}
