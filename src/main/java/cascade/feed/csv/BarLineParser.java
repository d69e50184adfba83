package cascade.feed.csv;

import static cascade.feed.csv.BarColumns.CLOSE;
import static cascade.feed.csv.BarColumns.FUNDING;
import static cascade.feed.csv.BarColumns.HIGH;
import static cascade.feed.csv.BarColumns.LIQ_LONG;
import static cascade.feed.csv.BarColumns.LIQ_SHORT;
import static cascade.feed.csv.BarColumns.LOW;
import static cascade.feed.csv.BarColumns.OPEN;
import static cascade.feed.csv.BarColumns.OPEN_INTEREST;
import static cascade.feed.csv.BarColumns.OPEN_TIME;
import static cascade.feed.csv.BarColumns.VOLUME;

import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.MarketEvent;

/**
 * Turns one data line of a bar CSV into a {@link cascade.market.EventType#BAR} event stamped with the bar's
 * close time, or reports the first problem. Remembers the last accepted open time to insist that bars move
 * strictly forward.
 */
final class BarLineParser {
    private final BarColumns columns;
    private final Instrument instrument;
    private final long barLengthMs;
    private final FieldParser fields = new FieldParser();
    private long previousOpenTime = Long.MIN_VALUE;

    BarLineParser(BarColumns columns, Instrument instrument, long barLengthMs) {
        this.columns = columns;
        this.instrument = instrument;
        this.barLengthMs = barLengthMs;
    }

    /** @return true when {@code into} now holds the bar; false when {@link #problemReason()} says why not */
    boolean parse(String line, MarketEvent into) {
        String[] f = line.split(",", -1);
        fields.reset(f);
        if (f.length != columns.count()) {
            fields.reject(null, "expected " + columns.count() + " fields as in the header, found " + f.length);
            return false;
        }
        BarColumns c = columns;
        int ps = instrument.priceScale();
        long openTime = fields.integer(c.openTime(), OPEN_TIME);
        long open = fields.decimal(c.open(), OPEN, ps);
        long high = fields.decimal(c.high(), HIGH, ps);
        long low = fields.decimal(c.low(), LOW, ps);
        long close = fields.decimal(c.close(), CLOSE, ps);
        long volume = fields.optionalDecimal(c.volume(), VOLUME, Fixed.USD_SCALE);
        long liqLong = fields.decimal(c.liqLong(), LIQ_LONG, Fixed.USD_SCALE);
        long liqShort = fields.decimal(c.liqShort(), LIQ_SHORT, Fixed.USD_SCALE);
        long openInterest = fields.optionalDecimal(c.openInterest(), OPEN_INTEREST, MarketEvent.OI_SCALE);
        long funding = fields.optionalDecimal(c.funding(), FUNDING, Fixed.RATE_SCALE);
        checkTime(openTime);
        checkPrices(open, high, low, close);
        fields.requireNotNegative(volume, c.volume(), VOLUME);
        fields.requireNotNegative(liqLong, c.liqLong(), LIQ_LONG);
        fields.requireNotNegative(liqShort, c.liqShort(), LIQ_SHORT);
        fields.requireNotNegative(openInterest, c.openInterest(), OPEN_INTEREST);
        if (!fields.ok()) {
            return false;
        }
        previousOpenTime = openTime;
        into.bar(instrument.id(), openTime, openTime + barLengthMs, open, high, low, close);
        into.volumeUsd = volume;
        into.liqLongUsd = liqLong;
        into.liqShortUsd = liqShort;
        into.openInterest = openInterest;
        into.fundingRate = funding;
        return true;
    }

    /** @return the column at fault, or null when the whole line is */
    String problemField() {
        return fields.problemField();
    }

    String problemReason() {
        return fields.problemReason();
    }

    private void checkTime(long openTime) {
        fields.requireNotNegative(openTime, columns.openTime(), OPEN_TIME);
        if (fields.ok() && openTime > Long.MAX_VALUE - barLengthMs) {
            fields.reject(OPEN_TIME, "number out of range: '" + fields.text(columns.openTime()) + "'");
        }
        if (fields.ok() && openTime <= previousOpenTime) {
            fields.reject(OPEN_TIME, "must increase: '" + fields.text(columns.openTime())
                    + "' is not after the previous bar's " + previousOpenTime);
        }
    }

    private void checkPrices(long open, long high, long low, long close) {
        BarColumns c = columns;
        fields.requirePositive(open, c.open(), OPEN);
        fields.requirePositive(high, c.high(), HIGH);
        fields.requirePositive(low, c.low(), LOW);
        fields.requirePositive(close, c.close(), CLOSE);
        int top = open >= close ? c.open() : c.close();
        int bottom = open <= close ? c.open() : c.close();
        if (fields.ok() && high < Math.max(open, close)) {
            fields.reject(HIGH, "below max(open, close): '" + fields.text(c.high()) + "' < '"
                    + fields.text(top) + "'");
        }
        if (fields.ok() && low > Math.min(open, close)) {
            fields.reject(LOW, "above min(open, close): '" + fields.text(c.low()) + "' > '"
                    + fields.text(bottom) + "'");
        }
    }
}
