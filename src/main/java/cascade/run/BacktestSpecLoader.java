package cascade.run;

import cascade.config.ConfigException;
import cascade.config.ConfigNode;
import cascade.config.Span;
import cascade.execution.sim.ImpactModel;
import cascade.execution.sim.MaintenanceTiers;
import cascade.execution.sim.VenueConfig;
import cascade.sim.SimConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads and validates a backtest spec (YAML); every error names the file and key. */
public final class BacktestSpecLoader {
    private static final String BINANCE_BTCUSDT = "binance-btcusdt";

    private BacktestSpecLoader() {
    }

    public static BacktestSpec load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read backtest spec: " + e.getMessage(), e);
        }
        Path base = file.toAbsolutePath().getParent();
        ConfigNode root = ConfigNode.parse(file.toString(), text);
        String name = root.string("name");
        String description = root.string("description", "");
        List<Path> data = new ArrayList<>();
        for (String d : root.strings("data")) {
            data.add(base.resolve(d).normalize());
        }
        SimConfig simulation = root.has("simulate") ? simulation(root.child("simulate")) : null;
        if (data.isEmpty() == (simulation == null)) {
            throw root.error("data", "name the data files (data: [...]) or a simulation (simulate: {...}), one of"
                    + " the two");
        }
        Path strategy = base.resolve(root.string("strategy")).normalize();
        long from = root.has("from") ? time(root, "from") : Long.MIN_VALUE;
        long to = root.has("to") ? time(root, "to") : Long.MAX_VALUE;
        if (from >= to) {
            throw root.error("to", "must be after 'from'");
        }
        double balance = root.number("initialBalance", 10_000, 1, 1e12);
        ConfigNode v = root.optChild("venue");
        BacktestSpec.VenueCosts d = BacktestSpec.VenueCosts.DEFAULT;
        BacktestSpec.VenueCosts costs = new BacktestSpec.VenueCosts(
                v.number("makerFee", d.makerFee(), -0.01, 0.01),
                v.number("takerFee", d.takerFee(), 0, 0.01),
                v.number("slippageBps", d.slippageBps(), 0, 1000),
                v.has("latency") ? Span.parse(v, "latency") : d.latency(),
                maintenance(v, d.maintenance()),
                v.has("fundingInterval") ? Span.parsePositive(v, "fundingInterval") : d.fundingInterval(),
                v.number("impactBps", d.impactBps(), 0, 1000),
                impactModel(v, d.impactModel()),
                v.number("liquidationFee", d.liquidationFee(), 0, VenueConfig.MAX_LIQUIDATION_FEE),
                v.number("limitFillShare", d.limitFillShare(), 0.01, 1));
        v.finish();
        Span clock = root.has("clockStep") ? Span.parsePositive(root, "clockStep") : Span.parse("10s");
        Span sample = root.has("sampleStep") ? Span.parsePositive(root, "sampleStep") : Span.parse("60s");
        Path out = Path.of(root.string("out", "runs"));
        root.finish();
        return new BacktestSpec(name, description, List.copyOf(data), strategy, from, to, balance, costs, clock,
                sample, out, text, simulation);
    }

    /** {@code maintenanceMargin: 0.004} (one flat rate) or {@code binance-btcusdt} (the brackets, the default). */
    private static MaintenanceTiers maintenance(ConfigNode v, MaintenanceTiers dflt) {
        String key = "maintenanceMargin";
        if (!v.has(key)) {
            return dflt;
        }
        String text = v.string(key).trim();
        if (BINANCE_BTCUSDT.equals(text)) {
            return MaintenanceTiers.BINANCE_BTCUSDT;
        }
        double rate;
        try {
            rate = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            rate = Double.NaN;
        }
        if (!(rate >= 0 && rate < 0.5)) {
            throw v.error(key, "must be a rate in [0, 0.5) or " + BINANCE_BTCUSDT + ", was '" + text + "'");
        }
        return MaintenanceTiers.flat(rate);
    }

    /** {@code impactModel: sqrt | linear}. */
    private static ImpactModel.Shape impactModel(ConfigNode v, ImpactModel.Shape dflt) {
        if (!v.has("impactModel")) {
            return dflt;
        }
        try {
            return ImpactModel.Shape.parse(v.string("impactModel"));
        } catch (IllegalArgumentException e) {
            throw v.error("impactModel", e.getMessage());
        }
    }

    /** {@code simulate: {symbols: 21, duration: 24h, seed: 42, start: 2025-01-01}} */
    private static SimConfig simulation(ConfigNode s) {
        int symbols = s.integer("symbols", 21, 1, 21);
        Span duration = Span.parsePositive(s, "duration");
        long seed = s.integer("seed", 42, 0, Integer.MAX_VALUE);
        SimConfig config = SimConfig.defaults(seed).withSymbolCount(symbols).withDuration(duration.resolve(0));
        if (s.has("start")) {
            config = config.withStart(time(s, "start"));
        }
        s.finish();
        return config;
    }

    /** Accepts epoch milliseconds, an ISO date (UTC midnight) or an ISO instant. */
    public static long parseTime(String text) {
        String t = text.trim();
        if (t.matches("-?\\d{10,}")) {
            return Long.parseLong(t);
        }
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            return Instant.parse(t).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a time (use 2025-01-31, 2025-01-31T08:00:00Z or epoch milliseconds)");
        }
    }

    private static long time(ConfigNode node, String key) {
        try {
            return parseTime(node.string(key));
        } catch (IllegalArgumentException e) {
            throw node.error(key, e.getMessage());
        }
    }
}
