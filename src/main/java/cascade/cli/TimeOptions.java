package cascade.cli;

import cascade.run.BacktestSpecLoader;

/** {@code --from}/{@code --to} as every command takes them: the same forms, the same checks, usage errors. */
final class TimeOptions {
    private TimeOptions() {
    }

    /** The option's time, or {@code dflt} when it was not given. */
    static long parse(String option, String text, long dflt) {
        if (text == null) {
            return dflt;
        }
        try {
            return BacktestSpecLoader.parseTime(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    /** Throws unless the period is non-empty. */
    static void checkOrder(long fromMs, long toMs) {
        if (fromMs >= toMs) {
            throw new UsageException("--to must be after --from");
        }
    }
}
