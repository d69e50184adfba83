package cascade.feed;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.MarketEvent;
import cascade.market.Side;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergedSourceTest {

    private static MarketEvent at(long timeMs, long tag) {
        return new MarketEvent().trade(0, timeMs, Side.BUY, 1, tag);
    }

    @Test
    void mergesByTimeAndBreaksTiesBySourceOrder() throws IOException {
        EventSource a = EventTape.of("a", 1, at(10, 1), at(20, 2), at(20, 3), at(50, 4));
        EventSource b = EventTape.of("b", 0);
        EventSource c = EventTape.of("c", 2, at(5, 5), at(20, 6), at(60, 7));
        EventSource d = EventTape.of("d", 0, at(20, 8));
        try (MergedSource merged = new MergedSource(List.of(a, b, c, d))) {
            List<MarketEvent> events = EventTape.drain(merged);

            assertThat(events).extracting(e -> e.qty).containsExactly(5L, 1L, 2L, 3L, 6L, 8L, 4L, 7L);
            assertThat(merged.skippedLines()).isEqualTo(3);
            assertThat(merged.next(new MarketEvent())).isFalse();
        }
        assertThat(a.describe()).isEqualTo("a (closed)");
        assertThat(d.describe()).isEqualTo("d (closed)");
    }

    @Test
    void aMergeOfNothingIsEmpty() throws IOException {
        try (MergedSource merged = new MergedSource(List.of(EventTape.of("empty", 0)))) {
            assertThat(merged.next(new MarketEvent())).isFalse();
            assertThat(merged.describe()).isEqualTo("merged [empty]");
        }
    }
}
