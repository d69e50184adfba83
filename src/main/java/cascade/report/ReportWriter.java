package cascade.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the full report of one run into a directory: report.html (self-contained), trades.csv,
 * summary.txt, equity.png, price.png, imbalance.png, returns.png (the trade return distribution) and, on
 * multi-symbol runs, price-SYMBOL.png for each other traded symbol. Existing files of the same names are replaced.
 */
public final class ReportWriter {
    /** The files {@link #write} creates in the report directory. */
    public static final java.util.List<String> FILE_NAMES = java.util.List.of("report.html", "trades.csv",
            "summary.txt", "equity.png", "price.png", "imbalance.png", "returns.png");

    private ReportWriter() {
    }

    /**
     * @param outDir created if needed
     * @return the written paths and the metrics, so the caller can print or store them without recomputing
     * @throws IOException when the directory or a file cannot be written
     */
    public static ReportFiles write(BacktestResult result, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Metrics metrics = MetricsCalculator.calculate(result);
        ChartImages charts = Charts.render(result);
        for (java.util.Map.Entry<String, byte[]> symbol : charts.symbolPricePngs().entrySet()) {
            Files.write(outDir.resolve("price-" + symbol.getKey().replaceAll("[^A-Za-z0-9._-]", "_") + ".png"),
                    symbol.getValue());
        }
        return new ReportFiles(
                text(outDir.resolve("report.html"), HtmlReport.render(result, metrics, charts)),
                text(outDir.resolve("trades.csv"), TradesCsv.render(result.trades())),
                text(outDir.resolve("summary.txt"), SummaryPrinter.render(result, metrics)),
                Files.write(outDir.resolve("equity.png"), charts.equityPng()),
                Files.write(outDir.resolve("price.png"), charts.pricePng()),
                Files.write(outDir.resolve("imbalance.png"), charts.imbalancePng()),
                Files.write(outDir.resolve("returns.png"), charts.distributionPng()),
                metrics);
    }

    private static Path text(Path file, String content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
