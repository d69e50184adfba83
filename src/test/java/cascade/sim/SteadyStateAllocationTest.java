package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The simulator hands out events without allocating once warm: after 30 simulated minutes of 21 symbols,
 * the next 30 minutes (about 680 000 events) may allocate at most 64 KiB on this thread (room for one buffer
 * to grow; measured: 216 bytes), i.e. well under one
 * byte per event; a single boxed value or temporary object per event would cost over 6 MiB.
 */
class SteadyStateAllocationTest {

    @Test
    void handsOutEventsWithoutAllocatingOnceWarm() throws Exception {
        com.sun.management.ThreadMXBean threads = allocationCounter();
        SimConfig config = SimConfig.defaults(77).withDuration(SimConfig.HOUR_MS);
        SimulatedMarket market = new SimulatedMarket(config, new Instruments());
        MarketEvent e = new MarketEvent();
        long halfway = config.startMs() + config.durationMs() / 2;
        while (market.next(e) && e.timeMs < halfway) {
            // warm-up: arrays reach their working size, code gets compiled
        }

        long before = threads.getCurrentThreadAllocatedBytes();
        long events = 0;
        while (market.next(e)) {
            events++;
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(events).isGreaterThan(300_000);
        assertThat(allocated).as("bytes allocated over %d events", events).isLessThan(64 * 1024);
    }

    private static com.sun.management.ThreadMXBean allocationCounter() {
        boolean supported = ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled();
        assumeTrue(supported, "this JVM does not count allocated bytes per thread");
        return (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    }
}
