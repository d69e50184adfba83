package cascade.store;

/**
 * What is known about a run when it starts. The spec and strategy texts are stored in full so a run can
 * be reproduced, after {@link Redactor} has blanked anything that looks like a secret.
 *
 * @param specName name of the backtest spec or the paper/live config
 * @param specText full text of that spec or config, or null
 * @param strategyName name of the strategy profile
 * @param strategyText full text of the strategy profile, or null
 * @param dataDescription what the run reads (files and range, or live feeds)
 * @param codeVersion version of the code that ran (e.g. git describe)
 * @param startedMs start time, epoch ms (wall clock of the launcher, never read on the decision path)
 */
public record RunInfo(RunKind kind, String specName, String specText, String strategyName, String strategyText,
        String dataDescription, String codeVersion, long startedMs) {
    public RunInfo {
        if (kind == null) {
            throw new IllegalArgumentException("run kind is required");
        }
        requireText(specName, "specName");
        requireText(strategyName, "strategyName");
        requireText(dataDescription, "dataDescription");
        requireText(codeVersion, "codeVersion");
        if (startedMs < 0) {
            throw new IllegalArgumentException("startedMs must not be negative: " + startedMs);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("run " + name + " must not be blank");
        }
    }
}
