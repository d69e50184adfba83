package cascade.market;

/**
 * Order side. A liquidated long position is a forced {@link #SELL}; a liquidated short a forced
 * {@link #BUY} (Binance {@code forceOrder} {@code S=SELL} means a long was liquidated).
 */
public enum Side {
    BUY(1),
    SELL(-1);

    /** +1 for buy, -1 for sell: multiply a quantity by it to get a signed position change. */
    public final int sign;

    Side(int sign) {
        this.sign = sign;
    }

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }

    public byte code() {
        return (byte) sign;
    }

    public static Side ofCode(int code) {
        if (code == 1) {
            return BUY;
        }
        if (code == -1) {
            return SELL;
        }
        throw new IllegalArgumentException("side code must be 1 or -1, was " + code);
    }

    /** The side whose position a forced order of this side closed: SELL closed a long. */
    public boolean liquidatesLong() {
        return this == SELL;
    }
}
