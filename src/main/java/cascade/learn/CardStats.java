package cascade.learn;

/** One card's standing for a symbol and mode: its weights and its measured accuracy. */
public record CardStats(String symbol, String mode, String card, double profileWeight, double weight,
        long samples, double effectiveSamples, double ic, double tStat) {
}
