package cascade.store;

/**
 * What a finished run adds to its row: the data as read, the period sampled, the report and the summary.
 *
 * @param dataDescription the source's description after reading (lines read and skipped, symbols, range)
 * @param firstSampleMs first equity sample, epoch ms
 * @param lastSampleMs last equity sample, epoch ms
 * @param reportDir absolute path of the report folder, or null when none was written
 * @param summaryText the summary as printed
 */
public record RunDetails(String dataDescription, long firstSampleMs, long lastSampleMs, String reportDir,
        String summaryText) {
}
