package cascade.signal;

import cascade.state.SymbolState;
import java.util.List;

/**
 * Cross-venue divergence: does this venue liquidate the same side as the other venues of the same symbol
 * (binance:BTCUSDT against bybit:BTCUSDT and okx:BTCUSDT)? diff = r<sub>here</sub> − r<sub>others</sub>,
 * where r is the imbalance ratio (long-liquidated USD / total) over the window and r<sub>others</sub>
 * pools the other venues' USD (Σ long / Σ total, so a large venue weighs more than a small one).
 * <p>
 * Trading meaning: a flush on one venue that the others do not confirm is a venue-local dislocation (a
 * thin book, one venue's wick) that arbitrage pulls back toward the others. So when
 * |diff| > {@code threshold} the card scores toward that gap closing: score = diff (longs flushed here more
 * than elsewhere: this venue's price is likely to recover, +; shorts flushed here more: −). It is a
 * weaker signal than a flush all venues share, so every reading carries the configured
 * {@code confidence} (below 1). Strength = |diff|; value = diff.
 * <p>
 * Other venues whose window is not yet covered by data are left out. No other venue, no liquidations here
 * or none elsewhere gives no reading.
 */
public final class CrossVenueCard implements Card {
    public static final String NAME = "cross-venue";

    private final double threshold;
    private final double confidence;

    public CrossVenueCard(double threshold, double confidence) {
        if (!(threshold > 0 && threshold < 1) || !(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("need 0 < threshold < 1 and 0 < confidence <= 1");
        }
        this.threshold = threshold;
        this.confidence = confidence;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void evaluate(SymbolState s, long nowMs, Window w, Reading out) {
        List<SymbolState> peers = s.peers();
        if (peers.isEmpty()) {
            out.none("single venue");
            return;
        }
        long len = w.lengthMs();
        if (!s.liquidations.covers(nowMs, len)) {
            out.none("window not covered by data yet");
            return;
        }
        double here = ImbalanceCard.ratio(s, nowMs, len);
        if (Double.isNaN(here)) {
            out.none("no liquidations");
            return;
        }
        double longUsd = 0;
        double total = 0;
        for (int i = 0; i < peers.size(); i++) {
            SymbolState peer = peers.get(i);
            if (peer.liquidations.covers(nowMs, len)) {
                double peerLong = peer.liquidations.longUsd(nowMs, len);
                longUsd += peerLong;
                total += peerLong + peer.liquidations.shortUsd(nowMs, len);
            }
        }
        if (total <= 0) {
            out.none("no liquidations on other venues");
            return;
        }
        double diff = here - longUsd / total;
        if (Math.abs(diff) <= threshold) {
            out.set(0, Math.abs(diff), confidence, diff, "venues agree");
        } else {
            String note = diff > 0 ? "longs flushed here only" : "shorts flushed here only";
            out.set(diff, Math.abs(diff), confidence, diff, note);
        }
    }
}
