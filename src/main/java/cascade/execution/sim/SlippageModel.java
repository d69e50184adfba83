package cascade.execution.sim;

import cascade.market.Fixed;
import cascade.market.Side;

/**
 * How far a taker fill lands from the reference price, always against the taker (a buy pays more, a sell
 * receives less). The adverse move in basis points is
 * <pre>  fixedBps + impactBps × orderNotional / recentVolume</pre>
 * where recentVolume is the USD traded in the previous bar (bar data) or in the previous complete
 * {@code volumeWindowMs} window of trades (event data). The impact term is skipped while the recent volume is
 * unknown or zero. The move is rounded to the nearest price unit, half up.
 *
 * <p>This is the one place of the venue that stays in double: the impact term is a ratio of two volumes and the
 * basis points are configured as doubles. For a reference price below 2^53 units, referencePrice × bps / 10 000
 * is two correctly rounded double operations on exact operands (relative error below 2.3e-16), plus the
 * configured fixedBps' own decimal-to-double error (below 1.2e-16 relative); the impact term adds three more
 * operations (a division, a multiplication, an addition: below 3.4e-16 more). So the move is within one price
 * unit of the exact move rounded half up, and equal to it unless the exact move lies within 7e-16 × move of a
 * half unit (3.5e-16 × move without impact): at 120 000 USD with 8 price decimals and 2 bps (a move of 2.4e9
 * units) that is a window of about 1e-6 units. The fill price is then exact: reference ± move.
 *
 * @param fixedBps adverse move every taker fill pays, e.g. 2 = 0.02 %
 * @param impactBps extra move when the order's notional equals the recent volume (linear in the ratio); 0 = off
 * @param volumeWindowMs length of the trade-volume window for event data
 */
public record SlippageModel(double fixedBps, double impactBps, long volumeWindowMs) {
    /** 2 bps fixed, no impact, one-minute volume window. */
    public static final SlippageModel DEFAULT = new SlippageModel(2.0, 0.0, 60_000);
    /** No slippage at all (for tests and what-if runs). */
    public static final SlippageModel NONE = new SlippageModel(0.0, 0.0, 60_000);

    private static final double MAX_BPS = 1_000;

    public SlippageModel {
        if (!(fixedBps >= 0 && fixedBps <= MAX_BPS)) {
            throw new IllegalArgumentException("slippage.fixedBps must be in [0, " + MAX_BPS + "], was " + fixedBps);
        }
        if (!(impactBps >= 0 && impactBps <= MAX_BPS)) {
            throw new IllegalArgumentException("slippage.impactBps must be in [0, " + MAX_BPS + "], was " + impactBps);
        }
        if (volumeWindowMs <= 0) {
            throw new IllegalArgumentException("slippage.volumeWindowMs must be > 0, was " + volumeWindowMs);
        }
    }

    /** Adverse move in basis points for an order of this notional (USD micros) given the recent volume. */
    public double bps(long orderNotionalUsd, long recentVolumeUsd) {
        if (impactBps == 0 || recentVolumeUsd == Fixed.UNKNOWN || recentVolumeUsd <= 0) {
            return fixedBps;
        }
        return fixedBps + impactBps * ((double) orderNotionalUsd / recentVolumeUsd);
    }

    /** The taker's fill price: the reference price moved against the taker's side. */
    public long fillPrice(Side takerSide, long referencePrice, long orderNotionalUsd, long recentVolumeUsd) {
        long move = Math.round(referencePrice * bps(orderNotionalUsd, recentVolumeUsd) / 10_000.0);
        return referencePrice + takerSide.sign * move;
    }
}
