package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.MarketEvent;
import cascade.market.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiquidationSnapshotFilterTest {
    private final List<String> out = new ArrayList<>();
    private final LiquidationSnapshotFilter filter =
            new LiquidationSnapshotFilter(1000, e -> out.add(e.type + "@" + e.timeMs + " px " + e.price));
    private final MarketEvent e = new MarketEvent();

    @Test
    void keepsOnlyTheLatestLiquidationOfEachSecondStampedAtTheSecondsEnd() {
        filter.accept(e.liquidation(0, 100, Side.SELL, 101, 1));
        filter.accept(e.liquidation(0, 400, Side.SELL, 102, 1));
        filter.accept(e.liquidation(0, 900, Side.BUY, 103, 1));
        filter.accept(e.trade(0, 950, Side.BUY, 104, 1));
        filter.accept(e.liquidation(1, 960, Side.SELL, 7, 1));
        filter.accept(e.liquidation(0, 1200, Side.SELL, 105, 1));
        filter.accept(e.markPrice(0, 2500, 106));
        filter.flush();

        assertThat(out).containsExactly("TRADE@950 px 104", "LIQUIDATION@999 px 103", "LIQUIDATION@1999 px 105",
                "MARK_PRICE@2500 px 106", "LIQUIDATION@999 px 7");
    }
}
