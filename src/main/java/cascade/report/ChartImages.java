package cascade.report;

/** The PNG charts of a run, as encoded bytes. */
public record ChartImages(byte[] equityPng, byte[] pricePng, byte[] imbalancePng, byte[] distributionPng) {
    /** Without the return distribution (it is then left out of the report). */
    public ChartImages(byte[] equityPng, byte[] pricePng, byte[] imbalancePng) {
        this(equityPng, pricePng, imbalancePng, null);
    }
}
