package cascade.report;

import java.util.Map;

/**
 * The PNG charts of a run, as encoded bytes.
 *
 * @param distributionPng the trade return distribution, or null to leave it out
 * @param symbolPricePngs the price chart of each other traded symbol than the primary, by symbol
 */
public record ChartImages(byte[] equityPng, byte[] pricePng, byte[] imbalancePng, byte[] distributionPng,
        Map<String, byte[]> symbolPricePngs) {
    /** Without the return distribution and per-symbol charts (they are then left out of the report). */
    public ChartImages(byte[] equityPng, byte[] pricePng, byte[] imbalancePng) {
        this(equityPng, pricePng, imbalancePng, null, Map.of());
    }

    /** Without per-symbol charts. */
    public ChartImages(byte[] equityPng, byte[] pricePng, byte[] imbalancePng, byte[] distributionPng) {
        this(equityPng, pricePng, imbalancePng, distributionPng, Map.of());
    }
}
