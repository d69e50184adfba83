package cascade.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.config.ConfigException;
import cascade.config.ConfigNode;
import cascade.signal.Card;
import org.junit.jupiter.api.Test;

class CardFactoryTest {

    private static ConfigNode params(String yaml) {
        return ConfigNode.parse("t.yml", yaml);
    }

    @Test
    void oiChangeCardReadsItsBaselineLength() {
        Card card = CardFactory.create("oi-change", params("{flushZ: 3, baselineWindows: 10}"));

        assertThat(card.name()).isEqualTo("oi-change");
        assertThat(card.lookbackWindows()).isEqualTo(11);
        assertThat(CardFactory.create("oi-change", params("{}")).lookbackWindows()).isEqualTo(31);
    }

    @Test
    void newCardsAreKnownToProfiles() {
        assertThat(CardFactory.KNOWN).contains("oi-change", "funding");
        assertThat(CardFactory.create("funding", params("{history: 90, extremeZ: 2.5}")).name()).isEqualTo("funding");
    }

    @Test
    void outOfRangeParametersNameTheKeyAndRange() {
        assertThatThrownBy(() -> CardFactory.create("funding", params("{history: 1}")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("t.yml: history: must be in [2, 1000], was 1");
        assertThatThrownBy(() -> CardFactory.create("oi-change", params("{isolatedScore: 1.5}")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("t.yml: isolatedScore: must be in [0, 1], was 1.5");
    }
}
