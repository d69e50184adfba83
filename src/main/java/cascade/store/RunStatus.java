package cascade.store;

/** Where a run stands: {@link #RUNNING} from the start until the engine reports how it ended. */
public enum RunStatus {
    RUNNING,
    /** Went through all its input (backtest) or was shut down cleanly. */
    COMPLETED,
    /** Ended by an error. */
    FAILED,
    /** Stopped on request before its natural end (paper and live runs). */
    STOPPED
}
