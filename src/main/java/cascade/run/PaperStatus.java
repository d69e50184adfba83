package cascade.run;

import cascade.engine.EngineHandler;
import cascade.execution.TrackedOrder;
import cascade.feed.binance.FeedStats;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.model.Decision;
import cascade.model.RunObserver;
import cascade.model.Trade;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What the status page shows, built on the decision thread at every clock tick from the order book, the
 * portfolio and the risk gate (which only that thread may read) and handed over as an immutable JSON text;
 * feed health is read from the feed's atomic counters when the page asks. Field by field, so nothing secret can
 * slip in.
 */
final class PaperStatus implements EngineHandler.CycleListener, RunObserver {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DECISIONS = 20;

    private final Instruments instruments;
    private final String runId;
    private final LongSupplier wallMs;
    private final ArrayDeque<Decision> decisions = new ArrayDeque<>();
    private final long warmUpMs;
    private final double initialEquityUsd;
    private RunWiring wiring;
    private FeedStats feed;
    private java.util.function.Supplier<Map<String, Long>> counters = Map::of;
    private java.util.function.DoubleSupplier clockRate = () -> 1.0;
    private long trades;
    private long firstTickMs = Long.MIN_VALUE;
    private volatile ObjectNode snapshot;

    PaperStatus(Instruments instruments, String runId, long warmUpMs, double initialEquityUsd, LongSupplier wallMs) {
        this.instruments = instruments;
        this.initialEquityUsd = initialEquityUsd;
        this.runId = runId;
        this.warmUpMs = warmUpMs;
        this.wallMs = wallMs;
        this.snapshot = JSON.createObjectNode().put("runId", runId).put("venue", "binance (paper)")
                .put("risk", "starting");
    }

    void bind(RunWiring w, FeedStats feedStats, java.util.function.Supplier<Map<String, Long>> moreCounters,
            java.util.function.DoubleSupplier rate) {
        this.wiring = w;
        this.feed = feedStats;
        this.counters = moreCounters;
        this.clockRate = rate;
    }

    @Override
    public void onDecision(Decision decision) {
        decisions.addFirst(decision);
        if (decisions.size() > DECISIONS) {
            decisions.removeLast();
        }
    }

    @Override
    public void onTrade(Trade trade) {
        trades++;
    }

    @Override
    public void onBarClose(MarketEvent bar) {
        // paper runs event-level modes only
    }

    @Override
    public void onClock(long timeMs) {
        if (wiring == null) {
            return;
        }
        if (firstTickMs == Long.MIN_VALUE) {
            firstTickMs = timeMs;
        }
        ObjectNode s = JSON.createObjectNode();
        s.put("runId", runId).put("venue", "binance (paper)").put("venueTime", Instant.ofEpochMilli(timeMs).toString())
                .put("venueTimeMs", timeMs);
        s.put("risk", wiring.gate.state().name() + (wiring.gate.haltedForError() ? " (engine error)" : ""));
        double equity = Fixed.usd(wiring.portfolio.equityUsd());
        s.put("equityUsd", round2(equity)).put("balanceUsd", round2(Fixed.usd(wiring.portfolio.balanceUsd())))
                .put("pnlUsd", round2(equity - initialEquityUsd))
                .put("feesUsd", round2(Fixed.usd(wiring.portfolio.feesUsd())))
                .put("fundingUsd", round2(Fixed.usd(wiring.portfolio.fundingUsd()))).put("trades", trades);
        ArrayNode positions = s.putArray("positions");
        for (Instrument i : instruments.all()) {
            long q = wiring.portfolio.qty(i.id());
            if (q != 0) {
                positions.addObject().put("symbol", i.symbol()).put("qty", i.qty(q))
                        .put("entry", i.price(wiring.portfolio.entryPrice(i.id())));
            }
        }
        ArrayNode orders = s.putArray("openOrders");
        for (TrackedOrder o : wiring.book.openOrders()) {
            Instrument i = instruments.get(o.order.instrument);
            orders.addObject().put("clientId", o.order.clientId).put("symbol", i.symbol())
                    .put("side", o.order.side.name()).put("type", o.order.type.name()).put("qty", i.qty(o.order.qty))
                    .put("filled", i.qty(o.filledQty()))
                    .put("stop", o.order.stopPrice > 0 ? i.price(o.order.stopPrice) : null)
                    .put("limit", o.order.limitPrice > 0 ? i.price(o.order.limitPrice) : null)
                    .put("state", o.state().name()).put("mode", o.order.mode);
        }
        ArrayNode ds = s.putArray("decisions");
        for (Decision d : decisions) {
            ds.addObject().put("time", Instant.ofEpochMilli(d.timeMs()).toString()).put("symbol", d.symbol())
                    .put("mode", d.mode()).put("action", d.action().name()).put("composite", round3(d.composite()))
                    .put("confidence", round3(d.confidence())).put("reason", d.reason());
        }
        s.put("warmingUp", timeMs - firstTickMs < warmUpMs);
        snapshot = s;
    }

    /** The page's JSON: the last snapshot with the feed's health as of now. */
    String json() {
        ObjectNode s = snapshot.deepCopy();
        long now = wallMs.getAsLong();
        boolean warming = s.path("warmingUp").asBoolean(true);
        s.put("clockRate", round2(clockRate.getAsDouble()));
        ArrayNode symbols = s.putArray("symbols");
        ObjectNode c = s.putObject("counters");
        if (feed != null) {
            String[] names = feed.symbols();
            for (int k = 0; k < names.length; k++) {
                symbols.addObject().put("symbol", names[k])
                        .put("feed", !feed.connected() ? "DISCONNECTED" : feed.isStale(k) ? "STALE" : "ACTIVE")
                        .put("decisions", warming ? "warming up" : s.path("risk").asText())
                        .put("markAgeS", ageSeconds(now, feed.lastMarkWallMs(k)))
                        .put("tradeAgeS", ageSeconds(now, feed.lastTradeWallMs(k))).put("gaps", feed.gaps(k));
            }
            feed.counters().forEach((k, v) -> c.put("feed." + k, v));
        }
        counters.get().forEach(c::put);
        try {
            return JSON.writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "{\"error\":\"status unavailable\"}";
        }
    }

    private static Double ageSeconds(long now, long then) {
        return then <= 0 ? null : round2((now - then) / 1000.0);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
