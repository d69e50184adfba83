package cascade.execution.sim;

import cascade.market.Fixed;
import cascade.market.Side;
import java.util.Locale;

/**
 * Market impact of a taker fill: an adverse move on top of {@link SlippageModel}'s, growing with the order's size
 * relative to the volume recently traded on the instrument. In basis points,
 * <pre>
 *   sqrt:   impactBps × √(orderNotional / recentVolume)
 *   linear: impactBps × orderNotional / recentVolume
 * </pre>
 * where orderNotional is the whole order's quantity (a reduce-only order's: what the position lets it trade) at
 * the piece's reference price, and recentVolume is {@link VolumeWindow}'s: the USD traded in the previous
 * complete {@link SlippageModel#volumeWindowMs} window (event data) or the previous bar (bar data). So every
 * piece of one order pays the same impact in bps: a large order is worse at every price it takes. The term is
 * zero while the recent volume is unknown or zero. The move is rounded to the nearest price unit, on its own
 * (the fixed slippage is rounded separately). The square root is the empirical "square-root law" of impact
 * (impact ≈ Y·σ·√(Q/V), Y ≈ 1; Almgren et al. 2005, Tóth et al. 2011); with V a one-minute volume,
 * impactBps ≈ σ_day / √1440 ≈ 8–10 bps for a crypto future with 3–4 % daily volatility.
 *
 * @param shape how the term grows with the order's share of recent volume
 * @param impactBps the move, in bps, of an order equal to the recent volume; 0 = off
 */
public record ImpactModel(Shape shape, double impactBps) {
    /** No impact (the default, and what every bar spec uses). */
    public static final ImpactModel NONE = new ImpactModel(Shape.SQRT, 0);

    private static final double MAX_BPS = 1_000;

    /** How impact grows with the order's share of recent volume. */
    public enum Shape {
        SQRT, LINEAR;

        /** {@code sqrt} or {@code linear}, as written in a spec. */
        public static Shape parse(String text) {
            for (Shape s : values()) {
                if (s.name().equalsIgnoreCase(text.trim())) {
                    return s;
                }
            }
            throw new IllegalArgumentException("must be sqrt or linear, was '" + text + "'");
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ImpactModel {
        if (shape == null) {
            throw new IllegalArgumentException("venue.impactModel must be sqrt or linear");
        }
        if (!(impactBps >= 0 && impactBps <= MAX_BPS)) {
            throw new IllegalArgumentException("venue.impactBps must be in [0, " + MAX_BPS + "], was " + impactBps);
        }
    }

    /** Impact in bps for an order of this notional (USD micros) given the recent volume (USD micros). */
    public double bps(long orderNotionalUsd, long recentVolumeUsd) {
        if (impactBps == 0 || recentVolumeUsd == Fixed.UNKNOWN || recentVolumeUsd <= 0) {
            return 0;
        }
        double share = (double) orderNotionalUsd / recentVolumeUsd;
        return impactBps * (shape == Shape.SQRT ? Math.sqrt(share) : share);
    }

    /** The signed move in price units a taker on {@code side} pays (buy: up, sell: down). */
    public long move(Side side, long referencePrice, long orderNotionalUsd, long recentVolumeUsd) {
        double bps = bps(orderNotionalUsd, recentVolumeUsd);
        return bps == 0 ? 0 : side.sign * Math.round(referencePrice * bps / 10_000.0);
    }
}
