package cascade.strategy;

import cascade.config.ConfigNode;
import cascade.signal.CapitulationCard;
import cascade.signal.Card;
import cascade.signal.FundingCard;
import cascade.signal.ImbalanceCard;
import cascade.signal.OiChangeCard;
import java.util.List;

/** Builds cards from their profile entries; the one place that knows every card's parameters. */
public final class CardFactory {
    public static final List<String> KNOWN = List.of(ImbalanceCard.NAME, CapitulationCard.NAME, OiChangeCard.NAME,
            FundingCard.NAME);

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
            case OiChangeCard.NAME -> {
                double high = params.number("high", 0.8, 0.5001, 0.9999);
                double low = params.number("low", 0.2, 0.0001, 0.4999);
                double flushZ = params.number("flushZ", 2.0, 0.1, 100);
                int baseline = params.integer("baselineWindows", 30, 1, 10_000);
                double isolated = params.number("isolatedScore", 0.25, 0, 1);
                yield new OiChangeCard(high, low, flushZ, baseline, isolated);
            }
            case FundingCard.NAME -> {
                int history = params.integer("history", 30, 2, 1_000);
                double extremeZ = params.number("extremeZ", 2.0, 0.1, 100);
                int interval = params.integer("intervalHours", 8, 1, 24);
                yield new FundingCard(history, extremeZ, interval);
            }
            default -> throw new IllegalArgumentException("unknown card '" + name + "'; known cards: " + KNOWN);
        };
    }
}
