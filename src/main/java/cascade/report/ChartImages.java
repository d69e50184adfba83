package cascade.report;

/** The three PNG charts of a run, as encoded bytes. */
public record ChartImages(byte[] equityPng, byte[] pricePng, byte[] imbalancePng) {
}
