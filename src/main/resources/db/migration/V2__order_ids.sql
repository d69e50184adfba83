-- The execution core: every order has a portable client order id and belongs to a decision; every fill
-- carries the venue's trade id and the decision behind it, and every trade the decisions that opened and
-- closed it, so decision → orders → fills → trade joins (the learner's outcomes).
ALTER TABLE orders ADD COLUMN client_order_id VARCHAR(36);
ALTER TABLE orders ADD COLUMN decision_seq BIGINT;
ALTER TABLE fills ADD COLUMN trade_id BIGINT;
ALTER TABLE fills ADD COLUMN decision_seq BIGINT;
ALTER TABLE trades ADD COLUMN entry_decision_seq BIGINT;
ALTER TABLE trades ADD COLUMN exit_decision_seq BIGINT;
