package cascade.store;

/** The status of an order as recorded in the store; the latest one reported wins. */
public enum OrderStatus {
    /** Passed risk and went to the venue; working until filled, cancelled or rejected. */
    SUBMITTED,
    PARTIALLY_FILLED,
    FILLED,
    CANCELLED,
    /** Refused by risk or by the venue; the store keeps the {@link cascade.model.RejectReason}. */
    REJECTED
}
