package cascade.bench;

import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.util.SplittableRandom;

/**
 * A seeded event tape for benchmarks: per symbol a random-walk price with trades every ~100 ms, a mark
 * price every second, open interest every 5 s and bursts of liquidations, plus 10 s clock ticks — in
 * event-time order, preallocated. Not a market model (that is the simulator); just realistic load.
 */
public final class SyntheticTape {
    public static final long START_MS = 1_735_689_600_000L;
    public final Instruments instruments = new Instruments();
    public final MarketEvent[] events;
    public final long durationMs;

    public SyntheticTape(int symbols, long durationMs, long seed) {
        this.durationMs = durationMs;
        SplittableRandom rnd = new SplittableRandom(seed);
        Instrument[] inst = new Instrument[symbols];
        double[] price = new double[symbols];
        for (int s = 0; s < symbols; s++) {
            inst[s] = instruments.register("sim", "SYM" + s + "USDT", 4, 3);
            price[s] = 10 + rnd.nextDouble() * 1000;
        }
        java.util.ArrayList<MarketEvent> out = new java.util.ArrayList<>();
        for (long t = START_MS; t < START_MS + durationMs; t += 100) {
            if (t % 10_000 == 0) {
                out.add(new MarketEvent().clock(t));
            }
            for (int s = 0; s < symbols; s++) {
                price[s] *= 1 + rnd.nextGaussian() * 0.0005;
                long px = inst[s].priceUnits(price[s]);
                out.add(new MarketEvent().trade(inst[s].id(), t, rnd.nextBoolean() ? Side.BUY : Side.SELL, px,
                        inst[s].qtyUnits(0.001 + rnd.nextDouble())));
                if (rnd.nextInt(50) == 0) {
                    Side forced = rnd.nextInt(10) < 7 ? Side.SELL : Side.BUY;
                    out.add(new MarketEvent().liquidation(inst[s].id(), t, forced, px,
                            inst[s].qtyUnits(0.01 + rnd.nextDouble() * 5)));
                }
                if (t % 1_000 == 0) {
                    out.add(new MarketEvent().markPrice(inst[s].id(), t, px));
                }
                if (t % 5_000 == 0) {
                    out.add(new MarketEvent().openInterest(inst[s].id(), t, (long) (1e8 + rnd.nextInt(1_000_000))));
                }
            }
        }
        events = out.toArray(new MarketEvent[0]);
    }
}
