package cascade.run;

import cascade.feed.BadLinePolicy;
import cascade.feed.DataSources;
import cascade.feed.EventSource;
import cascade.feed.PeekingSource;
import cascade.market.Instruments;
import cascade.strategy.ModeProfile;
import cascade.strategy.StrategyProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Bars or event-level data, told by opening the data and reading its first event (a recording may hold
 * either), so a command can pick the strategy profile that fits before it runs.
 */
public final class DataKind {
    /** The shipped profile for bar data. */
    public static final String BAR_PROFILE = "strategies/capitulation-4h.yml";
    /** The shipped profile for event-level data. */
    public static final String EVENT_PROFILE = "strategies/liquidation-intraday.yml";

    private DataKind() {
    }

    /** True when the data is bars (decisions at bar closes), false for event-level data. */
    public static boolean isBars(List<Path> data) throws IOException {
        try (EventSource source = new PeekingSource(DataSources.open(data, new Instruments(), BadLinePolicy.SKIP))) {
            return source.barLengthMs() > 0;
        }
    }

    /** True when every mode of the profile decides on the kind of data given. */
    public static boolean fits(StrategyProfile profile, boolean bars) {
        for (ModeProfile m : profile.modes()) {
            if (m.isBarCycle() != bars) {
                return false;
            }
        }
        return true;
    }
}
