package cascade.run;

import cascade.config.Span;
import cascade.execution.sim.ImpactModel;
import cascade.execution.sim.MaintenanceTiers;
import cascade.execution.sim.VenueConfig;
import cascade.sim.SimConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * A backtest as specified in {@code backtests/*.yml}: which data, which strategy, which period, the
 * simulated venue's costs and where results go. Paths are resolved against the spec file's folder.
 *
 * @param fromMs first event time included (Long.MIN_VALUE = from the start of the data)
 * @param toMs first event time excluded (Long.MAX_VALUE = to the end)
 * @param clockStep clock tick spacing for event-level data (cards are evaluated at each tick)
 * @param sampleStep equity sampling step for event-level data
 * @param simulation when set, the market simulator generates the data (deterministic from its seed)
 *     instead of {@code data}
 */
public record BacktestSpec(String name, String description, List<Path> data, Path strategy, long fromMs, long toMs,
        double initialBalanceUsd, VenueCosts venue, Span clockStep, Span sampleStep, Path outDir, String sourceText,
        SimConfig simulation) {

    /** A spec reading recorded data (no simulation). */
    public BacktestSpec(String name, String description, List<Path> data, Path strategy, long fromMs, long toMs,
            double initialBalanceUsd, VenueCosts venue, Span clockStep, Span sampleStep, Path outDir,
            String sourceText) {
        this(name, description, data, strategy, fromMs, toMs, initialBalanceUsd, venue, clockStep, sampleStep, outDir,
                sourceText, null);
    }

    /** A copy reading other data (recorded files replace a simulation). */
    public BacktestSpec withData(List<Path> files) {
        return new BacktestSpec(name, description, files, strategy, fromMs, toMs, initialBalanceUsd, venue, clockStep,
                sampleStep, outDir, sourceText, null);
    }

    /** A copy with another strategy profile. */
    public BacktestSpec withStrategy(Path profile) {
        return new BacktestSpec(name, description, data, profile, fromMs, toMs, initialBalanceUsd, venue, clockStep,
                sampleStep, outDir, sourceText, simulation);
    }

    /** A spec with default costs for ad-hoc runs from the command line (e.g. {@code cascade signals}). */
    public static BacktestSpec adHoc(String name, List<Path> data, Path strategy, long fromMs, long toMs) {
        return new BacktestSpec(name, "", data, strategy, fromMs, toMs, 10_000, VenueCosts.DEFAULT,
                Span.parse("10s"), Span.parse("60s"), Path.of("runs"), "name: " + name + "\n");
    }

    /**
     * The simulated venue's cost model as configured.
     *
     * @param maintenance maintenance-margin brackets: {@code maintenanceMargin: 0.004} is one flat rate;
     *     {@code binance-btcusdt} or no key the Binance BTCUSDT brackets
     * @param impactBps market impact coefficient ({@link cascade.execution.sim.ImpactModel}), 0 = off
     * @param impactModel how impact grows with the order's share of recent volume
     * @param liquidationFee clearance fee of our own liquidation, fraction of the notional closed
     * @param limitFillShare share of each print through a resting limit that the limit may take (event data)
     */
    public record VenueCosts(double makerFee, double takerFee, double slippageBps, Span latency,
            MaintenanceTiers maintenance, Span fundingInterval, double impactBps, ImpactModel.Shape impactModel,
            double liquidationFee, double limitFillShare) {
        /**
         * Binance USDⓈ-M: maker 0.02 %, taker 0.05 %; 2 bps slippage, no impact, no latency, the BTCUSDT
         * maintenance brackets, 1.25 % liquidation clearance fee, 8 h funding, limits take whole prints.
         */
        public static final VenueCosts DEFAULT = new VenueCosts(0.0002, 0.0005, 2, Span.parse("0s"),
                MaintenanceTiers.BINANCE_BTCUSDT, Span.parse("8h"), 0, ImpactModel.Shape.SQRT,
                VenueConfig.BINANCE_LIQUIDATION_FEE, 1.0);

        /** The maintenance setting as the spec writes it: a flat rate ("0.004") or "binance-btcusdt". */
        public String maintenanceKey() {
            if (maintenance.equals(MaintenanceTiers.BINANCE_BTCUSDT)) {
                return "binance-btcusdt";
            }
            return java.math.BigDecimal.valueOf(maintenance.firstRate()).stripTrailingZeros().toPlainString();
        }

        /** The maintenance setting for a reader: "0.40%" for a flat rate, else the bracket table's name. */
        public String maintenanceLabel() {
            if (maintenance.size() == 1) {
                return cascade.report.ReportFormat.percent(maintenance.firstRate());
            }
            return maintenance.equals(MaintenanceTiers.BINANCE_BTCUSDT) ? "Binance BTCUSDT brackets"
                    : maintenance.size() + " brackets";
        }
    }
}
