package cascade.feed.binance;

import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binance USDⓈ-M market data for a list of symbols, as {@link MarketEvent}s handed to a {@link Sink}:
 * one WebSocket on the routed market path ({@code /market/stream?streams=…}: {@code !forceOrder@arr} and per
 * symbol {@code @aggTrade} and {@code @markPrice@1s}) and open interest polled over REST.
 * <p>Connection health, each event logged with a reason and counted in {@link FeedStats}:
 * <ul>
 * <li>reconnect on close, error or silence with exponential backoff (base × 2^attempt, capped) and jitter
 *     (a random 50–100 % of it), the attempt count reset by the first frame of a connection;</li>
 * <li>a silence watchdog per symbol's mark-price stream (it ticks every second): past the limit the symbol is
 *     stale and the connection is replaced;</li>
 * <li>aggTrade ids: a repeated or older id is a duplicate and dropped; a jump is a gap, back-filled from
 *     {@code /fapi/v1/aggTrades} before the frame that revealed it (what REST no longer has is counted lost);</li>
 * <li>a settled funding rate is published when the stream's next funding time moves on (the rate last
 *     streamed for the old time is the one that settled);</li>
 * <li>open interest every {@code oiPeriod}, one symbol per call, only while the weight Binance reports used is
 *     under the feed's share of the limit and no 429 is being waited out.</li>
 * </ul>
 * The JDK's {@link java.net.http.WebSocket} answers pings itself and takes frames one at a time
 * ({@code request(1)} after each), so a slow consumer slows the socket instead of queueing without bound.
 */
