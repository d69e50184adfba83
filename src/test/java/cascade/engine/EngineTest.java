package cascade.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.MarketEvent;
import com.lmax.disruptor.EventHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class EngineTest {

    /** Collects event times; only touched by the ring thread until close() returns. */
    private static final class Tape implements EventHandler<MarketEvent> {
        final List<Long> times = new ArrayList<>();

        @Override
        public void onEvent(MarketEvent e, long sequence, boolean endOfBatch) {
            times.add(e.timeMs);
        }
    }

    @RepeatedTest(20)
    void closeReturnsOnlyAfterEveryPublishedEventWasHandledEvenForAShortRun() {
        Tape tape = new Tape();
        Tape journal = new Tape();
        Engine engine = new Engine(tape, journal, () -> { }, 1024);
        engine.start();
        MarketEvent e = new MarketEvent();
        for (long t = 1; t <= 100; t++) {
            engine.publish(e.clock(t));
        }
        engine.close();

        assertThat(tape.times).hasSize(100).startsWith(1L, 2L).endsWith(100L);
        assertThat(journal.times).hasSize(100);
    }

    @Test
    void anExceptionInAStageHaltsNewEntriesAndTheStageKeepsGoing() {
        AtomicInteger halts = new AtomicInteger();
        Tape after = new Tape();
        EventHandler<MarketEvent> failing = (e, seq, end) -> {
            if (e.timeMs == 2) {
                throw new IllegalStateException("bug on purpose");
            }
            after.times.add(e.timeMs);
        };
        Engine engine = new Engine(failing, null, halts::incrementAndGet, 64);
        engine.start();
        MarketEvent e = new MarketEvent();
        for (long t = 1; t <= 4; t++) {
            engine.publish(e.clock(t));
        }
        engine.close();

        assertThat(after.times).containsExactly(1L, 3L, 4L);
        assertThat(halts.get()).isEqualTo(1);
        assertThat(engine.errors()).isEqualTo(1);
        assertThat(engine.firstError()).hasMessage("bug on purpose");
    }
}
