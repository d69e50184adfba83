package cascade.map;

/**
 * The unit a source reports open interest in. Sources differ (Binance and the development bar file count
 * BTCUSDT open interest in BTC, other aggregators in USD) and the events do not say which, so the map is
 * told; it needs the USD value of newly opened positions.
 */
public enum OiUnit {
    /** Base-currency coins: new USD = ΔOI × price. */
    COINS,
    /** Quote currency (USD, USDT): ΔOI already is USD. */
    USD;

    /** The USD value of an open-interest change observed at {@code price}. */
    public double usd(double change, double price) {
        return this == COINS ? change * price : change;
    }

    /** "coins" or "usd" (any case). */
    public static OiUnit parse(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "coins" -> COINS;
            case "usd" -> USD;
            default -> throw new IllegalArgumentException("open-interest unit must be 'coins' or 'usd', was '"
                    + text + "'");
        };
    }
}
