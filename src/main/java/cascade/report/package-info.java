/**
 * The backtest report: metrics ({@link cascade.report.MetricsCalculator}) of a finished run
 * ({@link cascade.report.BacktestResult}) against buy-and-hold, a plain-text summary, PNG charts, a
 * self-contained HTML page and the trades CSV, all written by {@link cascade.report.ReportWriter}; plus a
 * terminal {@link cascade.report.ProgressBar}. Formatting is Locale.ROOT and UTC throughout, so the same run
 * gives the same text.
 */
package cascade.report;
