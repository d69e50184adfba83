package cascade.execution.sim;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.Fixed;
import org.junit.jupiter.api.Test;

/** Recent volume for the impact term: the previous complete one-minute window, or the previous bar. */
class VolumeWindowTest {

    @Test
    void recentVolumeIsThePreviousCompleteWindow() {
        VolumeWindow window = new VolumeWindow(60_000);
        window.onTrade(0, 1_000);
        window.onTrade(30_000, 500);
        assertThat(window.recentUsd()).isEqualTo(Fixed.UNKNOWN);

        window.onTrade(61_000, 200);
        assertThat(window.recentUsd()).isEqualTo(1_500);

        window.onTrade(200_000, 100); // a quiet minute in between
        assertThat(window.recentUsd()).isZero();
    }

    @Test
    void aBarReplacesTheRecentVolume() {
        VolumeWindow window = new VolumeWindow(60_000);
        window.onBar(7_000);
        assertThat(window.recentUsd()).isEqualTo(7_000);
        window.onBar(Fixed.UNKNOWN);
        assertThat(window.recentUsd()).isEqualTo(Fixed.UNKNOWN);
    }
}
