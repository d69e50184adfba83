package cascade.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascade.model.Trade;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's new tables, on hand-built trades and curves with hand-computed values. */
class ReportAnalysisTest {
    private static final long H = 3_600_000L;
    private static final long DAY = 24 * H;
    private static final long T0 = LocalDate.of(2025, 1, 30).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();

    private static Trade trade(String symbol, int direction, long entryMs, long holdMs, double net, String exit) {
        // entry notional 1000 USD (qty 1 at 1000): net return = net / 10 %
        return new Trade(symbol, "bar", direction, entryMs, 1000, entryMs + holdMs, 1000 + net, 1, net, 0, 0, net,
                "entry", exit);
    }

    private static final List<Trade> TRADES = List.of(
            trade("BTCUSDT", 1, T0, 4 * H, 10, "target"),
            trade("BTCUSDT", -1, T0 + DAY, 8 * H, 5, "exit-time"),
            trade("ETHUSDT", 1, T0 + 2 * DAY, 2 * H, -20, "stop"),
            trade("ETHUSDT", 1, T0 + 3 * DAY, 30 * H, -5, "stop"),
            trade("BTCUSDT", -1, T0 + 5 * DAY, 1 * H, -1, "reverse"),
            trade("BTCUSDT", 1, T0 + 6 * DAY, 6 * H, 0, "exit-time"),
            trade("ETHUSDT", -1, T0 + 7 * DAY, 12 * H, 30, "exit-opposite"));

    @Test
    void holdingTimesBestWorstAndStreaks() {
        TradeStatistics s = TradeStatistics.of(TRADES);

        // holds 4, 8, 2, 30, 1, 6, 12 h: sum 63 h / 7 = 9 h; sorted 1 2 4 6 8 12 30 → median 6 h
        assertThat(s.meanHoldMs()).isEqualTo(9 * H);
        assertThat(s.medianHoldMs()).isEqualTo(6 * H);
        assertThat(s.maxHoldMs()).isEqualTo(30 * H);
        assertThat(s.best()).isEqualTo(6);
        assertThat(s.worst()).isEqualTo(2);
        // +10 +5 | −20 −5 −1 | 0 | +30: wins 2 in a row, losses 3 in a row, the zero ends both
        assertThat(s.longestWinningStreak()).isEqualTo(2);
        assertThat(s.longestLosingStreak()).isEqualTo(3);
    }

    @Test
    void breakdownsByExitKindSideAndSymbol() {
        TradeStatistics s = TradeStatistics.of(TRADES);

        assertThat(s.byExitReason()).containsExactly(
                new TradeStatistics.Group("target", 1, 1, 10),
                new TradeStatistics.Group("time", 2, 1, 5),
                new TradeStatistics.Group("stop", 2, 0, -25),
                new TradeStatistics.Group("signal", 2, 1, 29));
        assertThat(s.bySide()).containsExactly(
                new TradeStatistics.Group("long", 4, 1, -15),
                new TradeStatistics.Group("short", 3, 2, 34));
        assertThat(s.bySymbol()).containsExactly(
                new TradeStatistics.Group("BTCUSDT", 4, 2, 14),
                new TradeStatistics.Group("ETHUSDT", 3, 1, 5));
        assertThat(s.bySymbol().get(0).winRate()).isEqualTo(0.5);
        assertThat(s.bySymbol().get(1).averageNetUsd()).isCloseTo(5 / 3.0, within(1e-12));
    }

    @Test
    void durationsReadAsDaysHoursMinutes() {
        assertThat(TradeStatistics.duration(2 * DAY + 4 * H)).isEqualTo("2d 4h 0m");
        assertThat(TradeStatistics.duration(22 * H + 15 * 60_000L)).isEqualTo("22h 15m");
        assertThat(TradeStatistics.duration(205_000)).isEqualTo("3m 25s");
        assertThat(TradeStatistics.duration(12_000)).isEqualTo("12s");
    }

