package cascade.report;

import cascade.model.Trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small hand-checkable run: four samples one third of a 365-day year apart, strategy equity
 * [100, 110, 99, 121], buy-and-hold [100, 90, 108, 99], periodsPerYear 9 (so sqrt = 3), four trades.
 */
final class SampleRun {
    /** 2024-01-01 00:00:00 UTC. */
    static final long T0 = 1_704_067_200_000L;
    /** A 365-day year in ms, split in three equal periods. */
    static final long YEAR_MS = 365L * 24 * 60 * 60 * 1000;
    static final long PERIOD_MS = YEAR_MS / 3;

    private SampleRun() {
    }

    static Series series(String name, double... values) {
        Series series = new Series(name);
        for (int i = 0; i < values.length; i++) {
            series.add(T0 + i * PERIOD_MS, values[i]);
        }
        return series;
    }

    /**
     * Net PnL +30, −10, +20, −20 on entry notionals 200, 50, 100, 100 (returns +0.15, −0.2, +0.2, −0.2).
     */
    static List<Trade> fourTrades() {
        return List.of(
                trade(1, 100, 2, 116, 32, 2, 0, 30, "capitulation <X>"),
                trade(-1, 50, 1, 58, -8, 1, -1, -10, "pressure"),
                trade(1, 200, 0.5, 242, 21, 1, 0, 20, "flip"),
                trade(-1, 100, 1, 119, -19, 1, 0, -20, "pressure"));
    }

    static Trade trade(int direction, double entry, double qty, double exit, double gross, double fees,
            double funding, double net, String entryReason) {
        return new Trade("BTCUSDT", "swing", direction, T0 + PERIOD_MS, entry, T0 + 2 * PERIOD_MS, exit, qty, gross,
                fees, funding, net, entryReason, "stop");
    }

    static BacktestResult result() {
        return result(fourTrades());
    }

    static BacktestResult result(List<Trade> trades) {
        Series imbalance = series("imbalance", 0.5, Double.NaN, 0.85, 0.15);
        return new BacktestResult("run-7", "btc-4h", "contrarian <X>", "bars BTCUSDT 4h", "BTCUSDT", T0,
                T0 + YEAR_MS, 100, series("equity", 100, 110, 99, 121), series("buy & hold", 100, 90, 108, 99),
                series("price", 100, 90, 108, 99), imbalance, new ArrayList<>(trades), 5, -1, 9, 0.375,
                List.of("funding unknown before 2025-03-08", "skipped 2 bad lines"),
                Map.of("risk.denied.max_position", 3L, "funding.settlements", 12L));
    }
}
