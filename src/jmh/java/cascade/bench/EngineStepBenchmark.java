package cascade.bench;

import cascade.model.RunObserver;
import cascade.execution.sim.SimulatedVenue;
import cascade.execution.sim.VenueConfig;
import cascade.market.Fixed;
import cascade.market.MarketEvent;
import cascade.run.RunWiring;
import cascade.strategy.StrategyLoader;
import cascade.strategy.StrategyProfile;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost per event of the decision thread (venue matching, market state, cards and the scalp/day/swing
 * cycles of the intraday profile) for 21 symbols, without the ring. The tape repeats with its times
 * shifted forward, so event time keeps increasing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineStepBenchmark {
    private static final int BATCH = 10_000;
    private SyntheticTape tape;
    private RunWiring wiring;
    private final MarketEvent scratch = new MarketEvent();
    private int cursor;
    private long shift;

    @Setup(Level.Trial)
    public void tape() {
        tape = new SyntheticTape(21, 600_000, 42);
    }

    @Setup(Level.Iteration)
    public void wire() {
        StrategyProfile profile = StrategyLoader.load(Path.of("strategies/liquidation-intraday.yml"));
        SimulatedVenue venue = new SimulatedVenue(VenueConfig.defaults(Fixed.usdMicros(100_000)), tape.instruments);
        wiring = new RunWiring(profile, tape.instruments, venue, new RunObserver() { }, 0, 10_000, 60_000, 100_000);
        cursor = 0;
        shift = 0;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long tenThousandEvents() {
        for (int i = 0; i < BATCH; i++) {
            if (cursor == tape.events.length) {
                cursor = 0;
                shift += tape.durationMs;
            }
            scratch.copyFrom(tape.events[cursor++]);
            scratch.timeMs += shift;
            wiring.handler.onEvent(scratch, 0, false);
        }
        return wiring.handler.events();
    }
}
