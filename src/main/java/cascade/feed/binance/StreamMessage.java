package cascade.feed.binance;

import cascade.market.MarketEvent;

/**
 * One parsed frame of the combined market stream. {@link #event} holds the market event for trades,
 * liquidations and mark prices; a mark price also carries the streamed funding rate and next funding time.
 *
 * @param kind what the frame was
 * @param event the parsed event (null unless the kind is a market event)
 * @param aggId aggTrade id ({@code a}), -1 otherwise
 * @param fundingRate markPrice {@code r} in {@link cascade.market.Fixed#RATE_SCALE}, or UNKNOWN
 * @param nextFundingTimeMs markPrice {@code T}, 0 otherwise
 * @param symbol the frame's symbol (null when it has none)
 * @param reason why a frame was not used (for IGNORED and BAD), else null
 */
public record StreamMessage(Kind kind, MarketEvent event, long aggId, long fundingRate, long nextFundingTimeMs,
        String symbol, String reason) {
    public enum Kind {
        TRADE, LIQUIDATION, MARK_PRICE,
        /** a subscription answer ({"result":null,"id":1}) */
        RESPONSE,
        /** well formed but not for us: an unsubscribed symbol, an unknown stream */
        IGNORED,
        /** malformed: not JSON, a missing or non-numeric field */
        BAD
    }

    static StreamMessage bad(String symbol, String reason) {
        return new StreamMessage(Kind.BAD, null, -1, cascade.market.Fixed.UNKNOWN, 0, symbol, reason);
    }

    static StreamMessage ignored(String symbol, String reason) {
        return new StreamMessage(Kind.IGNORED, null, -1, cascade.market.Fixed.UNKNOWN, 0, symbol, reason);
    }
}
