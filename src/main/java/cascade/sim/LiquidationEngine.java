package cascade.sim;

import cascade.market.Side;

/**
 * The exchange's liquidation engine for one symbol: after the price moved within a step, every position
 * whose liquidation price was crossed is closed by a forced order at its liquidation price (a forced SELL
 * for a long, BUY for a short). The path within a step is taken as straight, so the forced orders come out
 * in crossing order with times interpolated along it, each followed by its fill as an aggregate trade.
 * The signed USD it returns is the forced flow that moves the price in the next step.
 */
final class LiquidationEngine {
    private final int instrument;
    private final double qtyUnits;
    private final double priceUnits;

    LiquidationEngine(SymbolSpec spec, int instrument) {
        this.instrument = instrument;
        this.qtyUnits = Math.pow(10, spec.qtyScale());
        this.priceUnits = Math.pow(10, spec.priceScale());
    }

    /**
     * Liquidates every position crossed by the move {@code from → to}.
     *
     * @param out where the events go, or null during warm-up
     * @return forced flow in USD: negative for forced sells
     */
    double liquidate(PositionBook book, long from, long to, long stepStartMs, int stepMs, StepEventBuffer out,
            SimulationListener listener) {
        double flowUsd = 0;
        if (to < from) {
            int slot;
            while ((slot = book.crossedLong(to)) >= 0) {
                flowUsd -= execute(book, slot, Side.SELL, from, to, stepStartMs, stepMs, out, listener);
            }
        } else if (to > from) {
            int slot;
            while ((slot = book.crossedShort(to)) >= 0) {
                flowUsd += execute(book, slot, Side.BUY, from, to, stepStartMs, stepMs, out, listener);
            }
        }
        return flowUsd;
    }

    private double execute(PositionBook book, int slot, Side forced, long from, long to, long stepStartMs, int stepMs,
            StepEventBuffer out, SimulationListener listener) {
        long liq = book.liqPrice(slot);
        long qty = book.qty(slot);
        double frac = (from - liq) / (double) (from - to);
        int offset = 1 + (int) (frac * (stepMs - 2));
        book.remove(slot);
        if (out != null) {
            out.addLiquidation(instrument, offset, forced, liq, qty);
            out.addTrade(instrument, offset, forced, liq, qty);
        }
        listener.liquidated(instrument, stepStartMs + offset, book.id(slot), forced, liq, qty, from, to);
        return qty / qtyUnits * (liq / priceUnits);
    }
}
