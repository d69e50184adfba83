package cascade.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path tmp;

    @Test
    void writesTheSevenFilesIntoANewDirectory() throws IOException {
        BacktestResult result = SampleRun.result();
        Path out = tmp.resolve("runs/run-7");

        ReportFiles files = ReportWriter.write(result, out);

        try (Stream<Path> listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.html",
                    "trades.csv", "summary.txt", "equity.png", "price.png", "imbalance.png", "returns.png");
        }
        assertThat(files.metrics()).isEqualTo(MetricsCalculator.calculate(result));
        assertThat(Files.readString(files.summary())).isEqualTo(SummaryPrinter.render(result, files.metrics()));
        assertThat(Files.readString(files.tradesCsv())).isEqualTo(TradesCsv.render(result.trades()));
    }

    @Test
    void theHtmlEmbedsExactlyThePngsWrittenBesideIt() throws IOException {
        ReportFiles files = ReportWriter.write(SampleRun.result(), tmp);

        String html = Files.readString(files.html());
        for (Path png : new Path[] {files.equityPng(), files.pricePng(), files.imbalancePng(),
            files.distributionPng()}) {
            byte[] bytes = Files.readAllBytes(png);
            assertThat(bytes).startsWith(PNG_SIGNATURE);
            assertThat(html).contains("src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(bytes)
                    + "\"");
        }
        assertThat(html.split("data:image/png;base64,", -1)).hasSize(5);
    }
}
