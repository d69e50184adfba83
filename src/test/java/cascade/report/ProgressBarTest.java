package cascade.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private static final long MS = 1_000_000L;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private long nowNanos;

    @Test
    void onlyAPersonAtAConsoleOutsideCiSeesTheBar() {
        assertThat(ProgressBar.isInteractive(true, Map.of())).isTrue();
        assertThat(ProgressBar.isInteractive(true, Map.of("CI", "true"))).isFalse();
        assertThat(ProgressBar.isInteractive(false, Map.of())).isFalse();
    }

    @Test
    void disabledBarPrintsNothing() {
        ProgressBar bar = new ProgressBar(false, out, () -> nowNanos);

        bar.update(0.5, 1000);
        bar.finish();

        assertThat(printed()).isEmpty();
    }

    @Test
    void redrawsOnANewWholePercentOrAfter200MsAndEndsTheLineOnFinish() {
        ProgressBar bar = new ProgressBar(true, out, () -> nowNanos);

        bar.update(0, 0);
        at(10);
        bar.update(0.005, 50);
        at(250);
        bar.update(0.005, 60);
        at(260);
        bar.update(0.01, 100);
        at(270);
        bar.update(0.5, 1_234_567);
        bar.finish();
        bar.update(0.7, 2_000_000);
        bar.finish();

        assertThat(printed()).isEqualTo(""
                + "\r[------------------------------]   0.0% 0 events"
                + "\r[------------------------------]   0.5% 60 events"
                + "\r[------------------------------]   1.0% 100 events"
                + "\r[###############---------------]  50.0% 1,234,567 events"
                + "\r[##############################] 100.0% 1,234,567 events\n");
    }

    private void at(long ms) {
        nowNanos = ms * MS;
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
