package cascade.fake;

import cascade.feed.EventSource;
import cascade.market.EventType;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stand-in for Binance USDⓈ-M market data, on 127.0.0.1 only, speaking Binance's wire format for what
 * the feed uses: REST {@code /fapi/v1/ping}, {@code time}, {@code exchangeInfo}, {@code openInterest},
 * {@code aggTrades}, and the routed WebSocket {@code /market/stream?streams=…} (SUBSCRIBE messages too). It
 * replays a recording or the simulator at {@code speed}× from the moment the first market-stream client
 * connects: its clock ({@code /fapi/v1/time}, every event's {@code E}) is the data's time, running
 * {@code speed}× faster than the wall clock. The legacy unrouted {@code /stream} and {@code /ws} paths accept
 * connections and SUBSCRIBE and then send nothing, as Binance has since 2026-04-23.
 * <p>Faults, from Java or at run time under {@code /_fake/} (a path Binance does not use):
 * {@code POST /_fake/drop} closes every market connection; {@code POST /_fake/silence?on=true|false[&symbol=S]} stops or
 * resumes sending frames on open connections (of one symbol's streams with {@code symbol}); {@code POST /_fake/skip?symbol=S&n=N} withholds the next N
 * aggTrades of S from the stream (REST {@code aggTrades} still has them, as after a lost frame);
 * {@code POST /_fake/ratelimit?n=N&retryAfter=S} answers the next N REST calls 429 with {@code Retry-After: S}.
 */
public final class FakeExchange implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FakeExchange.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long FUNDING_INTERVAL_MS = 8 * 3_600_000L;
    private static final int HISTORY = 20_000;

    /** Opens the data to replay, registering its instruments into the given registry. */
    @FunctionalInterface
    public interface SourceFactory {
        EventSource open(Instruments into) throws IOException;
    }

    private final SourceFactory sourceFactory;
    private final double speed;
    private final Javalin app;
    private final Map<WsContext, Set<String>> market = new ConcurrentHashMap<>();
    private final Set<WsContext> legacy = ConcurrentHashMap.newKeySet();
    private final Map<String, SymbolState> symbols = new ConcurrentHashMap<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicLong framesSent = new AtomicLong();
    private final AtomicLong eventsReplayed = new AtomicLong();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean silent;
    private final Map<WsContext, Long> openedAtMs = new ConcurrentHashMap<>();
    private volatile long maxConnectionMs = 24 * 3_600_000L;
    private final AtomicLong closedForAge = new AtomicLong();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final AtomicLong answered429 = new AtomicLong();
    private final AtomicLong callsWhileLimited = new AtomicLong();
    private volatile long limitedUntilNanos;
    private volatile int retryAfterSeconds = 1;
    private volatile long startMs;
    private volatile long wallStartNanos = -1;
    private volatile long dataEndMs;
    private Thread replay;

    /**
     * @param sourceFactory opens the data to replay (called once to learn the instruments, once to replay)
     * @param speed how much faster than real time the data is replayed (1 = real time)
     */
    public FakeExchange(SourceFactory sourceFactory, double speed) throws IOException {
        if (!(speed > 0) || speed > 1e6) {
            throw new IllegalArgumentException("speed must be in (0, 1e6], was " + speed);
        }
        this.sourceFactory = sourceFactory;
        this.speed = speed;
        // a first pass learns the symbols and the data's start
        Instruments own = new Instruments();
        try (EventSource scan = sourceFactory.open(own)) {
            MarketEvent e = new MarketEvent();
            long first = Long.MIN_VALUE;
            while (scan.next(e)) {
                if (first == Long.MIN_VALUE) {
                    first = e.timeMs;
                }
                if (e.instrument >= 0 && !symbols.containsKey(own.get(e.instrument).symbol())) {
                    Instrument i = own.get(e.instrument);
                    symbols.put(i.symbol(), new SymbolState(i, 1_000_000L * (symbols.size() + 1)));
                }
                dataEndMs = e.timeMs;
            }
            startMs = first == Long.MIN_VALUE ? 0 : first;
        }
        app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.jetty.modifyWebSocketServletFactory(f -> f.setIdleTimeout(Duration.ofMinutes(10)));
        });
        routes();
    }

    /** Starts listening on 127.0.0.1:{@code port} (0 = any free port); returns the port. */
    public int start(int port) {
        app.start("127.0.0.1", port);
        return app.port();
    }

    public int port() {
        return app.port();
    }

    /** The fake's clock: the data's time, {@code speed}× the wall clock once the replay has started. */
    public long nowMs() {
        long w = wallStartNanos;
        return w < 0 ? startMs : startMs + (long) ((System.nanoTime() - w) / 1e6 * speed);
    }

    public long framesSent() {
        return framesSent.get();
    }

    public long eventsReplayed() {
        return eventsReplayed.get();
    }

    /** Waits until the whole source was replayed. */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public long dataEndMs() {
        return dataEndMs;
    }

    /** Market-stream connections opened so far. */
    public int connections() {
        return connections.get();
    }

    /** Legacy-path connections currently open. */
    public int legacyConnections() {
        return legacy.size();
    }

    // ---- faults

    /** Closes every market connection (the client must reconnect). */
    public void drop() {
        LOG.info("fake: dropping {} market connections", market.size());
        for (WsContext ctx : List.copyOf(market.keySet())) {
            market.remove(ctx);
            try {
                ctx.closeSession(1001, "fake: dropped");
            } catch (RuntimeException e) {
                LOG.debug("fake: close failed", e);
            }
        }
    }

    /**
     * Binance closes a connection at 24 h; the fake closes one after {@code ms} of its own (the data's) time, so
     * at N× speed the limit comes N× sooner.
     */
    public void maxConnectionAge(long ms) {
        maxConnectionMs = ms;
    }

    /** Connections the fake closed for their age. */
    public long closedForAge() {
        return closedForAge.get();
    }

    /** While on, no frame is sent on any connection (the sockets stay open). */
    public void silence(boolean on) {
        silent = on;
    }

    /** While on, no frame of {@code symbol}'s streams is sent (the other symbols keep streaming). */
    public void silence(String symbol, boolean on) {
        SymbolState st = symbols.get(symbol);
        if (st == null) {
            throw new IllegalArgumentException("unknown symbol " + symbol);
        }
        st.silent = on;
    }

    /** The next {@code n} aggTrades of {@code symbol} are not streamed (REST still has them). */
    public void skipAggTrades(String symbol, int n) {
        SymbolState s = symbols.get(symbol);
        if (s == null) {
            throw new IllegalArgumentException("unknown symbol " + symbol);
        }
        s.skip.addAndGet(n);
    }

    /**
     * The next {@code n} REST market-data calls answer 429 with {@code Retry-After: seconds} (code -1003); a call
     * that comes while that wait has not passed is counted, as Binance counts it towards a 418 ban.
     */
    public void rateLimit(int n, int seconds) {
        retryAfterSeconds = seconds;
        rateLimited.set(n);
    }

    /** 429 answers given so far. */
    public long answered429() {
        return answered429.get();
    }

    /** REST calls that arrived while a 429's Retry-After was still running (Binance would answer 418). */
    public long callsWhileLimited() {
        return callsWhileLimited.get();
    }

    /** aggTrades withheld from the stream so far for {@code symbol}. */
    public long skippedAggTrades(String symbol) {
        return symbols.get(symbol).skipped.get();
    }

    // ---- routes

    private void routes() {
        app.before("/fapi/*", ctx -> {
            if (System.nanoTime() < limitedUntilNanos) {
                callsWhileLimited.incrementAndGet();
            }
            if (rateLimited.get() > 0 && rateLimited.getAndDecrement() > 0) {
                answered429.incrementAndGet();
                limitedUntilNanos = System.nanoTime() + retryAfterSeconds * 1_000_000_000L;
                ctx.header("Retry-After", Integer.toString(retryAfterSeconds));
                error(ctx, 429, -1003, "Too many requests; current limit of IP is 2400 requests per minute.");
                ctx.skipRemainingHandlers();
            }
        });
        app.get("/fapi/v1/ping", ctx -> json(ctx, "{}"));
        app.get("/fapi/v1/time", ctx -> json(ctx, "{\"serverTime\":" + nowMs() + "}"));
        app.get("/fapi/v1/exchangeInfo", ctx -> json(ctx, exchangeInfo()));
        app.get("/fapi/v1/openInterest", this::openInterest);
        app.get("/fapi/v1/aggTrades", this::aggTrades);
        app.post("/_fake/drop", ctx -> {
            drop();
            json(ctx, "{\"dropped\":true}");
        });
        app.post("/_fake/ratelimit", ctx -> {
            rateLimit(Integer.parseInt(ctx.queryParamAsClass("n", String.class).getOrDefault("1")),
                    Integer.parseInt(ctx.queryParamAsClass("retryAfter", String.class).getOrDefault("1")));
            json(ctx, "{\"limited\":true}");
        });
        app.post("/_fake/silence", ctx -> {
            String sym = ctx.queryParam("symbol");
            if (sym != null) {
                if (!symbols.containsKey(sym)) {
                    error(ctx, 400, -1121, "Invalid symbol.");
                    return;
                }
                silence(sym, Boolean.parseBoolean(ctx.queryParam("on")));
                json(ctx, "{\"symbol\":\"" + sym + "\"}");
                return;
            }
            silence(Boolean.parseBoolean(ctx.queryParam("on")));
            json(ctx, "{\"silent\":" + silent + "}");
        });
        app.post("/_fake/skip", ctx -> {
            String sym = ctx.queryParam("symbol");
            if (sym == null || !symbols.containsKey(sym)) {
                error(ctx, 400, -1121, "Invalid symbol.");
                return;
            }
            skipAggTrades(sym, Integer.parseInt(ctx.queryParamAsClass("n", String.class).getOrDefault("1")));
            json(ctx, "{\"symbol\":\"" + sym + "\"}");
        });
        app.ws("/market/stream", ws -> {
            ws.onConnect(ctx -> {
                Set<String> subs = ConcurrentHashMap.newKeySet();
                String q = ctx.queryParam("streams");
                if (q != null) {
                    for (String s : q.split("/")) {
                        subs.add(s);
                    }
                }
                market.put(ctx, subs);
                connections.incrementAndGet();
                startReplay();
                openedAtMs.put(ctx, nowMs());
            });
            ws.onMessage(ctx -> {
                Set<String> subs = market.get(ctx);
                answerSubscribe(ctx, ctx.message(), subs);
            });
            ws.onClose(ctx -> {
                market.remove(ctx);
                openedAtMs.remove(ctx);
            });
            ws.onError(ctx -> {
                market.remove(ctx);
                openedAtMs.remove(ctx);
            });
        });
        for (String path : new String[] {"/stream", "/ws", "/ws/{stream}"}) {
            app.ws(path, ws -> {
                ws.onConnect(legacy::add);
                ws.onMessage(ctx -> answerSubscribe(ctx, ctx.message(), null));
                ws.onClose(legacy::remove);
                ws.onError(legacy::remove);
            });
        }
    }

    private void answerSubscribe(WsContext ctx, String text, Set<String> subs) {
        try {
            JsonNode m = JSON.readTree(text);
            String method = m.path("method").asText();
            if (subs != null) {
                for (JsonNode p : m.path("params")) {
                    if ("SUBSCRIBE".equals(method)) {
                        subs.add(p.asText());
                    } else if ("UNSUBSCRIBE".equals(method)) {
                        subs.remove(p.asText());
                    }
                }
            }
            send(ctx, "{\"result\":null,\"id\":" + m.path("id").asLong() + "}");
        } catch (IOException e) {
            send(ctx, "{\"error\":{\"code\":2,\"msg\":\"Invalid request\"}}");
        }
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json").header("X-MBX-USED-WEIGHT-1M", "1").result(body);
    }

    private static void error(Context ctx, int status, int code, String msg) {
        ctx.status(status);
        json(ctx, "{\"code\":" + code + ",\"msg\":\"" + msg + "\"}");
    }

    private String exchangeInfo() {
        ObjectNode root = JSON.createObjectNode();
        root.put("timezone", "UTC").put("serverTime", nowMs()).put("futuresType", "U_MARGINED");
        ArrayNode limits = root.putArray("rateLimits");
        limits.addObject().put("rateLimitType", "REQUEST_WEIGHT").put("interval", "MINUTE").put("intervalNum", 1)
                .put("limit", 2400);
        limits.addObject().put("rateLimitType", "ORDERS").put("interval", "MINUTE").put("intervalNum", 1)
                .put("limit", 1200);
        limits.addObject().put("rateLimitType", "ORDERS").put("interval", "SECOND").put("intervalNum", 10)
                .put("limit", 300);
        root.putArray("exchangeFilters");
        ArrayNode list = root.putArray("symbols");
        for (SymbolState s : symbols.values()) {
            Instrument i = s.instrument;
            String tick = BigDecimal.ONE.movePointLeft(i.priceScale()).toPlainString();
            String step = BigDecimal.ONE.movePointLeft(i.qtyScale()).toPlainString();
            ObjectNode o = list.addObject();
            o.put("symbol", i.symbol()).put("pair", i.symbol()).put("contractType", "PERPETUAL")
                    .put("deliveryDate", 4133404800000L).put("onboardDate", 1569398400000L).put("status", "TRADING")
                    .put("baseAsset", i.symbol().replaceFirst("USDT$", "")).put("quoteAsset", "USDT")
                    .put("marginAsset", "USDT").put("pricePrecision", i.priceScale())
                    .put("quantityPrecision", i.qtyScale()).put("baseAssetPrecision", 8).put("quotePrecision", 8)
                    .put("underlyingType", "COIN").put("triggerProtect", "0.0500").put("liquidationFee", "0.012500")
                    .put("marketTakeBound", "0.05");
            ArrayNode f = o.putArray("filters");
            f.addObject().put("filterType", "PRICE_FILTER").put("minPrice", tick).put("maxPrice", "10000000")
                    .put("tickSize", tick);
            f.addObject().put("filterType", "LOT_SIZE").put("minQty", step).put("maxQty", "1000000")
                    .put("stepSize", step);
            f.addObject().put("filterType", "MARKET_LOT_SIZE").put("minQty", step).put("maxQty", "100000")
                    .put("stepSize", step);
            f.addObject().put("filterType", "MAX_NUM_ORDERS").put("limit", 200);
            f.addObject().put("filterType", "MAX_NUM_ALGO_ORDERS").put("limit", 10);
            f.addObject().put("filterType", "MIN_NOTIONAL").put("notional", "5");
            f.addObject().put("filterType", "PERCENT_PRICE").put("multiplierUp", "1.0500")
                    .put("multiplierDown", "0.9500").put("multiplierDecimal", "4");
            ArrayNode types = o.putArray("orderTypes");
            for (String t : new String[] {"LIMIT", "MARKET", "STOP", "STOP_MARKET", "TAKE_PROFIT",
                "TAKE_PROFIT_MARKET", "TRAILING_STOP_MARKET"}) {
                types.add(t);
            }
            ArrayNode tif = o.putArray("timeInForce");
            for (String t : new String[] {"GTC", "IOC", "FOK", "GTX"}) {
                tif.add(t);
            }
        }
        return root.toString();
    }

    private void openInterest(Context ctx) {
        SymbolState s = symbols.get(String.valueOf(ctx.queryParam("symbol")));
        if (s == null) {
            error(ctx, 400, -1121, "Invalid symbol.");
            return;
        }
        long oi;
        long time;
        synchronized (s) {
            oi = s.openInterest;
            time = s.openInterestTimeMs;
        }
        String value = oi == Fixed.UNKNOWN ? "0" : decimal(oi, MarketEvent.OI_SCALE);
        json(ctx, "{\"openInterest\":\"" + value + "\",\"symbol\":\"" + s.instrument.symbol() + "\",\"time\":"
                + (oi == Fixed.UNKNOWN ? 0 : time) + "}");
    }

    private void aggTrades(Context ctx) {
        SymbolState s = symbols.get(String.valueOf(ctx.queryParam("symbol")));
        if (s == null) {
            error(ctx, 400, -1121, "Invalid symbol.");
            return;
        }
        int limit = 500;
        long fromId = -1;
        try {
            if (ctx.queryParam("limit") != null) {
                limit = Math.max(1, Math.min(1000, Integer.parseInt(ctx.queryParam("limit"))));
            }
            if (ctx.queryParam("fromId") != null) {
                fromId = Long.parseLong(ctx.queryParam("fromId"));
            }
        } catch (NumberFormatException e) {
            error(ctx, 400, -1100, "Illegal characters found in a parameter.");
            return;
        }
        StringBuilder out = new StringBuilder("[");
        synchronized (s) {
            List<String> picked = new ArrayList<>();
            if (fromId < 0) {
                int skip = Math.max(0, s.history.size() - limit);
                int n = 0;
                for (TradeRecord t : s.history) {
                    if (n++ >= skip) {
                        picked.add(t.json);
                    }
                }
            } else {
                for (TradeRecord t : s.history) {
                    if (t.id >= fromId && picked.size() < limit) {
                        picked.add(t.json);
                    }
                }
            }
            out.append(String.join(",", picked));
        }
        json(ctx, out.append(']').toString());
    }

    // ---- replay

    private synchronized void startReplay() {
        if (replay != null) {
            return;
        }
        wallStartNanos = System.nanoTime();
        replay = new Thread(this::replayLoop, "cascade-fake-replay");
        replay.setDaemon(true);
        replay.start();
    }

    private void replayLoop() {
        MarketEvent e = new MarketEvent();
        Instruments own = new Instruments();
        try (EventSource source = sourceFactory.open(own)) {
            while (source.next(e)) {
                long wait = (long) ((e.timeMs - nowMs()) / speed);
                while (wait > 0) {
                    Thread.sleep(Math.min(wait, 50));
                    wait = (long) ((e.timeMs - nowMs()) / speed);
                }
                dispatch(e, e.instrument < 0 ? null : symbols.get(own.get(e.instrument).symbol()));
                eventsReplayed.incrementAndGet();
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException ex) {
            LOG.error("fake: replay failed", ex);
        } finally {
            finished.countDown();
        }
    }

    private void dispatch(MarketEvent e, SymbolState s) {
        if (s == null || e.type == EventType.CLOCK) {
            return;
        }
        if (s.silent && e.type != EventType.OPEN_INTEREST && e.type != EventType.FUNDING) {
            return; // a silenced symbol's frames are not sent (nor kept for REST)
        }
        Instrument i = s.instrument;
        String lower = i.symbol().toLowerCase(Locale.ROOT);
        switch (e.type) {
            case TRADE -> {
                String json;
                long id;
                synchronized (s) {
                    id = s.nextAggId++;
                    json = "{\"a\":" + id + ",\"p\":\"" + decimal(e.price, i.priceScale()) + "\",\"q\":\""
                            + decimal(e.qty, i.qtyScale()) + "\",\"f\":" + id + ",\"l\":" + id + ",\"T\":" + e.timeMs
                            + ",\"m\":" + (e.side == Side.SELL) + "}";
                    s.history.addLast(new TradeRecord(id, json));
                    if (s.history.size() > HISTORY) {
                        s.history.removeFirst();
                    }
                }
                if (s.skip.get() > 0 && s.skip.getAndDecrement() > 0) {
                    s.skipped.incrementAndGet();
                    return;
                }
                String stream = lower + "@aggTrade";
                broadcast(stream, "{\"stream\":\"" + stream + "\",\"data\":{\"e\":\"aggTrade\",\"E\":" + (e.timeMs + 3)
                        + ",\"s\":\"" + i.symbol() + "\"," + json.substring(1) + "}");
            }
            case LIQUIDATION -> {
                String p = decimal(e.price, i.priceScale());
                String q = decimal(e.qty, i.qtyScale());
                broadcast("!forceOrder@arr", "{\"stream\":\"!forceOrder@arr\",\"data\":{\"e\":\"forceOrder\",\"E\":"
                        + (e.timeMs + 5) + ",\"o\":{\"s\":\"" + i.symbol() + "\",\"S\":\"" + e.side.name()
                        + "\",\"o\":\"LIMIT\",\"f\":\"IOC\",\"q\":\"" + q + "\",\"p\":\"" + p + "\",\"ap\":\"" + p
                        + "\",\"X\":\"FILLED\",\"l\":\"" + q + "\",\"z\":\"" + q + "\",\"T\":" + e.timeMs + "}}}");
            }
            case MARK_PRICE -> {
                long rate;
                long next;
                synchronized (s) {
                    if (s.nextFundingMs == 0 || e.timeMs >= s.nextFundingMs) {
                        s.nextFundingMs = (Math.floorDiv(e.timeMs, FUNDING_INTERVAL_MS) + 1) * FUNDING_INTERVAL_MS;
                    }
                    rate = s.rate;
                    next = s.nextFundingMs;
                }
                String p = decimal(e.price, i.priceScale());
                String stream = lower + "@markPrice@1s";
                broadcast(stream, "{\"stream\":\"" + stream + "\",\"data\":{\"e\":\"markPriceUpdate\",\"E\":" + e.timeMs
                        + ",\"s\":\"" + i.symbol() + "\",\"p\":\"" + p + "\",\"i\":\"" + p + "\",\"P\":\"" + p
                        + "\",\"r\":\"" + decimal(rate, Fixed.RATE_SCALE) + "\",\"T\":" + next + "}}");
            }
            case FUNDING -> {
                if (e.fundingRate != Fixed.UNKNOWN) {
                    synchronized (s) {
                        s.rate = e.fundingRate;
                    }
                }
            }
            case OPEN_INTEREST -> {
                synchronized (s) {
                    s.openInterest = e.openInterest;
                    s.openInterestTimeMs = e.timeMs;
                }
            }
            default -> { }
        }
    }

    private void broadcast(String stream, String frame) {
        if (silent) {
            return;
        }
        long now = nowMs();
        for (Map.Entry<WsContext, Long> o : openedAtMs.entrySet()) {
            if (now - o.getValue() >= maxConnectionMs) {
                openedAtMs.remove(o.getKey());
                market.remove(o.getKey());
                closedForAge.incrementAndGet();
                try {
                    o.getKey().closeSession(1000, "fake: 24 h connection limit");
                } catch (RuntimeException e) {
                    LOG.debug("fake: close failed", e);
                }
            }
        }
        for (Map.Entry<WsContext, Set<String>> m : market.entrySet()) {
            if (m.getValue().contains(stream)) {
                send(m.getKey(), frame);
            }
        }
    }

    private void send(WsContext ctx, String frame) {
        try {
            synchronized (ctx) {
                ctx.session.getRemote().sendString(frame);
            }
            framesSent.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            market.remove(ctx);
            LOG.debug("fake: send failed, connection dropped: {}", e.toString());
        }
    }

    private static String decimal(long units, int scale) {
        return Fixed.toBigDecimal(units, scale).toPlainString();
    }

    @Override
    public void close() {
        if (replay != null) {
            replay.interrupt();
        }
        app.stop();
    }

    private static final class SymbolState {
        final Instrument instrument;
        final ArrayDeque<TradeRecord> history = new ArrayDeque<>();
        final AtomicInteger skip = new AtomicInteger();
        final AtomicLong skipped = new AtomicLong();
        volatile boolean silent;
        long nextAggId;
        long rate;
        long nextFundingMs;
        long openInterest = Fixed.UNKNOWN;
        long openInterestTimeMs;

        SymbolState(Instrument instrument, long firstAggId) {
            this.instrument = instrument;
            this.nextAggId = firstAggId;
        }
    }

    private record TradeRecord(long id, String json) {
    }
}
