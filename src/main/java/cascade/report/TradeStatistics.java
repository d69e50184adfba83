package cascade.report;

import cascade.model.Trade;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a trader reads about the closed trades beyond the headline metrics: holding times, the best and the
 * worst trade, the longest winning and losing streaks, and breakdowns by exit reason, side and symbol. A
 * trade with net PnL exactly 0 is neither a win nor a loss and ends both streaks.
 *
 * @param meanHoldMs mean holding time (exit − entry), 0 without trades
 * @param medianHoldMs median holding time (mean of the middle two for an even count)
 * @param maxHoldMs longest holding time
 * @param best index of the trade with the highest net PnL, −1 without trades (the first of equals)
 * @param worst index of the trade with the lowest net PnL, −1 without trades
 * @param longestWinningStreak most consecutive trades with net PnL &gt; 0
 * @param longestLosingStreak most consecutive trades with net PnL &lt; 0
 */
public record TradeStatistics(long meanHoldMs, long medianHoldMs, long maxHoldMs, int best, int worst,
        int longestWinningStreak, int longestLosingStreak, List<Group> byExitReason, List<Group> bySide,
        List<Group> bySymbol) {

    /** The trades sharing one key: how many, how many won, their net PnL in USD and its mean. */
    public record Group(String key, int trades, int wins, double netUsd) {
        public double winRate() {
            return trades == 0 ? Double.NaN : wins / (double) trades;
        }

        public double averageNetUsd() {
            return trades == 0 ? Double.NaN : netUsd / trades;
        }
    }

    public static TradeStatistics of(List<Trade> trades) {
        int n = trades.size();
        long[] holds = new long[n];
        long sum = 0;
        int best = -1;
        int worst = -1;
        int wins = 0;
        int losses = 0;
        int longestWins = 0;
        int longestLosses = 0;
        for (int i = 0; i < n; i++) {
            Trade t = trades.get(i);
            holds[i] = t.exitTimeMs() - t.entryTimeMs();
            sum += holds[i];
            if (best < 0 || t.netPnlUsd() > trades.get(best).netPnlUsd()) {
                best = i;
            }
            if (worst < 0 || t.netPnlUsd() < trades.get(worst).netPnlUsd()) {
                worst = i;
            }
            wins = t.netPnlUsd() > 0 ? wins + 1 : 0;
            losses = t.netPnlUsd() < 0 ? losses + 1 : 0;
            longestWins = Math.max(longestWins, wins);
            longestLosses = Math.max(longestLosses, losses);
        }
        Arrays.sort(holds);
        long median = n == 0 ? 0 : n % 2 == 1 ? holds[n / 2] : (holds[n / 2 - 1] + holds[n / 2]) / 2;
        return new TradeStatistics(n == 0 ? 0 : sum / n, median, n == 0 ? 0 : holds[n - 1], best, worst,
                longestWins, longestLosses, groups(trades, TradeStatistics::exitKind, false),
                groups(trades, t -> t.direction() > 0 ? "long" : "short", false), groups(trades, Trade::symbol, true));
    }

    /**
     * The kind of exit a reason names: stop, target, time (the mode's holding limit), signal (the opposite
     * signal, a reversal or a deceleration warning), else the reason itself.
     */
    public static String exitKind(Trade trade) {
        String r = trade.exitReason() == null ? "" : trade.exitReason();
        if (r.equals("stop") || r.equals("target")) {
            return r;
        }
        if (r.equals("exit-time")) {
            return "time";
        }
        if (r.equals("reverse") || r.equals("exit-opposite") || r.equals("exit-deceleration")) {
            return "signal";
        }
        return r.isEmpty() ? "unknown" : r;
    }

    private static List<Group> groups(List<Trade> trades, Function<Trade, String> key, boolean sorted) {
        Map<String, int[]> counts = sorted ? new TreeMap<>() : new LinkedHashMap<>();
        Map<String, Double> net = new LinkedHashMap<>();
        for (Trade t : trades) {
            String k = key.apply(t);
            int[] c = counts.computeIfAbsent(k, x -> new int[2]);
            c[0]++;
            if (t.netPnlUsd() > 0) {
                c[1]++;
            }
            net.merge(k, t.netPnlUsd(), Double::sum);
        }
        List<Group> out = new ArrayList<>();
        counts.forEach((k, c) -> out.add(new Group(k, c[0], c[1], net.get(k))));
        return List.copyOf(out);
    }

    /** A length of time as "2d 4h 0m", "22h 15m", "3m 25s" or "12s" (whole seconds). */
    public static String duration(long ms) {
        long s = ms / 1000;
        long days = s / 86_400;
        long h = s % 86_400 / 3600;
        long m = s % 3600 / 60;
        long sec = s % 60;
        if (days > 0) {
            return days + "d " + h + "h " + m + "m";
        }
        if (h > 0) {
            return h + "h " + m + "m";
        }
        return m > 0 ? m + "m " + sec + "s" : sec + "s";
    }
}
