package cascade.model;

import cascade.market.Side;

/**
 * One execution of an order, as the order book applied it. {@code feeUsd} is in USD micros (positive =
 * paid). {@code maker} tells which fee rate applied. {@code liquidation} marks our own position being
 * closed by the venue (then {@code orderId} is 0 and {@code purpose} LIQUIDATION). {@code tradeId} is the
 * venue's id of the execution; {@code decisionId} the decision behind the order (0 for none).
 */
public record Fill(long orderId, long tradeId, int instrument, long timeMs, Side side, long price, long qty,
        long feeUsd, boolean maker, boolean liquidation, String mode, Purpose purpose, long decisionId) {

    /** "mode/purpose", as {@link Order#tag()}. */
    public String tag() {
        return mode.isEmpty() ? purpose.label() : mode + "/" + purpose.label();
    }
}
