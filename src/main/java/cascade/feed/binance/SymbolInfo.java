package cascade.feed.binance;

import java.math.BigDecimal;

/** One symbol of {@code /fapi/v1/exchangeInfo}: what instruments are registered from. */
public record SymbolInfo(String symbol, String status, String contractType, BigDecimal tickSize,
        BigDecimal stepSize) {
    /** Decimal places of the tick ("0.10" → 1). */
    public int priceScale() {
        return Math.max(0, tickSize.stripTrailingZeros().scale());
    }

    /** Decimal places of the lot step ("0.001" → 3). */
    public int qtyScale() {
        return Math.max(0, stepSize.stripTrailingZeros().scale());
    }

    public boolean tradingPerpetual() {
        return "TRADING".equals(status) && "PERPETUAL".equals(contractType);
    }
}
