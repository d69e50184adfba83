package cascade.paper;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.EventType;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The live clock on a hand-driven wall clock: ticks follow the venue's time, with or without events. */
class LiveTickerTest {
    private final AtomicLong wall = new AtomicLong(5_000_000_000L);
    private final ServerClock clock = new ServerClock(wall::get);
    private final List<String> ring = new ArrayList<>();
    private final LiveTicker ticker = new LiveTicker(clock, 10_000,
            e -> ring.add(e.type == EventType.CLOCK ? "tick " + e.timeMs : e.type + " " + e.timeMs));

    private void wallMs(long ms) {
        wall.addAndGet(ms * 1_000_000L);
    }

    @Test
    void ticksComeFromTheServerClockEvenWithoutEvents() {
        clock.sync(1_000_003_000L, wall.get() - 2_000_000, wall.get() + 2_000_000);
        ticker.onTimer();
        assertThat(ring).containsExactly("tick 1000000000");
        wallMs(6_999);
        ticker.onTimer();
        assertThat(ring).hasSize(1);
        wallMs(1);
        ticker.onTimer();
        assertThat(ring).containsExactly("tick 1000000000", "tick 1000010000");
        wallMs(25_000);
        ticker.onTimer();
        assertThat(ring).containsExactly("tick 1000000000", "tick 1000010000", "tick 1000020000", "tick 1000030000");
        assertThat(clock.rate()).isEqualTo(1.0);
    }

    @Test
    void anEventPastABoundaryIsPrecededByItsTickAndALateOneIsCounted() {
        clock.sync(1_000_000_000L, wall.get(), wall.get());
        ticker.onTimer();
        ticker.publish(new MarketEvent().trade(0, 1_000_012_500L, Side.BUY, 1, 1));
        ticker.publish(new MarketEvent().trade(0, 1_000_001_000L, Side.SELL, 1, 1));
        assertThat(ring).containsExactly("tick 1000000000", "tick 1000010000", "TRADE 1000012500",
                "TRADE 1000001000");
        assertThat(ticker.lateEvents()).isEqualTo(1);
        assertThat(ticker.ticks()).isEqualTo(2);
    }

    @Test
    void againstAVenueRunningHundredTimesFasterTheClockRunsHundredTimesFaster() {
        clock.sync(1_000_000_000L, wall.get(), wall.get());
        wallMs(1_000);
        clock.sync(1_000_100_000L, wall.get(), wall.get());
        assertThat(clock.rate()).isEqualTo(100.0);
        ticker.onTimer();
        wallMs(250); // 25 s of the venue's time: two more boundaries
        ticker.onTimer();
        assertThat(ring).containsExactly("tick 1000100000", "tick 1000110000", "tick 1000120000");
    }

    @Test
    void theClockNeverGoesBackwards() {
        clock.observe(2_000L);
        assertThat(clock.nowMs()).isEqualTo(2_000L);
        clock.sync(1_000L, wall.get(), wall.get());
        assertThat(clock.nowMs()).isEqualTo(2_000L);
    }
}
