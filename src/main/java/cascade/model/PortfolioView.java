package cascade.model;

/**
 * The account as the decision thread's book knows it, derived from fills and funding only: what risk,
 * sizing and the monitor read (never the venue's own view, which is only compared with it).
 */
public interface PortfolioView {
    /** Signed position in instrument units (+ long). */
    long qty(int instrument);

    /** Average entry price of the open position, instrument units; 0 when flat. */
    long entryPrice(int instrument);

    /** Wallet balance plus unrealised PnL at the last known prices, USD micros. */
    long equityUsd();

    /** Realised balance (deposits + realised PnL − fees + funding), USD micros. */
    long balanceUsd();

    /** True when any instrument has a position. */
    boolean anyOpen();
}
