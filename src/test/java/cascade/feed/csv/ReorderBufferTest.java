package cascade.feed.csv;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.MarketEvent;
import cascade.market.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReorderBufferTest {
    private final ReorderBuffer buffer = new ReorderBuffer(1_000);
    private final MarketEvent slot = new MarketEvent();
    private final List<Long> released = new ArrayList<>();

    private void add(long timeMs, long qty) {
        buffer.add(new MarketEvent().liquidation(0, timeMs, Side.SELL, 1, qty));
        while (buffer.pollReady(slot)) {
            released.add(slot.qty);
        }
    }

    @Test
    void holdsEventsForTheHorizonThenReleasesThemByTimeWithTiesInArrivalOrder() {
        add(5_000, 1);
        add(4_998, 2);
        add(5_000, 3);
        add(4_999, 4);
        assertThat(released).isEmpty();

        add(6_000, 5);
        assertThat(released).as("everything at or before 5000 is final").containsExactly(2L, 4L, 1L, 3L);

        assertThat(buffer.isTooLate(4_999)).isTrue();
        assertThat(buffer.isTooLate(5_000)).isFalse();
        while (buffer.pollAny(slot)) {
            released.add(slot.qty);
        }
        assertThat(released).containsExactly(2L, 4L, 1L, 3L, 5L);
    }

    @Test
    void growsPastItsInitialCapacity() {
        for (int i = 0; i < 200; i++) {
            add(10_000 - i, i);
        }
        assertThat(released).isEmpty();
        while (buffer.pollAny(slot)) {
            released.add(slot.qty);
        }
        assertThat(released).hasSize(200);
        assertThat(released.get(0)).isEqualTo(199L);
        assertThat(released.get(199)).isEqualTo(0L);
    }
}
