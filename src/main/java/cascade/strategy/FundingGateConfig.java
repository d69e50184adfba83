package cascade.strategy;

/**
 * Thresholds of the {@link FundingGate}, as a strategy profile sets them. A threshold of 0 switches that
 * test off.
 *
 * @param maxZ deny an entry on the side whose funding z-score (against the last {@code history}
 *     settlements) is at or beyond this, e.g. 3
 * @param maxAbsRate deny an entry on the side paying at least this rate per funding interval, e.g. 0.0005
 * @param history previous settlements the z-score compares with (at least 2)
 * @param intervalHours the funding interval, 8 on most Binance perpetuals
 */
public record FundingGateConfig(double maxZ, double maxAbsRate, int history, int intervalHours) {
    /** z 3, 0.05 % per interval, 30 settlements (10 days at 8 h). */
    public static final FundingGateConfig DEFAULT = new FundingGateConfig(3, 0.0005, 30, 8);

    public FundingGateConfig {
        if (!(maxZ >= 0 && maxZ < Double.POSITIVE_INFINITY) || !(maxAbsRate >= 0 && maxAbsRate < 1)) {
            throw new IllegalArgumentException("need 0 <= maxZ (finite) and 0 <= maxAbsRate < 1");
        }
        if (history < 2 || intervalHours < 1) {
            throw new IllegalArgumentException("need history >= 2 and intervalHours >= 1");
        }
    }
}
