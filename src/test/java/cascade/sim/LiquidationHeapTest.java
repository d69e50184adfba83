package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiquidationHeapTest {

    @Test
    void pollsSlotsInKeyOrderWithNegativeKeysForLongs() {
        LiquidationHeap heap = new LiquidationHeap(4);
        // long liquidation prices 90_400, 99_500, 95_000 are keyed negated: the highest comes out first
        heap.add(7, -90_400);
        heap.add(3, -99_500);
        heap.add(5, -95_000);

        assertThat(drain(heap)).containsExactly("3@-99500", "5@-95000", "7@-90400");
    }

    @Test
    void equalKeysComeOutInSlotOrderAndTheHeapGrowsPastItsInitialCapacity() {
        LiquidationHeap heap = new LiquidationHeap(1);
        for (int slot = 40; slot >= 0; slot--) {
            heap.add(slot, 1000 + slot % 2);
        }

        List<String> out = drain(heap);

        assertThat(out).hasSize(41);
        assertThat(out.subList(0, 3)).containsExactly("0@1000", "2@1000", "4@1000");
        assertThat(out.get(21)).isEqualTo("1@1001");
    }

    @Test
    void retainDropsStaleEntriesAndKeepsTheOrder() {
        LiquidationHeap heap = new LiquidationHeap(8);
        for (int slot = 0; slot < 6; slot++) {
            heap.add(slot, 100 - slot * 10L);
        }

        heap.retain((slot, key) -> slot % 2 == 0);

        assertThat(heap.size()).isEqualTo(3);
        assertThat(drain(heap)).containsExactly("4@60", "2@80", "0@100");
    }

    @Test
    void rejectsKeysBeyondThePackingRange() {
        LiquidationHeap heap = new LiquidationHeap(2);

        assertThatThrownBy(() -> heap.add(1, 1L << 40)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("out of packing range");
    }

    private static List<String> drain(LiquidationHeap heap) {
        List<String> out = new ArrayList<>();
        while (!heap.isEmpty()) {
            out.add(heap.topSlot() + "@" + heap.topKey());
            heap.poll();
        }
        return out;
    }
}
