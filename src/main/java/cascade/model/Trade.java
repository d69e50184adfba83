package cascade.model;

/**
 * A closed round trip, in report units (USD as double, prices as double). {@code direction} is +1 long,
 * -1 short. {@code netPnlUsd} = gross − fees + funding (funding is signed: + received).
 */
public record Trade(String symbol, String mode, int direction, long entryTimeMs, double entryPrice, long exitTimeMs,
        double exitPrice, double qty, double grossPnlUsd, double feesUsd, double fundingUsd, double netPnlUsd,
        String entryReason, String exitReason) {

    /** One CSV line in the column order of {@link #CSV_HEADER}; deterministic formatting. */
    public String toCsv() {
        return String.join(",", symbol, mode, direction > 0 ? "LONG" : "SHORT", Long.toString(entryTimeMs),
                num(entryPrice), Long.toString(exitTimeMs), num(exitPrice), num(qty), num(grossPnlUsd), num(feesUsd),
                num(fundingUsd), num(netPnlUsd), entryReason, exitReason);
    }

    public static final String CSV_HEADER = "symbol,mode,direction,entry_time_ms,entry_price,exit_time_ms,exit_price,"
            + "qty,gross_pnl_usd,fees_usd,funding_usd,net_pnl_usd,entry_reason,exit_reason";

    private static String num(double v) {
        return new java.math.BigDecimal(v).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }
}
