package cascade.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.signal.Card;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flip, pressure and cross-venue cards as a profile declares them. */
class FlowCardParametersTest {
    private static final String PROFILE = """
            name: t
            modes:
              - name: bar
                cycle: bar
                windows: [1bar]
                cards:
                  flip: {weight: 1, high: 0.8, low: 0.2, band: 0.25, lookback: 5}
                  pressure: {weight: 1, high: 0.65, low: 0.35, persistence: 4, trendThreshold: 0.03}
                  cross-venue: {weight: 0.5, threshold: 0.3, confidence: 0.4}
                exit: {maxHold: 6bar}
            """;

    private static List<Card> cards(String profile) {
        return StrategyLoader.parse("t.yml", profile).modes().get(0).cards().stream().map(CardSpec::card).toList();
    }

    @Test
    void theThreeCardsAreBuiltFromTheirParameters() {
        List<Card> cards = cards(PROFILE);

        assertThat(cards).extracting(Card::name).containsExactly("flip", "pressure", "cross-venue");
        assertThat(cards).extracting(Card::lookbackWindows).containsExactly(6, 4, 1);
    }

    @Test
    void defaultsReadThreeWindowsOfHistory() {
        List<Card> cards = cards(PROFILE.replaceAll("\\{weight: (\\d(\\.\\d)?),[^}]*}", "{weight: $1}"));

        assertThat(cards).extracting(Card::lookbackWindows).containsExactly(4, 3, 1);
    }

    @Test
    void neutralBandReachingAnExtremeIsRejected() {
        assertThatThrownBy(() -> cards(PROFILE.replace("band: 0.25", "band: 0.3")))
                .hasMessage("t.yml: modes[0].cards.flip.band: the neutral band 0.5 ± 0.3 must lie strictly inside"
                        + " low 0.2 and high 0.8");
    }

    @Test
    void outOfRangeValuesNameTheirKey() {
        assertThatThrownBy(() -> cards(PROFILE.replace("persistence: 4", "persistence: 0")))
                .hasMessage("t.yml: modes[0].cards.pressure.persistence: must be in [1, 10000], was 0");
        assertThatThrownBy(() -> cards(PROFILE.replace("confidence: 0.4", "confidence: 0")))
                .hasMessage("t.yml: modes[0].cards.cross-venue.confidence: must be in [0.01, 1], was 0");
        assertThatThrownBy(() -> cards(PROFILE.replace("lookback: 5", "lookbak: 5")))
                .hasMessage("t.yml: modes[0].cards.flip.lookbak: is not a known key here");
    }
}
