package cascade.model;

/** An immutable copy of one card reading as it entered a decision, with its weight and contribution. */
public record ReadingRecord(String card, String window, double score, double strength, double confidence,
        double value, double weight, double contribution, String note) {
}
