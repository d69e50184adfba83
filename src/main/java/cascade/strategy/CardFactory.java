package cascade.strategy;

import cascade.config.ConfigNode;
import cascade.signal.CapitulationCard;
import cascade.signal.Card;
import cascade.signal.ImbalanceCard;
import cascade.signal.LiquidationMapCard;
import cascade.signal.map.LeverageTiers;
import cascade.signal.map.MapConfig;
import cascade.signal.map.OiUnit;
import java.util.List;

/** Builds cards from their profile entries; the one place that knows every card's parameters. */
public final class CardFactory {
    public static final List<String> KNOWN = List.of(ImbalanceCard.NAME, CapitulationCard.NAME,
            LiquidationMapCard.NAME);

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
            case LiquidationMapCard.NAME -> liquidationMap(params);
            default -> throw new IllegalArgumentException("unknown card '" + name + "'; known cards: " + KNOWN);
        };
    }

    private static LiquidationMapCard liquidationMap(ConfigNode params) {
        LeverageTiers tiers = leverageTiers(params);
        double bucket = params.number("bucket", 0.001, 0.0001, 0.01);
        double halfLifeHours = params.number("halfLifeHours", 0, 0, 1_000_000);
        OiUnit unit;
        try {
            unit = OiUnit.parse(params.string("oiUnit", "coins"));
        } catch (IllegalArgumentException e) {
            throw params.error("oiUnit", e.getMessage());
        }
        MapConfig map = new MapConfig(tiers, bucket, unit, Math.round(halfLifeHours * 3_600_000));
        double distance = params.number("distance", 0.03, 0.001, 0.5);
        int minOiSamples = params.integer("minOiSamples", 12, 2, 1_000_000);
        return new LiquidationMapCard(map, distance, minOiSamples);
    }

    /** {@code tiers: {10: 3, 25: 1}} maps leverage to relative weight; absent: the default tiers. */
    private static LeverageTiers leverageTiers(ConfigNode params) {
        double mmr = params.number("mmr", 0.004, 0, 0.2);
        try {
            if (!params.has("tiers")) {
                return LeverageTiers.defaults(mmr);
            }
            ConfigNode tiers = params.child("tiers");
            List<String> keys = tiers.keys();
            double[] leverage = new double[keys.size()];
            double[] weight = new double[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                leverage[i] = leverage(tiers, keys.get(i));
                weight[i] = tiers.number(keys.get(i), 0, 0, 1_000_000);
            }
            return new LeverageTiers(leverage, weight, mmr);
        } catch (IllegalArgumentException e) {
            throw params.error("tiers", e.getMessage());
        }
    }

    private static double leverage(ConfigNode tiers, String key) {
        try {
            return Double.parseDouble(key);
        } catch (NumberFormatException e) {
            throw tiers.error(key, "tier keys are leverages with their weight, e.g. {10: 3, 25: 1}");
        }
    }
}
