package cascade.report;

import java.nio.file.Path;

/** What {@link ReportWriter} wrote for one run, and the metrics it computed on the way. */
public record ReportFiles(Path html, Path tradesCsv, Path summary, Path equityPng, Path pricePng,
        Path imbalancePng, Path distributionPng, Metrics metrics) {
}
