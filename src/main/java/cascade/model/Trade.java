package cascade.model;

/**
 * A closed round trip, in report units (USD as double, prices as double). {@code direction} is +1 long,
 * -1 short. {@code netPnlUsd} = gross − fees + funding (funding is signed: + received).
 * {@code entryDecision} and {@code exitDecision} are the ids of the decisions whose orders opened and
 * closed it (0 when none: a stop, target or liquidation closes for the entry's decision, or the venue's).
 */
public record Trade(String symbol, String mode, int direction, long entryTimeMs, double entryPrice, long exitTimeMs,
        double exitPrice, double qty, double grossPnlUsd, double feesUsd, double fundingUsd, double netPnlUsd,
        String entryReason, String exitReason, long entryDecision, long exitDecision) {

    /** A trade without decision ids (tests, tools). */
    public Trade(String symbol, String mode, int direction, long entryTimeMs, double entryPrice, long exitTimeMs,
            double exitPrice, double qty, double grossPnlUsd, double feesUsd, double fundingUsd, double netPnlUsd,
            String entryReason, String exitReason) {
        this(symbol, mode, direction, entryTimeMs, entryPrice, exitTimeMs, exitPrice, qty, grossPnlUsd, feesUsd,
                fundingUsd, netPnlUsd, entryReason, exitReason, 0, 0);
    }

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
