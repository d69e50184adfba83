package cascade.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.strategy.StrategyLoader;
import cascade.strategy.StrategyProfile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Per-symbol weights: the profile's until set, set per symbol only, and checked. */
class ModeRunnerWeightsTest {
    @Test
    void eachSymbolStartsFromTheProfileAndIsSetAlone() {
        StrategyProfile p = StrategyLoader.load(Path.of("strategies/liquidation-suite-4h.yml"));
        ModeRunner mode = new ModeRunner(p.modes().get(0), 4 * 3_600_000L);
        assertThat(mode.weights(0)).containsExactly(0, 1, 0.5, 0.5, 0.5, 0.5);
        mode.setWeights(1, new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 1.5});
        assertThat(mode.weights(1)).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 1.5);
        assertThat(mode.weights(0)).containsExactly(0, 1, 0.5, 0.5, 0.5, 0.5);
        assertThat(mode.weights(2)).containsExactly(mode.profileWeights());
        assertThat(mode.snapshot(1)).extracting(r -> r.weight()).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 1.5);
        assertThatThrownBy(() -> mode.setWeights(0, new double[] {1, 1})).hasMessageContaining("has 6 cards");
        assertThatThrownBy(() -> mode.setWeights(0, new double[] {1, 1, 1, 1, 1, -0.1}))
                .hasMessageContaining("≥ 0");
        assertThatThrownBy(() -> mode.setWeights(0, new double[] {1, 1, 1, 1, 1, Double.NaN}))
                .hasMessageContaining("finite");
    }
}
