package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.EventType;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepEventBufferTest {

    @Test
    void ordersAFewEventsByTimeKeepingInsertionOrderOnTies() {
        StepEventBuffer buffer = new StepEventBuffer(1000);
        buffer.reset(5_000, 1000);
        buffer.addTrade(0, 700, Side.BUY, 101, 1);
        buffer.addLiquidation(1, 300, Side.SELL, 99, 2);
        buffer.addTrade(1, 300, Side.SELL, 99, 2);
        buffer.addTrade(0, 10, Side.SELL, 100, 3);

        assertThat(read(buffer)).containsExactly("TRADE 0 5010", "LIQUIDATION 1 5300", "TRADE 1 5300",
                "TRADE 0 5700");
    }

    @Test
    void ordersManyEventsWithTheCountingSortTheSameWay() {
        StepEventBuffer buffer = new StepEventBuffer(1000);
        buffer.reset(0, 1000);
        for (int i = 0; i < 100; i++) {
            buffer.addTrade(i % 3, 999 - (i / 2) * 10, Side.BUY, 100 + i, 1);
        }

        List<String> out = read(buffer);

        assertThat(out).hasSize(100);
        // i = 98 and 99 share the earliest offset 999 - 49 * 10 = 509, in insertion order
        assertThat(out.subList(0, 2)).containsExactly("TRADE 2 509", "TRADE 0 509");
        assertThat(out.get(99)).isEqualTo("TRADE 1 999");
    }

    @Test
    void carriesOpenInterestAndFundingAtTheStepStart() {
        StepEventBuffer buffer = new StepEventBuffer(1000);
        buffer.reset(28_800_000, 1000);
        buffer.addMark(2, 9_500_000);
        buffer.addOpenInterest(2, 123_456);
        buffer.addFunding(2, 1_000_000);
        buffer.sort();
        MarketEvent e = new MarketEvent();

        buffer.read(1, e);
        assertThat(e.type).isEqualTo(EventType.OPEN_INTEREST);
        assertThat(e.openInterest).isEqualTo(123_456);
        buffer.read(2, e);
        assertThat(e.type).isEqualTo(EventType.FUNDING);
        assertThat(e.fundingRate).isEqualTo(1_000_000);
        assertThat(e.fundingTimeMs).isEqualTo(28_800_000);
    }

    private static List<String> read(StepEventBuffer buffer) {
        buffer.sort();
        MarketEvent e = new MarketEvent();
        List<String> out = new ArrayList<>();
        for (int k = 0; k < buffer.size(); k++) {
            buffer.read(k, e);
            out.add(e.type + " " + e.instrument + " " + e.timeMs);
        }
        return out;
    }
}
