package cascade.report;

import cascade.model.Trade;

import java.util.List;
import java.util.Map;

/**
 * Everything a report needs about one finished run. Equity and buy-and-hold are sampled at the same
 * times (each decision cycle of the primary instrument), so metrics compare like with like.
 *
 * @param equity account equity in USD over time
 * @param buyAndHold equity of putting the initial equity into the primary instrument at the first price
 * @param price primary instrument close/mark price
 * @param imbalance liquidation-imbalance ratio (long liquidated / total) of the primary instrument, NaN = none
 * @param periodsPerYear sampling frequency of {@code equity} for annualising Sharpe/Sortino
 * @param notes honest remarks the report prints (missing funding, skipped lines, risk denials …)
 * @param counters named counts (risk denials by reason, skipped lines, funding settlements …)
 * @param settings the strategy file, balance and venue costs used, or null when not known
 * @param tradedPrices price series of each traded symbol, by symbol (for a chart per symbol); may be empty
 */
public record BacktestResult(String runId, String specName, String strategyName, String dataDescription,
        String primarySymbol, long fromMs, long toMs, double initialEquityUsd, Series equity, Series buyAndHold,
        Series price, Series imbalance, List<Trade> trades, double feesUsd, double fundingUsd, double periodsPerYear,
        double timeInMarketFraction, List<String> notes, Map<String, Long> counters, RunSettings settings,
        Map<String, Series> tradedPrices) {

    /** A result without recorded settings. */
    public BacktestResult(String runId, String specName, String strategyName, String dataDescription,
            String primarySymbol, long fromMs, long toMs, double initialEquityUsd, Series equity, Series buyAndHold,
            Series price, Series imbalance, List<Trade> trades, double feesUsd, double fundingUsd,
            double periodsPerYear, double timeInMarketFraction, List<String> notes, Map<String, Long> counters) {
        this(runId, specName, strategyName, dataDescription, primarySymbol, fromMs, toMs, initialEquityUsd, equity,
                buyAndHold, price, imbalance, trades, feesUsd, fundingUsd, periodsPerYear, timeInMarketFraction,
                notes, counters, null, Map.of());
    }

    /** The same result with one more note first (e.g. how the command chose the strategy). */
    public BacktestResult withNoteFirst(String note) {
        List<String> more = new java.util.ArrayList<>();
        more.add(note);
        more.addAll(notes);
        return new BacktestResult(runId, specName, strategyName, dataDescription, primarySymbol, fromMs, toMs,
                initialEquityUsd, equity, buyAndHold, price, imbalance, trades, feesUsd, fundingUsd, periodsPerYear,
                timeInMarketFraction, List.copyOf(more), counters, settings, tradedPrices);
    }
}
