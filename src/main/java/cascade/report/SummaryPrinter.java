package cascade.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plain-text summary of a run for the terminal and summary.txt: header facts, an aligned table
 * "metric | strategy | buy &amp; hold", then the run's notes and counters. Deterministic text, '\n' line ends.
 */
public final class SummaryPrinter {
    private SummaryPrinter() {
    }

    public static void print(BacktestResult result, Metrics metrics, PrintStream out) {
        out.print(render(result, metrics));
        out.flush();
    }

    public static String render(BacktestResult result, Metrics metrics) {
        StringBuilder text = new StringBuilder("Cascade backtest\n");
        List<RunFacts.Fact> facts = RunFacts.of(result);
        int labelWidth = facts.stream().mapToInt(f -> f.label().length()).max().orElse(0);
        for (RunFacts.Fact fact : facts) {
            text.append(pad(fact.label(), labelWidth)).append(" : ").append(fact.value()).append('\n');
        }
        text.append('\n');
        appendTable(text, MetricsTable.rows(metrics));
        appendTradeStatistics(text, result.trades());
        if (!result.notes().isEmpty()) {
            text.append("\nNotes:\n");
            result.notes().forEach(note -> text.append("- ").append(note).append('\n'));
        }
        if (!result.counters().isEmpty()) {
            text.append("\nCounters:\n");
            for (Map.Entry<String, Long> counter : new TreeMap<>(result.counters()).entrySet()) {
                text.append("- ").append(counter.getKey()).append(": ").append(counter.getValue()).append('\n');
            }
        }
        return text.toString();
    }

    /** Holding times, best and worst trade, streaks and exits by kind; nothing without trades. */
    private static void appendTradeStatistics(StringBuilder text, List<cascade.model.Trade> trades) {
        if (trades.isEmpty()) {
            return;
        }
        TradeStatistics s = TradeStatistics.of(trades);
        text.append("\nHolding  : mean ").append(TradeStatistics.duration(s.meanHoldMs())).append(", median ")
                .append(TradeStatistics.duration(s.medianHoldMs())).append(", max ")
                .append(TradeStatistics.duration(s.maxHoldMs())).append('\n');
        text.append("Best     : ").append(ReportFormat.usd(trades.get(s.best()).netPnlUsd())).append(" USD (#")
                .append(s.best() + 1).append("), worst ").append(ReportFormat.usd(trades.get(s.worst()).netPnlUsd()))
                .append(" USD (#").append(s.worst() + 1).append(")\n");
        text.append("Streaks  : ").append(s.longestWinningStreak()).append(" winning, ")
                .append(s.longestLosingStreak()).append(" losing\n");
        StringBuilder exits = new StringBuilder();
        for (TradeStatistics.Group g : s.byExitReason()) {
            exits.append(exits.length() == 0 ? "" : ", ").append(g.key()).append(' ').append(g.trades())
                    .append(" (").append(ReportFormat.usd(g.netUsd())).append(" USD)");
        }
        text.append("Exits    : ").append(exits).append('\n');
    }

    private static void appendTable(StringBuilder text, List<MetricsTable.Row> rows) {
        int w1 = MetricsTable.HEADER.metric().length();
        int w2 = MetricsTable.HEADER.strategy().length();
        int w3 = MetricsTable.HEADER.buyAndHold().length();
        for (MetricsTable.Row row : rows) {
            w1 = Math.max(w1, row.metric().length());
            w2 = Math.max(w2, row.strategy().length());
            w3 = Math.max(w3, row.buyAndHold().length());
        }
        appendRow(text, MetricsTable.HEADER, w1, w2, w3);
        text.append("-".repeat(w1)).append("-+-").append("-".repeat(w2)).append("-+-").append("-".repeat(w3))
                .append('\n');
        for (MetricsTable.Row row : rows) {
            appendRow(text, row, w1, w2, w3);
        }
    }

    /** Metric names left-aligned, values right-aligned so decimals line up. */
    private static void appendRow(StringBuilder text, MetricsTable.Row row, int w1, int w2, int w3) {
        text.append(pad(row.metric(), w1)).append(" | ").append(padLeft(row.strategy(), w2)).append(" | ")
                .append(padLeft(row.buyAndHold(), w3)).append('\n');
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(width - s.length()) + s;
    }
}
