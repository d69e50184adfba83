package cascade.feed.recording;

import cascade.market.MarketEvent;
import cascade.market.Side;

/**
 * The type-specific fields of an event record, which follow its tag, instrument and time. Amounts are zigzag
 * varints (every long round-trips, {@link cascade.market.Fixed#UNKNOWN} included); fields that are often
 * unknown use the one-byte optional encoding; times and bar prices are stored as deltas to stay short.
 *
 * <pre>
 * LIQUIDATION, TRADE  side, price, qty
 * MARK_PRICE          price
 * FUNDING             rate (optional), fundingTime - time
 * OPEN_INTEREST       openInterest (optional)
 * BAR                 time - barOpenTime, open, high - open, low - open, close - open,
 *                     volumeUsd, liqLongUsd, liqShortUsd, openInterest, fundingRate (all optional)
 * CLOCK               nothing
 * FILL                orderId, side, price, qty, feeUsd
 * side: 0 none, 1 BUY, 2 SELL
 * </pre>
 */
final class EventCodec {
    private EventCodec() {
    }

    static void write(MarketEvent e, BlockWriter out) {
        switch (e.type) {
            case LIQUIDATION, TRADE -> {
                out.putByte(sideCode(e.side));
                out.putZigZag(e.price);
                out.putZigZag(e.qty);
            }
            case MARK_PRICE -> out.putZigZag(e.price);
            case FUNDING -> {
                out.putOptional(e.fundingRate);
                out.putZigZag(e.fundingTimeMs - e.timeMs);
            }
            case OPEN_INTEREST -> out.putOptional(e.openInterest);
            case BAR -> writeBar(e, out);
            case CLOCK -> {
            }
            case FILL -> {
                out.putZigZag(e.orderId);
                out.putByte(sideCode(e.side));
                out.putZigZag(e.price);
                out.putZigZag(e.qty);
                out.putZigZag(e.feeUsd);
            }
        }
    }

    /** Reads the fields of {@code into.type}; type, instrument and time are already set. */
    static void read(MarketEvent into, BlockReader in) {
        switch (into.type) {
            case LIQUIDATION, TRADE -> {
                into.side = side(in);
                into.price = in.readZigZag();
                into.qty = in.readZigZag();
            }
            case MARK_PRICE -> into.price = in.readZigZag();
            case FUNDING -> {
                into.fundingRate = in.readOptional();
                into.fundingTimeMs = into.timeMs + in.readZigZag();
            }
            case OPEN_INTEREST -> into.openInterest = in.readOptional();
            case BAR -> readBar(into, in);
            case CLOCK -> {
            }
            case FILL -> {
                into.orderId = in.readZigZag();
                into.side = side(in);
                into.price = in.readZigZag();
                into.qty = in.readZigZag();
                into.feeUsd = in.readZigZag();
            }
        }
    }

    private static void writeBar(MarketEvent e, BlockWriter out) {
        out.putZigZag(e.timeMs - e.barOpenTimeMs);
        out.putZigZag(e.open);
        out.putZigZag(e.high - e.open);
        out.putZigZag(e.low - e.open);
        out.putZigZag(e.price - e.open);
        out.putOptional(e.volumeUsd);
        out.putOptional(e.liqLongUsd);
        out.putOptional(e.liqShortUsd);
        out.putOptional(e.openInterest);
        out.putOptional(e.fundingRate);
    }

    private static void readBar(MarketEvent into, BlockReader in) {
        into.barOpenTimeMs = into.timeMs - in.readZigZag();
        into.open = in.readZigZag();
        into.high = into.open + in.readZigZag();
        into.low = into.open + in.readZigZag();
        into.price = into.open + in.readZigZag();
        into.volumeUsd = in.readOptional();
        into.liqLongUsd = in.readOptional();
        into.liqShortUsd = in.readOptional();
        into.openInterest = in.readOptional();
        into.fundingRate = in.readOptional();
    }

    private static int sideCode(Side side) {
        if (side == null) {
            return 0;
        }
        return side == Side.BUY ? 1 : 2;
    }

    private static Side side(BlockReader in) {
        int code = in.readByte();
        switch (code) {
            case 0:
                return null;
            case 1:
                return Side.BUY;
            case 2:
                return Side.SELL;
            default:
                throw in.corruptRecord("side code " + code + " is not 0, 1 or 2");
        }
    }
}