public final class BinanceMarketFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BinanceMarketFeed.class);

    /** Receives the feed's events, from the feed's threads (the engine's ring is multi-producer). */
    public interface Sink {
        void onMarket(MarketEvent event);
    }

    /**
     * @param restBase e.g. {@code https://fapi.binance.com}
     * @param wsBase e.g. {@code wss://fstream.binance.com} (the {@code /market} route is added here)
     * @param silenceMs a mark stream silent this long (wall time) is stale and the connection is replaced
     * @param oiPeriodMs wall time between open-interest calls (one symbol per call)
     * @param weightShare share of the IP weight limit the OI poller may use up to (e.g. 0.2)
     */
    public record Config(URI restBase, URI wsBase, long silenceMs, long backoffBaseMs, long backoffMaxMs,
            long oiPeriodMs, double weightShare, long rotateMs) {
        /** Binance closes a connection at 24 h: ours is replaced, with an overlap, at 23 h. */
        public static final long ROTATE_MS = 23 * 3_600_000L;

        public static Config of(URI restBase, URI wsBase) {
            return new Config(restBase, wsBase, 10_000, 250, 30_000, 1_000, 0.2, ROTATE_MS);
        }

        /** Replace the connection after this much of the venue's time (its 24 h limit less a margin). */
        public Config withRotation(long ms) {
            return new Config(restBase, wsBase, silenceMs, backoffBaseMs, backoffMaxMs, oiPeriodMs, weightShare, ms);
        }

        /** REST and WebSocket on one endpoint ({@code http://127.0.0.1:P} → {@code ws://127.0.0.1:P}). */
        public static Config endpoint(URI endpoint) {
            String ws = endpoint.toString().replaceFirst("^http", "ws");
            return of(endpoint, URI.create(ws));
        }

        public Config withSilence(long ms) {
            return new Config(restBase, wsBase, ms, backoffBaseMs, backoffMaxMs, oiPeriodMs, weightShare, rotateMs);
        }

        public Config withBackoff(long baseMs, long maxMs) {
            return new Config(restBase, wsBase, silenceMs, baseMs, maxMs, oiPeriodMs, weightShare, rotateMs);
        }

        public Config withOiPeriod(long ms) {
            return new Config(restBase, wsBase, silenceMs, backoffBaseMs, backoffMaxMs, ms, weightShare, rotateMs);
        }
    }

    private final Config config;
    private final Instruments instruments;
    private final String[] symbols;
    private final int[] ids;
    private final BinanceWire wire;
    private final BinanceRest rest;
    private final Sink sink;
    private final FeedStats stats;
    private final LongSupplier wallMs;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "cascade-feed-timer");
        t.setDaemon(true);
        return t;
    });
    // per symbol index, touched on the socket's thread only (frames are requested one at a time)
    private final long[] lastAggId;
    private final long[] nextFundingMs;
    private final long[] streamedRate;
    private final long[] lastOiTimeMs;
    private volatile WebSocket socket;
    private volatile long connectionSeq;
    /** While a connection is being replaced: the old one's sequence (its frames still count) and socket. */
    private volatile long overlapSeq = -1;
    private volatile WebSocket overlapSocket;
    private volatile long connectedAtWallMs;
    private long lastSilenceReplaceWallMs;
    private final long[] lastMarkMs;
    private final java.util.ArrayDeque<String> recentLiquidations = new java.util.ArrayDeque<>();
    private volatile boolean closed;
    private int attempt;
    private int oiCursor;
    private volatile java.util.function.DoubleSupplier clockRate = () -> 1.0;
    private long lastOiPollWallMs = Long.MIN_VALUE / 2;
    private int oiErrors;
    private long oiResumeWallMs;

    public BinanceMarketFeed(Config config, Instruments instruments, List<String> symbols, BinanceRest rest, Sink sink,
            LongSupplier wallMs) {
        this.config = config;
        this.instruments = instruments;
        this.symbols = symbols.toArray(String[]::new);
        this.ids = new int[this.symbols.length];
        for (int i = 0; i < ids.length; i++) {
            Instrument inst = instruments.find(BinanceWire.VENUE, this.symbols[i]);
            if (inst == null) {
                throw new IllegalArgumentException("symbol " + this.symbols[i] + " is not registered");
            }
            ids[i] = inst.id();
        }
        this.wire = new BinanceWire(instruments);
        this.rest = rest;
        this.sink = sink;
        this.wallMs = wallMs;
        this.stats = new FeedStats(this.symbols);
        lastAggId = new long[ids.length];
        Arrays.fill(lastAggId, -1);
        nextFundingMs = new long[ids.length];
        streamedRate = new long[ids.length];
        Arrays.fill(streamedRate, Fixed.UNKNOWN);
        lastOiTimeMs = new long[ids.length];
        lastMarkMs = new long[ids.length];
    }

    /**
     * Registers the tradable perpetuals among {@code wanted} from {@code exchangeInfo} (venue "binance",
     * scales from the tick and the lot step).
     *
     * @throws IllegalArgumentException naming the symbols the exchange does not list as trading perpetuals
     */
    public static List<String> registerInstruments(BinanceRest rest, Instruments instruments, List<String> wanted)
            throws IOException, BinanceRestException {
        List<SymbolInfo> infos = rest.exchangeInfo();
        List<String> missing = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (String w : wanted) {
            SymbolInfo info = infos.stream().filter(s -> s.symbol().equals(w) && s.tradingPerpetual()).findFirst()
                    .orElse(null);
            if (info == null) {
                missing.add(w);
            } else {
                instruments.register(BinanceWire.VENUE, w, info.priceScale(), info.qtyScale());
                found.add(w);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("not trading perpetuals on the exchange: " + missing);
        }
        return found;
    }

    public FeedStats stats() {
        return stats;
    }

    /**
     * How fast the venue's clock runs against the wall clock (1 for Binance; N against a fake replaying at N×):
     * the OI poll period is in the venue's time, so a rehearsal at N× polls N× as often.
     */
    public void clockRate(java.util.function.DoubleSupplier rate) {
        this.clockRate = rate;
    }

    /** The combined-stream URI on the routed {@code /market} path. */
    public URI streamUri() {
        StringBuilder s = new StringBuilder("!forceOrder@arr");
        for (String sym : symbols) {
            for (String stream : BinanceWire.streamsOf(sym)) {
                s.append('/').append(stream);
            }
        }
        return URI.create(config.wsBase().toString().replaceAll("/+$", "") + "/market/stream?streams=" + s);
    }

    /** Connects (and keeps reconnecting) and starts the watchdog and the OI poller. */
    public void start() {
        long now = wallMs.getAsLong();
        for (int i = 0; i < symbols.length; i++) {
            stats.markSeen(i, now); // the watchdog's grace starts at start-up
            stats.tradeSeen(i, 0);
        }
        connect();
        long check = Math.max(10, config.silenceMs() / 4);
        timers.scheduleWithFixedDelay(this::watchdog, check, check, TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(this::pollOpenInterest, 0, Math.max(1, Math.min(config.oiPeriodMs(), 10)),
                TimeUnit.MILLISECONDS);
    }

    private synchronized void connect() {
        if (closed) {
            return;
        }
        long seq = ++connectionSeq;
        URI uri = streamUri();
        LOG.info("feed: connecting to {} (attempt {})", uri.getHost() + ":" + uri.getPort() + uri.getPath(), attempt);
        http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, new Listener(seq))
                .whenComplete((ws, err) -> {
                    if (err != null) {
                        stats.count("connect.failed");
                        LOG.warn("feed: connect failed, reason: {}", err.toString());
                        scheduleReconnect(seq, "connect failed");
                    } else if (seq != connectionSeq || closed) {
                        ws.abort();
                    } else {
                        socket = ws;
                        connectedAtWallMs = wallMs.getAsLong();
                        stats.connected(true);
                        stats.count("connect.ok");
                    }
                });
    }

    private synchronized void scheduleReconnect(long seq, String reason) {
        if (closed || seq != connectionSeq) {
            return; // that connection was already replaced
        }
        connectionSeq++; // whatever the old socket still says is ignored from now on
        stats.connected(false);
        WebSocket old = socket;
        socket = null;
        if (old != null) {
            old.abort();
        }
        endOverlap();
        long delay = Math.min(config.backoffMaxMs(), config.backoffBaseMs() << Math.min(attempt, 20));
        delay = delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
        attempt++;
        stats.count("reconnect");
        stats.count("reconnect." + reason.replace(' ', '-'));
        LOG.warn("feed: reconnecting in {} ms, reason: {}", delay, reason);
        timers.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    /**
     * Replaces the connection before the venue's 24 h limit without a gap: a new connection is opened while the
     * old one keeps delivering, and the old one is closed at the new one's first frame; what both delivered is
     * removed (aggTrade ids, mark times, liquidation keys).
     */
    void rotate() {
        synchronized (this) {
            if (closed || socket == null || overlapSeq >= 0) {
                return;
            }
            overlapSeq = connectionSeq;
            overlapSocket = socket;
            stats.count("rotate");
            LOG.info("feed: replacing the connection, reason: {} ms of venue time reached (24 h limit)",
                    config.rotateMs());
        }
        connect();
    }

    private synchronized void endOverlap() {
        WebSocket old = overlapSocket;
        overlapSocket = null;
        overlapSeq = -1;
        if (old != null) {
            old.sendClose(WebSocket.NORMAL_CLOSURE, "replaced").exceptionally(e -> null);
            old.abort();
        }
    }

    private boolean accepting(long seq) {
        return !closed && (seq == connectionSeq || seq == overlapSeq);
    }

    /** Closes the connection on purpose (tests: a dropped connection as seen from our side). */
    void dropForTest() {
        scheduleReconnect(connectionSeq, "dropped");
    }

    private void watchdog() {
        try {
            long now = wallMs.getAsLong();
            int silentSymbols = 0;
            for (int i = 0; i < symbols.length; i++) {
                boolean isStale = now - stats.lastMarkWallMs(i) > config.silenceMs();
                if (isStale && !stats.isStale(i)) {
                    stats.count("stale");
                    LOG.warn("feed: {} stale, reason: no mark price for {} ms", symbols[i], now - stats.lastMarkWallMs(i));
                }
                stats.stale(i, isStale);
                silentSymbols += isStale ? 1 : 0;
            }
            // every stream silent: the connection is dead (or on a route that sends nothing) — replace it; some
            // silent while others tick: those symbols are stale, and the connection is replaced at most once per
            // six silence limits in case the server dropped their subscriptions
            boolean replace = silentSymbols == symbols.length
                    || silentSymbols > 0 && now - lastSilenceReplaceWallMs > 6 * config.silenceMs();
            if (replace && socket != null) {
                lastSilenceReplaceWallMs = now;
                stats.count("watchdog.silence");
                scheduleReconnect(connectionSeq, "silence");
            } else if (socket != null && overlapSeq < 0
                    && now - connectedAtWallMs >= config.rotateMs() / Math.max(1.0, clockRate.getAsDouble())) {
                rotate();
            }
        } catch (RuntimeException e) {
            LOG.error("feed: watchdog failed", e);
        }
    }

    private void pollOpenInterest() {
        if (closed || symbols.length == 0) {
            return;
        }
        long now = wallMs.getAsLong();
        if (now - lastOiPollWallMs < config.oiPeriodMs() / Math.max(1.0, clockRate.getAsDouble())
                || now < oiResumeWallMs) {
            return;
        }
        lastOiPollWallMs = now;
        int i = oiCursor++ % symbols.length;
        if (rest.backingOff()) {
            stats.count("oi.skipped.backoff");
            return;
        }
        if (rest.usedWeight() >= (long) (rest.weightLimitPerMinute() * config.weightShare())) {
            stats.count("oi.skipped.weight");
            return;
        }
        try {
            JsonNode oi = rest.openInterest(symbols[i]);
            long time = oi.path("time").asLong();
            long value = Fixed.parse(oi.path("openInterest").asText(), MarketEvent.OI_SCALE);
            oiErrors = 0;
            if (time <= lastOiTimeMs[i]) {
                stats.count("oi.unchanged");
                return;
            }
            lastOiTimeMs[i] = time;
            stats.count("oi.polled");
            sink.onMarket(new MarketEvent().openInterest(ids[i], time, value));
        } catch (BinanceRestException e) {
            stats.count("oi.error." + e.status());
            if (e.retryAfterMs() > 0) {
                // a 429/418: the REST client refuses every call until Retry-After has passed
                LOG.warn("feed: open interest of {} refused, reason: {}; waiting {} ms", symbols[i], e.getMessage(),
                        e.retryAfterMs());
            } else {
                oiFailed(now, symbols[i], e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            stats.count("oi.error");
            oiFailed(now, symbols[i], e.toString());
        }
    }

    /** After a failed call the poll pauses, 1 s doubling to 60 s of wall time, so a down host is not hammered. */
    private void oiFailed(long now, String symbol, String reason) {
        long pause = Math.min(60_000, 1000L << Math.min(oiErrors, 6));
        oiErrors++;
        oiResumeWallMs = now + pause;
        LOG.warn("feed: open interest of {} failed, reason: {}; next poll in {} ms", symbol, reason, pause);
    }

    private int indexOf(int instrumentId) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == instrumentId) {
                return i;
            }
        }
        return -1;
    }

    /** One frame, on a socket's thread (two sockets while a connection is replaced: hence the lock). */
    synchronized void onFrame(String text) {
        StreamMessage m = wire.parse(text);
        switch (m.kind()) {
            case RESPONSE -> stats.count("frames.response");
            case IGNORED -> {
                stats.count("frames.ignored");
                LOG.debug("feed: frame ignored, reason: {}", m.reason());
            }
            case BAD -> {
                stats.count("frames.bad");
                LOG.warn("feed: bad frame for {}, reason: {}", m.symbol(), m.reason());
            }
            case LIQUIDATION -> {
                MarketEvent l = m.event();
                String key = l.instrument + ":" + l.timeMs + ":" + l.side + ":" + l.price + ":" + l.qty;
                if (recentLiquidations.contains(key)) {
                    stats.count("liquidation.duplicate");
                    return;
                }
                recentLiquidations.addLast(key);
                if (recentLiquidations.size() > 256) {
                    recentLiquidations.removeFirst();
                }
                stats.count("liquidations");
                sink.onMarket(l);
            }
            case TRADE -> onTrade(m);
            case MARK_PRICE -> onMark(m);
            default -> throw new IllegalStateException(m.kind().toString());
        }
    }

    private void onTrade(StreamMessage m) {
        int i = indexOf(m.event().instrument);
        stats.tradeSeen(i, wallMs.getAsLong());
        long id = m.aggId();
        long last = lastAggId[i];
        if (last >= 0 && id <= last) {
            stats.count("aggTrade.duplicate");
            LOG.debug("feed: {} aggTrade {} dropped, reason: duplicate (last {})", symbols[i], id, last);
            return;
        }
        if (last >= 0 && id > last + 1) {
            backfill(i, last + 1, id);
        }
        lastAggId[i] = id;
        stats.count("trades");
        sink.onMarket(m.event());
    }

    /** Publishes the aggTrades with ids in [from, to) from REST, oldest first; counts what could not be had. */
    private void backfill(int i, long from, long to) {
        long missing = to - from;
        stats.count("aggTrade.gap");
        stats.add("aggTrade.gap.ids", missing);
        stats.gap(i);
        long got = 0;
        try {
            long next = from;
            while (next < to && got < 10_000) {
                JsonNode page = rest.aggTrades(symbols[i], next, (int) Math.min(1000, to - next));
                if (!page.isArray() || page.isEmpty()) {
                    break;
                }
                long before = next;
                for (JsonNode t : page) {
                    StreamMessage m = wire.restAggTrade(symbols[i], t);
                    if (m.kind() != StreamMessage.Kind.TRADE || m.aggId() < next || m.aggId() >= to) {
                        continue;
                    }
                    next = m.aggId() + 1;
                    got++;
                    sink.onMarket(m.event());
                }
                if (next == before) {
                    break;
                }
            }
        } catch (BinanceRestException | IOException | RuntimeException e) {
            LOG.warn("feed: back-fill of {} ids {}..{} failed, reason: {}", symbols[i], from, to - 1, e.toString());
            stats.count("aggTrade.backfill.error");
        }
        stats.add("aggTrade.backfilled", got);
        stats.add("aggTrade.lost", missing - got);
        LOG.warn("feed: {} aggTrade gap {}..{} ({} ids), reason: missed frames; back-filled {}, lost {}", symbols[i],
                from, to - 1, missing, got, missing - got);
    }

    private void onMark(StreamMessage m) {
        int i = indexOf(m.event().instrument);
        stats.markSeen(i, wallMs.getAsLong());
        if (stats.isStale(i)) {
            stats.stale(i, false);
            stats.count("fresh");
            LOG.info("feed: {} fresh again, reason: mark price received", symbols[i]);
        }
        MarketEvent mark = m.event();
        if (mark.timeMs <= lastMarkMs[i]) {
            stats.count("mark.duplicate");
            return;
        }
        lastMarkMs[i] = mark.timeMs;
        stats.count("marks");
        long next = m.nextFundingTimeMs();
        if (nextFundingMs[i] > 0 && next > nextFundingMs[i] && mark.timeMs >= nextFundingMs[i]
                && streamedRate[i] != Fixed.UNKNOWN) {
            stats.count("funding.settled");
            sink.onMarket(new MarketEvent().funding(ids[i], mark.timeMs, streamedRate[i], nextFundingMs[i]));
        }
        if (next > 0) {
            nextFundingMs[i] = next;
        }
        if (m.fundingRate() != Fixed.UNKNOWN) {
            streamedRate[i] = m.fundingRate();
        }
        sink.onMarket(mark);
    }

    @Override
    public void close() {
        closed = true;
        timers.shutdownNow();
        WebSocket ws = socket;
        if (ws != null) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
            ws.abort();
        }
        stats.connected(false);
    }

    private final class Listener implements WebSocket.Listener {
        private final long seq;
        private final StringBuilder parts = new StringBuilder();
        private boolean first = true;

        Listener(long seq) {
            this.seq = seq;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            LOG.info("feed: connected to the market route, {} symbols", symbols.length);
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                String text = parts.toString();
                parts.setLength(0);
                if (accepting(seq)) {
                    if (first) {
                        first = false;
                        synchronized (BinanceMarketFeed.this) {
                            attempt = 0;
                        }
                        if (seq == connectionSeq && overlapSeq >= 0) {
                            endOverlap();
                            stats.count("rotate.done");
                            LOG.info("feed: connection replaced, reason: the new one delivers");
                        }
                    }
                    try {
                        onFrame(text);
                    } catch (RuntimeException e) {
                        stats.count("frames.failed");
                        LOG.error("feed: frame failed, reason: {}", e.toString(), e);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (seq == overlapSeq) {
                endOverlap(); // the old connection ended first: the new one carries on
                return null;
            }
            stats.count("closed.by.server");
            LOG.warn("feed: closed by the server, reason: {} {}", statusCode, reason);
            scheduleReconnect(seq, "closed");
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            stats.count("socket.error");
            LOG.warn("feed: socket error, reason: {}", error.toString());
            scheduleReconnect(seq, "error");
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
