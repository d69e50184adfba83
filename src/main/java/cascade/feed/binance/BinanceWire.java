package cascade.feed.binance;

import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * Binance USDⓈ-M market-stream wire format → {@link MarketEvent}s. Frames come in the combined-stream
 * wrapper {@code {"stream":"btcusdt@aggTrade","data":{…}}}; the payloads:
 * <ul>
 * <li>{@code aggTrade}: {@code a} id, {@code p} price, {@code q} qty, {@code T} trade time, {@code m} buyer is
 *     maker (so the taker sold) → TRADE with the taker's side at {@code T};</li>
 * <li>{@code forceOrder}: {@code o.S} the forced order's side (SELL = a long was liquidated), {@code o.ap}
 *     average price (or {@code o.p}), {@code o.z} filled quantity (or {@code o.q}), {@code o.T} → LIQUIDATION;</li>
 * <li>{@code markPriceUpdate}: {@code p} mark, {@code r} funding rate, {@code T} next funding time, {@code E}
 *     → MARK_PRICE at {@code E} with the rate and next funding time beside it.</li>
 * </ul>
 * Numbers arrive as strings; each is parsed into the instrument's fixed point, and a missing or malformed
 * field makes the frame BAD with the field's name, never an exception.
 */
public final class BinanceWire {
    /** Venue name of instruments registered from Binance. */
    public static final String VENUE = "binance";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Instruments instruments;

    public BinanceWire(Instruments instruments) {
        this.instruments = instruments;
    }

