package cascade.feed.csv;

import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns one line of a Binance {@code !forceOrder@arr} recorder CSV into a
 * {@link cascade.market.EventType#LIQUIDATION}: price = average_price (price when it is "None"), quantity =
 * filled_accumulated_quantity, time = trade_time_ms. order_type, time_in_force, order_status and usd_size
 * are not used. An instrument is registered when its first good line is read, so bad lines leave no trace.
 */
final class ForceOrderLineParser {
    static final String[] COLUMNS = {"symbol", "side", "order_type", "time_in_force", "original_quantity",
        "price", "average_price", "order_status", "last_filled_quantity", "filled_accumulated_quantity",
        "trade_time_ms", "usd_size"};
    /**
     * Later versions of the recorder append one undocumented column (seen values 0, 25, 50, 100); lines with
     * it are otherwise identical, so it is accepted and ignored.
     */
    static final int MAX_FIELDS = COLUMNS.length + 1;

    private static final int SYMBOL = 0;
    private static final int SIDE = 1;
    private static final int PRICE = 5;
    private static final int AVERAGE_PRICE = 6;
    private static final int FILLED_QTY = 9;
    private static final int TRADE_TIME = 10;
    private static final String[] QUOTES = {"USDT", "USDC", "BUSD"};

    private final Instruments instruments;
    private final String venue;
    private final int priceScale;
    private final int qtyScale;
    private final Map<String, Instrument> bySymbolField = new HashMap<>();
    private final FieldParser fields = new FieldParser();

    ForceOrderLineParser(Instruments instruments, String venue, int priceScale, int qtyScale) {
        this.instruments = instruments;
        this.venue = venue;
        this.priceScale = priceScale;
        this.qtyScale = qtyScale;
    }

    /** @return true when {@code into} now holds the liquidation; false when {@link #problemReason()} says why */
    boolean parse(String line, MarketEvent into) {
        String[] f = line.split(",", -1);
        fields.reset(f);
        if (f.length < COLUMNS.length || f.length > MAX_FIELDS) {
            fields.reject(null, "expected " + COLUMNS.length + " fields, found " + f.length);
            return false;
        }
        String symbolField = fields.text(SYMBOL);
        if (symbolField.isEmpty()) {
            fields.reject(COLUMNS[SYMBOL], "missing value");
        }
        Side side = side(fields.text(SIDE));
        Instrument known = fields.ok() ? known(symbolField) : null;
        long price = price(known == null ? priceScale : known.priceScale());
        long qty = decimal(FILLED_QTY, known == null ? qtyScale : known.qtyScale());
        fields.requirePositive(qty, FILLED_QTY, COLUMNS[FILLED_QTY]);
        long time = fields.integer(TRADE_TIME, COLUMNS[TRADE_TIME]);
        fields.requirePositive(time, TRADE_TIME, COLUMNS[TRADE_TIME]);
        if (!fields.ok()) {
            return false;
        }
        Instrument instrument = known != null ? known : register(symbolField);
        into.liquidation(instrument.id(), time, side, price, qty);
        return true;
    }

    /** @return the column at fault, or null when the whole line is */
    String problemField() {
        return fields.problemField();
    }

    String problemReason() {
        return fields.problemReason();
    }

    /** The recorder strips USDT: "BTC" → "BTCUSDT"; "BTCUSDC" (other quote) stays; "USDC" → "USDCUSDT". */
    static String symbolOf(String field) {
        for (String quote : QUOTES) {
            if (field.length() > quote.length() && field.endsWith(quote)) {
                return field;
            }
        }
        return field + "USDT";
    }

    private Side side(String text) {
        if (text.equals("SELL")) {
            return Side.SELL;
        }
        if (text.equals("BUY")) {
            return Side.BUY;
        }
        fields.reject(COLUMNS[SIDE], "must be BUY or SELL: '" + text + "'");
        return null;
    }

    /** The instrument if this run already has it (its scales then apply), else null. */
    private Instrument known(String symbolField) {
        Instrument cached = bySymbolField.get(symbolField);
        if (cached == null) {
            cached = instruments.find(venue, symbolOf(symbolField));
            if (cached != null) {
                bySymbolField.put(symbolField, cached);
            }
        }
        return cached;
    }

    private Instrument register(String symbolField) {
        Instrument instrument = instruments.register(venue, symbolOf(symbolField), priceScale, qtyScale);
        bySymbolField.put(symbolField, instrument);
        return instrument;
    }

    private long price(int scale) {
        long price = decimal(PRICE, scale);
        fields.requirePositive(price, PRICE, COLUMNS[PRICE]);
        if (fields.text(AVERAGE_PRICE).equals("None")) {
            return price;
        }
        long average = decimal(AVERAGE_PRICE, scale);
        fields.requirePositive(average, AVERAGE_PRICE, COLUMNS[AVERAGE_PRICE]);
        return average;
    }

    private long decimal(int column, int scale) {
        return fields.ok() ? fields.decimal(column, COLUMNS[column], scale) : 0;
    }
}
