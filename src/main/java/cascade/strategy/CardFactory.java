package cascade.strategy;

import cascade.config.ConfigNode;
import cascade.signal.CapitulationCard;
import cascade.signal.Card;
import cascade.signal.ImbalanceCard;
import java.util.List;

/** Builds cards from their profile entries; the one place that knows every card's parameters. */
public final class CardFactory {
    public static final List<String> KNOWN = List.of(ImbalanceCard.NAME, CapitulationCard.NAME);

    private CardFactory() {
    }

    public static Card create(String name, ConfigNode params) {
        return switch (name) {
            case ImbalanceCard.NAME -> new ImbalanceCard();
            case CapitulationCard.NAME -> {
                double high = params.number("high", 0.8, 0.5001, 0.9999);
                double low = params.number("low", 0.2, 0.0001, 0.4999);
                double multiple = params.number("volumeMultiple", 2.0, 0.01, 1000);
                int baseline = params.integer("baselineWindows", 30, 1, 10_000);
                yield new CapitulationCard(high, low, multiple, baseline);
            }
            default -> throw new IllegalArgumentException("unknown card '" + name + "'; known cards: " + KNOWN);
        };
    }
}
