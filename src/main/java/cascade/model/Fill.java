package cascade.model;

import cascade.market.Side;

/**
 * One execution of an order. {@code feeUsd} is in USD micros (positive = paid). {@code maker} tells which
 * fee rate applied. {@code liquidation} marks our own position being liquidated by the venue.
 */
public record Fill(long orderId, int instrument, long timeMs, Side side, long price, long qty, long feeUsd,
        boolean maker, boolean liquidation, String tag) {
}
