package cascade.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SummaryPrinterTest {
    @Test
    void printsFactsAlignedMetricsNotesAndSortedCounters() {
        BacktestResult result = SampleRun.result();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        SummaryPrinter.print(result, MetricsCalculator.calculate(result), new PrintStream(bytes, true,
                StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                Cascade backtest
                Run      : run-7
                Spec     : btc-4h
                Strategy : contrarian <X>
                Data     : bars BTCUSDT 4h
                Symbol   : BTCUSDT
                Period   : 2024-01-01 00:00:00 UTC to 2024-12-31 00:00:00 UTC (365.00 days)
                Trades   : 4

                metric                    | strategy | buy & hold
                --------------------------+----------+-----------
                Total return              |   21.00% |     -1.00%
                Annualised return (CAGR)  |   21.00% |     -1.00%
                Sharpe (annualised)       |     1.37 |       0.10
                Sortino (annualised)      |     3.85 |       0.22
                Max drawdown              |   10.00% |     10.00%
                Calmar                    |     2.10 |      -0.10
                Trades                    |        4 |          -
                Win rate                  |   50.00% |          -
                Profit factor             |     1.67 |          -
                Average trade (USD)       |     5.00 |          -
                Average trade (%)         |   -1.25% |          -
                Time in market            |   37.50% |    100.00%
                Fees paid (USD)           |     5.00 |          -
                Funding (USD, + received) |    -1.00 |          -

                Holding  : mean 121d 16h 0m, median 121d 16h 0m, max 121d 16h 0m
                Best     : 30.00 USD (#1), worst -20.00 USD (#4)
                Streaks  : 1 winning, 1 losing
                Exits    : stop 4 (20.00 USD)

                Notes:
                - funding unknown before 2025-03-08
                - skipped 2 bad lines

                Counters:
                - funding.settlements: 12
                - risk.denied.max_position: 3
                """);
    }
}
