package cascade.execution.sim;

/**
 * The wallet of the simulated venue in USD micros: balance (deposits + realised PnL − fees + funding), the
 * isolated margin tied up in positions, and running totals of fees and funding for the report.
 */
final class Account {
    private long balanceUsd;
    private long marginInUseUsd;
    private long feesUsd;
    private long fundingUsd;

    Account(long initialBalanceUsd) {
        this.balanceUsd = initialBalanceUsd;
    }

    long balanceUsd() {
        return balanceUsd;
    }

    /** Balance not tied up as position margin: what a new position can draw on. */
    long availableUsd() {
        return balanceUsd - marginInUseUsd;
    }

    long totalFeesUsd() {
        return feesUsd;
    }

    long totalFundingUsd() {
        return fundingUsd;
    }

    /**
     * Whether the margin a change adds plus the taker fee fits within the available balance, counting what its
     * closing part releases and realises first (so a flip can use the margin of the position it closes).
     */
    boolean canAfford(PositionChange change, long takerFeeUsd) {
        long availableAfterClose = availableUsd() + change.releasedMarginUsd() + change.realisedPnlUsd();
        return change.addedMarginUsd() + takerFeeUsd <= availableAfterClose;
    }

    void applyFill(PositionChange change, long feeUsd) {
        balanceUsd += change.realisedPnlUsd() - feeUsd;
        marginInUseUsd += change.addedMarginUsd() - change.releasedMarginUsd();
        feesUsd += feeUsd;
    }

    /** Adds a funding payment: positive received, negative paid. */
    void applyFunding(long amountUsd) {
        balanceUsd += amountUsd;
        fundingUsd += amountUsd;
    }
}
