package cascade.sim;

import cascade.market.Instrument;
import cascade.market.Instruments;
import java.util.Arrays;
import java.util.function.LongSupplier;

/** {@link LiquidationTruth} over the simulator's position books; reads them in place (call between events). */
final class SimulatedTruth implements LiquidationTruth {
    private final SymbolSimulator[] symbols;
    private final Instruments registry;
    private final LongSupplier asOf;
    private final int[] indexOfInstrument;

    SimulatedTruth(SymbolSimulator[] symbols, Instruments registry, LongSupplier asOf) {
        this.symbols = symbols;
        this.registry = registry;
        this.asOf = asOf;
        int maxId = 0;
        for (SymbolSimulator s : symbols) {
            maxId = Math.max(maxId, s.instrument());
        }
        indexOfInstrument = new int[maxId + 1];
        Arrays.fill(indexOfInstrument, -1);
        for (int i = 0; i < symbols.length; i++) {
            indexOfInstrument[symbols[i].instrument()] = i;
        }
    }

    @Override
    public long asOfMs() {
        return asOf.getAsLong();
    }

    @Override
    public int[] instruments() {
        int[] ids = new int[symbols.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = symbols[i].instrument();
        }
        return ids;
    }

    @Override
    public long price(int instrument) {
        return symbol(instrument).price();
    }

    @Override
    public int openPositions(int instrument) {
        return symbol(instrument).book().openCount();
    }

    @Override
    public long openInterest(int instrument) {
        return symbol(instrument).openInterest();
    }

    @Override
    public void forEachOpenPosition(int instrument, OpenPositionVisitor visitor) {
        PositionBook book = symbol(instrument).book();
        for (int c = 0; c < book.leverageClasses(); c++) {
            for (int i = 0; i < book.classCount(c); i++) {
                int slot = book.classSlot(c, i);
                visitor.visit(book.id(slot), book.side(slot), book.entry(slot), book.qty(slot), book.liqPrice(slot),
                        book.leverage(slot));
            }
        }
    }

    @Override
    public LiquidationHistogram histogram(int instrument, long lowPrice, long highPrice, int buckets) {
        Instrument inst = registry.get(instrument);
        LiquidationHistogram h = new LiquidationHistogram(lowPrice, highPrice, buckets);
        forEachOpenPosition(instrument, (id, side, entry, qty, liq, lev) ->
                h.add(side.sign > 0, liq, inst.qty(qty) * inst.price(liq)));
        return h;
    }

    private SymbolSimulator symbol(int instrument) {
        int i = instrument >= 0 && instrument < indexOfInstrument.length ? indexOfInstrument[instrument] : -1;
        if (i < 0) {
            throw new IllegalArgumentException("instrument " + instrument + " is not simulated here");
        }
        return symbols[i];
    }
}