    /** Parses one text frame (combined wrapper or a bare payload). */
    public StreamMessage parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return StreamMessage.bad(null, "not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return StreamMessage.bad(null, "not a JSON object");
        }
        if (root.has("result") && root.has("id")) {
            return new StreamMessage(StreamMessage.Kind.RESPONSE, null, -1, Fixed.UNKNOWN, 0, null, null);
        }
        JsonNode data = root.has("data") ? root.get("data") : root;
        String e = data.path("e").asText("");
        try {
            return switch (e) {
                case "aggTrade" -> aggTrade(data);
                case "forceOrder" -> forceOrder(data);
                case "markPriceUpdate" -> markPrice(data);
                default -> StreamMessage.ignored(null, "unknown event type '" + e + "'");
            };
        } catch (BadField b) {
            return StreamMessage.bad(b.symbol, b.getMessage());
        }
    }

    /**
     * Parses one element of {@code GET /fapi/v1/aggTrades} ({@code a, p, q, f, l, T, m}: the stream's payload
     * without {@code e}, {@code E}, {@code s}) for {@code symbol}.
     */
    public StreamMessage restAggTrade(String symbol, JsonNode t) {
        try {
            Instrument inst = instruments.find(VENUE, symbol);
            if (inst == null) {
                return StreamMessage.ignored(symbol, "symbol not subscribed");
            }
            return tradeOf(inst, t, symbol);
        } catch (BadField b) {
            return StreamMessage.bad(symbol, b.getMessage());
        }
    }

    private StreamMessage aggTrade(JsonNode d) {
        String symbol = text(d, "s", null);
        Instrument inst = instruments.find(VENUE, symbol);
        if (inst == null) {
            return StreamMessage.ignored(symbol, "symbol not subscribed");
        }
        return tradeOf(inst, d, symbol);
    }

    private static StreamMessage tradeOf(Instrument inst, JsonNode d, String symbol) {
        long id = integer(d, "a", symbol);
        long price = decimal(d, "p", inst.priceScale(), symbol);
        long qty = decimal(d, "q", inst.qtyScale(), symbol);
        long time = integer(d, "T", symbol);
        JsonNode m = d.get("m");
        if (m == null || !m.isBoolean()) {
            throw new BadField(symbol, "aggTrade field 'm': missing or not a boolean");
        }
        if (price <= 0 || qty <= 0) {
            throw new BadField(symbol, "aggTrade " + id + ": price and quantity must be positive");
        }
        Side taker = m.booleanValue() ? Side.SELL : Side.BUY;
        MarketEvent ev = new MarketEvent().trade(inst.id(), time, taker, price, qty);
        return new StreamMessage(StreamMessage.Kind.TRADE, ev, id, Fixed.UNKNOWN, 0, symbol, null);
    }

    private StreamMessage forceOrder(JsonNode d) {
        JsonNode o = d.get("o");
        if (o == null || !o.isObject()) {
            return StreamMessage.bad(null, "forceOrder field 'o': missing");
        }
        String symbol = text(o, "s", null);
        Instrument inst = instruments.find(VENUE, symbol);
        if (inst == null) {
            return StreamMessage.ignored(symbol, "symbol not subscribed");
        }
        String sideText = text(o, "S", symbol);
        Side side = switch (sideText) {
            case "BUY" -> Side.BUY;
            case "SELL" -> Side.SELL;
            default -> throw new BadField(symbol, "forceOrder field 'o.S': not BUY or SELL: '" + sideText + "'");
        };
        long price = o.has("ap") ? decimal(o, "ap", inst.priceScale(), symbol) : 0;
        if (price <= 0) {
            price = decimal(o, "p", inst.priceScale(), symbol);
        }
        long qty = o.has("z") ? decimal(o, "z", inst.qtyScale(), symbol) : 0;
        if (qty <= 0) {
            qty = decimal(o, "q", inst.qtyScale(), symbol);
        }
        long time = integer(o, "T", symbol);
        if (price <= 0 || qty <= 0) {
            throw new BadField(symbol, "forceOrder: price and quantity must be positive");
        }
        MarketEvent ev = new MarketEvent().liquidation(inst.id(), time, side, price, qty);
        return new StreamMessage(StreamMessage.Kind.LIQUIDATION, ev, -1, Fixed.UNKNOWN, 0, symbol, null);
    }

    private StreamMessage markPrice(JsonNode d) {
        String symbol = text(d, "s", null);
        Instrument inst = instruments.find(VENUE, symbol);
        if (inst == null) {
            return StreamMessage.ignored(symbol, "symbol not subscribed");
        }
        long price = decimal(d, "p", inst.priceScale(), symbol);
        long time = integer(d, "E", symbol);
        if (price <= 0) {
            throw new BadField(symbol, "markPriceUpdate field 'p': must be positive");
        }
        // "r" and "T" are empty strings / 0 for symbols without funding (delivery contracts): unknown then
        String r = d.path("r").asText("");
        long rate = r.isEmpty() ? Fixed.UNKNOWN : decimal(d, "r", Fixed.RATE_SCALE, symbol);
        long next = d.has("T") ? integer(d, "T", symbol) : 0;
        MarketEvent ev = new MarketEvent().markPrice(inst.id(), time, price);
        return new StreamMessage(StreamMessage.Kind.MARK_PRICE, ev, -1, rate, next, symbol, null);
    }

    /** The lower-case stream names of one symbol. */
    public static String[] streamsOf(String symbol) {
        String s = symbol.toLowerCase(Locale.ROOT);
        return new String[] {s + "@aggTrade", s + "@markPrice@1s"};
    }

    private static String text(JsonNode d, String field, String symbol) {
        JsonNode n = d.get(field);
        if (n == null || !n.isTextual() || n.asText().isEmpty()) {
            throw new BadField(symbol, "field '" + field + "': missing or not a string");
        }
        return n.asText();
    }

    private static long integer(JsonNode d, String field, String symbol) {
        JsonNode n = d.get(field);
        if (n == null || !n.canConvertToExactIntegral() || !n.canConvertToLong()) {
            throw new BadField(symbol, "field '" + field + "': missing or not an integer");
        }
        return n.asLong();
    }

    private static long decimal(JsonNode d, String field, int scale, String symbol) {
        JsonNode n = d.get(field);
        if (n == null || !(n.isTextual() || n.isNumber())) {
            throw new BadField(symbol, "field '" + field + "': missing");
        }
        try {
            return Fixed.parse(n.asText(), scale);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadField(symbol, "field '" + field + "': " + e.getMessage());
        }
    }

    private static final class BadField extends RuntimeException {
        final String symbol;

        BadField(String symbol, String message) {
            super(message, null, false, false);
            this.symbol = symbol;
        }
    }
}
