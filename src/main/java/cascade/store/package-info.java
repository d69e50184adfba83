/**
 * The run store: every run (backtest, paper, live) recorded in an embedded H2 database, so "what did it
 * do and why?" can be answered after the fact.
 * <p>
 * {@link cascade.store.RunStore} opens the database and migrates its schema (Flyway, SQL files under
 * {@code db/migration}). {@link cascade.store.RunRecorder} takes a run's orders, fills, positions, funding,
 * decisions, trades and metrics from the engine thread and writes them on its own writer thread, off the
 * decision path, in the order they were recorded; its {@link cascade.store.QueuePolicy} says whether a full
 * queue makes the engine wait (backtests) or spills to memory without waiting (paper, live).
 * {@link cascade.store.RunQueries} reads runs back for tests and reports.
 * {@link cascade.store.Redactor} keeps secrets out of the stored configuration text.
 */
package cascade.store;
