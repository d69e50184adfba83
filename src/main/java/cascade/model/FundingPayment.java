package cascade.model;

/**
 * Funding settled on a position at a funding time. {@code amountUsd} in USD micros, positive when we
 * received, negative when we paid. {@code positionQty} is signed (+ long). {@code rate} in
 * {@link cascade.market.Fixed#RATE_SCALE}.
 */
public record FundingPayment(int instrument, long fundingTimeMs, long positionQty, long markPrice, long rate,
        long amountUsd) {
}