    @Test
    void monthlyReturnsChainFromTheLastSampleOfThePreviousMonth() {
        // 2025-01-30 … : samples on Jan 30, Jan 31, Feb 15, Feb 28, Mar 10, Apr 30 → 100 days: monthly
        long jan30 = T0;
        Series equity = series(new long[] {jan30, jan30 + DAY, jan30 + 16 * DAY, jan30 + 29 * DAY, jan30 + 39 * DAY,
            jan30 + 90 * DAY, jan30 + 100 * DAY}, 100, 110, 99, 121, 133.1, 100, 120);
        Series hold = series(equity.times(), 100, 100, 100, 100, 100, 100, 50);

        List<PeriodReturns.Period> months = PeriodReturns.of(equity, hold);

        assertThat(PeriodReturns.weekly(equity)).isFalse();
        assertThat(months).extracting(PeriodReturns.Period::start).containsExactly(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 5, 1));
        // Jan 100 → 110; Feb 110 → 121; Mar 121 → 133.1; Apr 133.1 → 100; May 100 → 120
        assertThat(months.get(0).strategy()).isCloseTo(0.10, within(1e-12));
        assertThat(months.get(1).strategy()).isCloseTo(0.10, within(1e-12));
        assertThat(months.get(2).strategy()).isCloseTo(0.10, within(1e-12));
        assertThat(months.get(3).strategy()).isCloseTo(100 / 133.1 - 1, within(1e-12));
        assertThat(months.get(4).strategy()).isCloseTo(0.20, within(1e-12));
        assertThat(months.get(4).buyAndHold()).isCloseTo(-0.50, within(1e-12));
    }

    @Test
    void shortRunsGetWeeklyReturnsFromMonday() {
        // 2025-01-30 is a Thursday: its week starts Monday 2025-01-27; Feb 3 starts the next
        Series equity = series(new long[] {T0, T0 + 2 * DAY, T0 + 5 * DAY}, 100, 90, 99);

        List<PeriodReturns.Period> weeks = PeriodReturns.of(equity, equity);

        assertThat(PeriodReturns.weekly(equity)).isTrue();
        assertThat(weeks).extracting(PeriodReturns.Period::start).containsExactly(LocalDate.of(2025, 1, 27),
                LocalDate.of(2025, 2, 3));
        assertThat(weeks.get(0).strategy()).isCloseTo(-0.10, within(1e-12));
        assertThat(weeks.get(1).strategy()).isCloseTo(0.10, within(1e-12));
    }

    @Test
    void drawdownPeriodsFromPeakToRecoveryDeepestFirst() {
        // peak 100 at t1 → 80 at t2 → 100 at t3 (recovered, 20 %); peak 120 at t4 → 108 at t5 → end (10 %, open)
        Series equity = series(new long[] {0, DAY, 2 * DAY, 3 * DAY, 4 * DAY, 5 * DAY, 6 * DAY}, 90, 100, 80, 100,
                120, 108, 110);

        List<DrawdownPeriods.Drawdown> d = DrawdownPeriods.of(equity);

        assertThat(d).containsExactly(new DrawdownPeriods.Drawdown(DAY, 2 * DAY, 3 * DAY, true, 0.2),
                new DrawdownPeriods.Drawdown(4 * DAY, 5 * DAY, 6 * DAY, false, 0.1));
        assertThat(d.get(0).lengthMs()).isEqualTo(2 * DAY);
    }

    @Test
    void returnHistogramBinsFromLowestToHighest() {
        // net returns (net / 1000 USD) sorted: −2, −0.5, −0.1, 0, 0.5, 1, 3 %; 5 bins of 1 % from −2 to 3:
        // [−2,−1) one, [−1,0) two, [0,1) two, [1,2) one, [2,3] one (the highest in the last bin)
        int[] counts = ReturnHistogram.counts(TRADES, 5);

        assertThat(ReturnHistogram.edges(TRADES, 5)).containsExactly(-2, -1, 0, 1, 2, 3);
        assertThat(counts).containsExactly(1, 2, 2, 1, 1);
    }

    @Test
    void annualisedFiguresAreNotAvailableUnderThirtyDays() {
        assertThat(ReturnStatistics.annualised(0.05, 29 * DAY)).isNaN();
        assertThat(ReturnStatistics.annualised(0.05, 30 * DAY)).isCloseTo(Math.pow(1.05, 365 / 30.0) - 1,
                within(1e-12));
        Series oneDay = series(new long[] {0, 12 * H, DAY}, 100, 101, 102);
        CurveMetrics m = MetricsCalculator.curve(oneDay, 365);
        assertThat(m.annualisedReturn()).isNaN();
        assertThat(m.calmar()).isNaN();
        assertThat(m.sharpe()).isNaN();
        assertThat(m.sortino()).isNaN();
        assertThat(m.totalReturn()).isCloseTo(0.02, within(1e-12));
        assertThat(ReportFormat.percent(m.annualisedReturn())).isEqualTo("n/a");
    }

    @Test
    void theHtmlReportShowsTheNewSections() {
        String html = HtmlReport.render(SampleRun.result(), MetricsCalculator.calculate(SampleRun.result()),
                new ChartImages(new byte[] {1}, new byte[] {2}, new byte[] {3}, new byte[] {4}));

        assertThat(html).contains("<h2>Returns per month</h2>", "<h2>Drawdown periods</h2>",
                "<h2>Trade statistics</h2>", "<td>Longest streaks</td>", "<th>exit</th>", "<th>side</th>",
                "<th>symbol</th>", "Distribution of trade net returns");
    }

    private static Series series(long[] times, double... values) {
        Series s = new Series("s");
        for (int i = 0; i < times.length; i++) {
            s.add(times[i], values[i]);
        }
        return s;
    }
}
