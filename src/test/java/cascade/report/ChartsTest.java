package cascade.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartsTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void equityChartStacksTheDrawdownSubChartBelow() throws IOException {
        BacktestResult run = SampleRun.result();

        byte[] png = Charts.equity(run.equity(), run.buyAndHold());

        assertThat(png).startsWith(PNG_SIGNATURE);
        assertSize(png, 1100, 420 + 240);
    }

    @Test
    void priceChartWithTradeMarkersIsAPng() throws IOException {
        BacktestResult run = SampleRun.result();

        byte[] png = Charts.price(run.price(), run.trades(), "BTCUSDT");

        assertThat(png).startsWith(PNG_SIGNATURE);
        assertSize(png, 1100, 420);
    }

    @Test
    void imbalanceChartSkipsNaNSamples() throws IOException {
        byte[] png = Charts.imbalance(SampleRun.series("imbalance", Double.NaN, 0.9, Double.NaN, 0.1));

        assertThat(png).startsWith(PNG_SIGNATURE);
        assertSize(png, 1100, 420);
    }

    @Test
    void chartsOfARunWithoutDataStillRender() throws IOException {
        Series empty = new Series("empty");

        assertSize(Charts.equity(empty, empty), 1100, 660);
        assertSize(Charts.price(empty, List.of(), "BTCUSDT"), 1100, 420);
        assertSize(Charts.imbalance(SampleRun.series("no liquidations", Double.NaN, Double.NaN)), 1100, 420);
    }

    private static void assertSize(byte[] png, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }
}
