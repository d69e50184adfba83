package cascade.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.config.ConfigException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code learn: {horizon: …}} per mode: the weight tuner's outcome horizon. */
class LearnHorizonTest {
    private static final String BAR = """
            name: t
            modes:
              - name: bar
                cycle: bar
                windows: [1bar]
                cards:
                  capitulation: {weight: 1}
                exit: {stop: 0.02, target: 0.05, maxHold: 6bar}
            """;

    @Test
    void absentHorizonFallsBackToMaxHold() {
        ModeProfile m = StrategyLoader.parse("t.yml", BAR).modes().get(0);
        assertThat(m.learnHorizon()).isNull();
        assertThat(m.outcomeHorizon().bars()).isEqualTo(6);
    }

    @Test
    void barModesCountTheHorizonInBars() {
        ModeProfile m = StrategyLoader.parse("t.yml", BAR.replace("    exit:", "    learn: {horizon: 3bar}\n    exit:"))
                .modes().get(0);
        assertThat(m.outcomeHorizon().bars()).isEqualTo(3);
        assertThatThrownBy(() -> StrategyLoader.parse("t.yml",
                BAR.replace("    exit:", "    learn: {horizon: 5m}\n    exit:")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("learn").hasMessageContaining("horizon")
                .hasMessageContaining("bars");
        assertThatThrownBy(() -> StrategyLoader.parse("t.yml",
                BAR.replace("    exit:", "    learn: {horizon: 3bar, rate: 2}\n    exit:")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("rate");
    }

    @Test
    void theIntradayProfileScoresScalpDaySwingAtFiveThirtyAndFourHours() {
        StrategyProfile p = StrategyLoader.load(Path.of("strategies/liquidation-intraday.yml"));
        assertThat(p.modes()).extracting(m -> m.outcomeHorizon().ms())
                .containsExactly(300_000L, 1_800_000L, 14_400_000L);
    }
}
