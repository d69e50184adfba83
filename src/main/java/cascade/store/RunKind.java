package cascade.store;

/** What kind of run a stored run was. */
public enum RunKind {
    BACKTEST,
    PAPER,
    LIVE
}
