package cascade.strategy;

import cascade.config.ConfigNode;
import cascade.signal.CapitulationCard;
import cascade.signal.Card;
import cascade.signal.CrossVenueCard;
import cascade.signal.FlipCard;
import cascade.signal.FundingCard;
import cascade.signal.ImbalanceCard;
import cascade.signal.OiChangeCard;
import cascade.signal.PressureCard;
import cascade.signal.LiquidationMapCard;
import cascade.map.LeverageTiers;
import cascade.map.MapConfig;
import cascade.map.OiUnit;
import java.util.List;

/** Builds cards from their profile entries; the one place that knows every card's parameters. */
public final class CardFactory {
    public static final List<String> KNOWN = List.of(ImbalanceCard.NAME, CapitulationCard.NAME, FlipCard.NAME,
            PressureCard.NAME, OiChangeCard.NAME, FundingCard.NAME, CrossVenueCard.NAME, LiquidationMapCard.NAME);

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
            case FlipCard.NAME -> flip(params);
            case PressureCard.NAME -> {
                double high = params.number("high", 0.6, 0.5001, 0.9999);
                double low = params.number("low", 0.4, 0.0001, 0.4999);
                int persistence = params.integer("persistence", 3, 1, 10_000);
                double trend = params.number("trendThreshold", 0.02, 0.0001, 1);
                yield new PressureCard(high, low, persistence, trend);
            }
            case CrossVenueCard.NAME -> {
                double threshold = params.number("threshold", 0.2, 0.0001, 0.9999);
                double confidence = params.number("confidence", 0.5, 0.01, 1);
                yield new CrossVenueCard(threshold, confidence);
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
            case LiquidationMapCard.NAME -> liquidationMap(params);
            default -> throw new IllegalArgumentException("unknown card '" + name + "'; known cards: " + KNOWN);
        };
    }

    private static FlipCard flip(ConfigNode params) {
        double high = params.number("high", 0.7, 0.5001, 0.9999);
        double low = params.number("low", 0.3, 0.0001, 0.4999);
        double band = params.number("band", 0.1, 0.0001, 0.4999);
        int lookback = params.integer("lookback", 3, 1, 10_000);
        if (0.5 + band >= high || 0.5 - band <= low) {
            throw params.error("band", "the neutral band 0.5 ± " + band + " must lie strictly inside low " + low
                    + " and high " + high);
        }
        return new FlipCard(high, low, band, lookback);
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
        // the estimate's further settings; absent, the plain map (see MapConfig.ESTIMATE for the tuned values)
        double takerSplit = params.number("takerSplit", 0, 0, 1);
        double marginSpread = params.number("marginSpread", 0, 0, 0.99);
        double turnover = params.number("turnover", 0, 0, 1);
        double volAdaptation = params.number("volAdaptation", 0, 0, 2);
        MapConfig map = new MapConfig(tiers, bucket, unit, Math.round(halfLifeHours * 3_600_000), takerSplit,
                marginSpread, turnover, volAdaptation);
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
