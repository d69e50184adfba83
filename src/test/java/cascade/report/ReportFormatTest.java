package cascade.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatTest {
    @Test
    void numbersUseRootLocaleAndFixedDecimals() {
        assertThat(ReportFormat.percent(0.21)).isEqualTo("21.00%");
        assertThat(ReportFormat.percent(-0.0125)).isEqualTo("-1.25%");
        assertThat(ReportFormat.ratio(60 / Math.sqrt(1929))).isEqualTo("1.37");
        assertThat(ReportFormat.usd(-1234.5)).isEqualTo("-1,234.50");
        assertThat(ReportFormat.plain(66000.0)).isEqualTo("66000");
        assertThat(ReportFormat.plain(0.5)).isEqualTo("0.5");
    }

    @Test
    void undefinedValuesPrintAsNotAvailable() {
        assertThat(ReportFormat.percent(Double.NaN)).isEqualTo("n/a");
        assertThat(ReportFormat.ratio(Double.POSITIVE_INFINITY)).isEqualTo("n/a");
        assertThat(ReportFormat.usd(Double.NEGATIVE_INFINITY)).isEqualTo("n/a");
    }

    @Test
    void timesAreUtc() {
        assertThat(ReportFormat.utc(SampleRun.T0)).isEqualTo("2024-01-01 00:00:00 UTC");
        assertThat(ReportFormat.period(SampleRun.T0, SampleRun.T0 + 36 * 3_600_000L))
                .isEqualTo("2024-01-01 00:00:00 UTC to 2024-01-02 12:00:00 UTC (1.50 days)");
    }
}
