package cascade.signal;

import cascade.state.SymbolState;

/**
 * A signal card: reads one symbol's market state over one window and writes a {@link Reading}. Cards are
 * stateless (history lives in {@link SymbolState}), so one instance serves every symbol and window, and a
 * card with too little data says so with confidence 0 instead of guessing.
 */
public interface Card {

    /** Stable name used in profiles, the store and reports, e.g. "capitulation". */
    String name();

    /**
     * Evaluates the card at event time {@code nowMs} (a bucket boundary) over {@code [nowMs - window, nowMs)}.
     */
    void evaluate(SymbolState state, long nowMs, Window window, Reading out);

    /** How many windows of history the card reads, the current one included (sizes the market state). */
    default int lookbackWindows() {
        return 1;
    }
}
