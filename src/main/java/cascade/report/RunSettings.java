package cascade.report;

/**
 * The settings a run used, for the summary, the report and the store: where the strategy came from, the
 * money it started with and the simulated venue's costs.
 *
 * @param strategyFile the strategy profile's path as given
 * @param fromMs first event time traded (Long.MIN_VALUE = from the start of the data)
 * @param toMs end, exclusive (Long.MAX_VALUE = to the end of the data)
 * @param makerFee maker fee as a fraction of notional (0.0002 = 0.02 %)
 * @param takerFee taker fee as a fraction of notional
 * @param latency order latency as configured ("0s", "250ms")
 * @param leverage the profile's leverage per position
 * @param fundingInterval funding interval as configured ("8h")
 */
public record RunSettings(String strategyFile, long fromMs, long toMs, double initialBalanceUsd, double makerFee,
        double takerFee, double slippageBps, String latency, int leverage, String maintenanceMargin,
        String fundingInterval) {

    /** "maker 0.020 %, taker 0.050 %, slippage 2 bps, latency 0s, maintenance margin 0.40 %, funding every 8h". */
    public String costs() {
        return "maker " + pct3(makerFee) + ", taker " + pct3(takerFee) + ", slippage "
                + ReportFormat.plain(slippageBps) + " bps, latency " + latency + ", maintenance margin "
                + maintenanceMargin + ", funding every " + fundingInterval;
    }

    /** The period as asked for, with open ends spelled out. */
    public String requestedPeriod() {
        return (fromMs == Long.MIN_VALUE ? "start of data" : ReportFormat.utc(fromMs)) + " to "
                + (toMs == Long.MAX_VALUE ? "end of data" : ReportFormat.utc(toMs));
    }

    private static String pct3(double fraction) {
        return String.format(java.util.Locale.ROOT, "%.3f%%", fraction * 100 + 0.0);
    }
}
