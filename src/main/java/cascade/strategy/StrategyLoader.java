package cascade.strategy;

import cascade.config.ConfigNode;
import cascade.config.ConfigException;
import cascade.config.Span;
import cascade.risk.RiskLimits;
import cascade.signal.LiquidationMapCard;
import cascade.map.MapConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and validates a strategy profile (YAML). Every problem is reported with the file, the key and
 * what is allowed; unknown keys are errors.
 */
public final class StrategyLoader {
    private StrategyLoader() {
    }

    public static StrategyProfile load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read strategy profile: " + e.getMessage(), e);
        }
    }

    public static StrategyProfile parse(String fileName, String text) {
        ConfigNode root = ConfigNode.parse(fileName, text);
        String name = root.string("name");
        String description = root.string("description", "");
        List<ModeProfile> modes = new ArrayList<>();
        Set<String> modeNames = new HashSet<>();
        for (ConfigNode m : root.list("modes")) {
            ModeProfile mode = mode(m);
            if (!modeNames.add(mode.name())) {
                throw m.error("name", "mode '" + mode.name() + "' is defined twice");
            }
            modes.add(mode);
            checkOneMap(modes, m);
        }
        RiskLimits risk = risk(root.optChild("risk"));
        root.finish();
        return new StrategyProfile(name, description, List.copyOf(modes), risk, text);
    }

    private static ModeProfile mode(ConfigNode m) {
        String name = m.string("name");
        if (!name.matches("[a-z][a-z0-9_-]*")) {
            throw m.error("name", "must be lower-case letters, digits, '-' or '_', was '" + name + "'");
        }
        Span cycle = Span.parsePositive(m, "cycle");
        List<Span> windows = new ArrayList<>();
        for (String w : m.strings("windows")) {
            try {
                Span span = Span.parse(w);
                if (span.ms() == 0 && span.bars() == 0) {
                    throw new IllegalArgumentException("window '" + w + "' must be longer than zero");
                }
                windows.add(span);
            } catch (IllegalArgumentException e) {
                throw m.error("windows", e.getMessage());
            }
        }
        if (windows.isEmpty()) {
            throw m.error("windows", "must list at least one window, e.g. [1bar] or [1m, 5m, 1h]");
        }
        ConfigNode cardsNode = m.child("cards");
        List<CardSpec> cards = new ArrayList<>();
        for (String cardName : cardsNode.keys()) {
            if (!CardFactory.KNOWN.contains(cardName)) {
                throw cardsNode.error(cardName, "unknown card; known cards: " + CardFactory.KNOWN);
            }
            ConfigNode params = cardsNode.child(cardName);
            double weight = params.number("weight", 1.0, 0, 100);
            cards.add(new CardSpec(CardFactory.create(cardName, params), weight));
            params.finish();
        }
        if (cards.stream().noneMatch(c -> c.weight() > 0)) {
            throw m.error("cards", "at least one card needs a weight above 0");
        }
        double threshold = m.number("entryThreshold", 0.5, 0.0001, 1);
        boolean onTransition = m.bool("entryOnTransition", true);
        ExitRules exit = exit(m.child("exit"));
        FundingGateConfig gate = m.has("fundingGate") ? fundingGate(m.child("fundingGate")) : null;
        Span horizon = null;
        if (m.has("learn")) {
            ConfigNode learn = m.child("learn");
            horizon = Span.parsePositive(learn, "horizon");
            if (horizon.isBars() != cycle.isBars()) {
                throw learn.error("horizon", cycle.isBars() ? "a bar mode's horizon is counted in bars, e.g. 6bar"
                        : "a timed mode's horizon is a time span, e.g. 5m");
            }
            learn.finish();
        }
        m.finish();
        return new ModeProfile(name, cycle, List.copyOf(windows), List.copyOf(cards), threshold, exit, gate,
                onTransition, horizon);
    }

    /** Every symbol has one liquidation map, so all liquidation-map cards must describe the same map. */
    private static void checkOneMap(List<ModeProfile> modes, ConfigNode lastMode) {
        MapConfig first = null;
        for (ModeProfile mode : modes) {
            for (CardSpec spec : mode.cards()) {
                if (spec.card() instanceof LiquidationMapCard card) {
                    if (first != null && !first.equals(card.mapConfig())) {
                        throw lastMode.error("cards." + LiquidationMapCard.NAME, "tiers, mmr, bucket, oiUnit and "
                                + "halfLifeHours must match the other liquidation-map cards (one map per symbol)");
                    }
                    first = card.mapConfig();
                }
            }
        }
    }

    private static ExitRules exit(ConfigNode e) {
        double stop = e.number("stop", 0.03, 0.0001, 0.9);
        double target = e.number("target", 0.06, 0.0001, 10);
        Span maxHold = Span.parsePositive(e, "maxHold");
        boolean opposite = e.bool("onOppositeSignal", true);
        double widening = e.number("stopWidening", 1.0, 0, 10);
        boolean deceleration = e.bool("onDeceleration", false);
        boolean clusters = e.bool("useClusters", false);
        e.finish();
        return new ExitRules(stop, target, maxHold, opposite, widening, deceleration, clusters);
    }

    private static FundingGateConfig fundingGate(ConfigNode g) {
        FundingGateConfig config = new FundingGateConfig(
                g.number("maxZ", 3, 0, 100),
                g.number("maxAbsRate", 0.0005, 0, 0.1),
                g.integer("history", 30, 2, 1_000),
                g.integer("intervalHours", 8, 1, 24));
        g.finish();
        return config;
    }

    /** {@code maxPriceAge}: a time span ("30s"), not counted in bars; "0s" or absent = off. */
    private static long maxPriceAge(ConfigNode r) {
        if (!r.has("maxPriceAge")) {
            return 0;
        }
        Span age = Span.parse(r, "maxPriceAge");
        if (age.isBars()) {
            throw r.error("maxPriceAge", "must be a time span such as 30s or 2m, not bars, was " + age.text());
        }
        return age.ms();
    }

    private static RiskLimits risk(ConfigNode r) {
        RiskLimits limits = new RiskLimits(
                r.number("riskPerTrade", 0.01, 0.0001, 0.2),
                r.integer("leverage", 3, 1, 125),
                r.number("maxLeverage", 5, 0.1, 125),
                r.number("maxNotionalPerSymbolUsd", 1_000_000, 1, 1e12),
                r.number("maxNotionalTotalUsd", 5_000_000, 1, 1e12),
                r.integer("maxOpenPositions", 10, 1, 1000),
                r.integer("maxOrdersPerMinute", 60, 1, 100_000),
                r.number("priceBand", 0.25, 0.0001, 1),
                r.number("dailyLossLimit", 0.05, 0.001, 1),
                maxPriceAge(r));
        r.finish();
        return limits;
    }
}
