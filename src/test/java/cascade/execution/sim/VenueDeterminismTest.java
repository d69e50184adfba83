package cascade.execution.sim;

import static cascade.execution.sim.VenueScenario.T0;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The whole venue, with partial fills, impact, a stop/target pair re-placed on every partial entry fill (as the
 * engine does), marks and a liquidation-prone leverage, twice on the same seeded tape: the same reports in the
 * same order, with the same trade ids, prices, quantities and fees.
 */
class VenueDeterminismTest {

    @Test
    void theSameInputGivesTheSameTapeTwice() {
        List<String> first = run(7);
        List<String> second = run(7);

        assertThat(second).isEqualTo(first);
        assertThat(first).hasSizeGreaterThan(200);
        // what the tape exercises: entries in many pieces, protection filling and being cancelled
        assertThat(first.stream().filter(line -> line.matches("fill [1-9] .*"))).hasSizeGreaterThan(50);
        assertThat(first.stream().filter(line -> line.matches("fill 1\\d\\d .*"))).isNotEmpty();
        assertThat(first.stream().filter(line -> line.startsWith("cancel "))).hasSizeGreaterThan(50);
        assertThat(run(8)).isNotEqualTo(first); // the tape is what decides, not something else
    }

    private static List<String> run(long seed) {
        VenueScenario s = new VenueScenario(VenueConfig.defaults(VenueScenario.BALANCE).withLatencyMs(100)
                .withImpact(new ImpactModel(ImpactModel.Shape.SQRT, 10)).withLimitFillShare(0.5));
        s.venue.setLeverage(s.btc.id(), 20);
        List<String> out = new ArrayList<>();
        long[] nextId = {100};
        long[] protection = {0, 0};
        s.events.onFill = f -> {
            out.add("fill " + f.orderId() + " " + f.side() + " " + f.qty() + "@" + f.price() + " fee " + f.feeUsd()
                    + " trade " + s.events.tradeIds.get(s.events.tradeIds.size() - 1) + " t " + f.timeMs());
            long position = s.positionQty();
            if (f.orderId() < 100 && position != 0) { // an entry piece: re-place the pair for the whole position
                for (long id : protection) {
                    if (id != 0) {
                        s.venue.cancel(s.events.orders.get(id), f.timeMs());
                    }
                }
                Side close = position > 0 ? Side.SELL : Side.BUY;
                double size = Math.abs(position) / 1000.0;
                double px = f.price() / 100.0;
                protection[0] = nextId[0]++;
                protection[1] = nextId[0]++;
                s.stop(protection[0], close, size, position > 0 ? px * 0.995 : px * 1.005, true, f.timeMs());
                s.limit(protection[1], close, size, position > 0 ? px * 1.006 : px * 0.994, true, f.timeMs());
            }
        };
        SplittableRandom random = new SplittableRandom(seed);
        double price = 50_000;
        long t = T0;
        for (int i = 0; i < 20_000; i++) {
            t += 1 + random.nextInt(200);
            price = Math.max(1_000, price * (1 + (random.nextDouble() - 0.5) * 0.002));
            if (i % 2_000 == 0) {
                long id = 1 + i / 2_000;
                s.market(id, id % 2 == 0 ? Side.SELL : Side.BUY, 0.5 + random.nextInt(10) / 10.0, false, t);
            }
            if (i % 7 == 0) {
                s.mark(t, Math.round(price * 0.9999 * 100) / 100.0);
            } else {
                s.trade(t, Math.round(price * 100) / 100.0, (1 + random.nextInt(300)) / 1000.0);
            }
        }
        out.addAll(s.events.tape);
        out.addAll(s.events.snapshots);
        out.add("balance " + s.venue.balanceUsd() + " fees " + s.venue.totalFeesUsd() + " fills " + s.venue.fills()
                + " partial " + s.venue.partialFills());
        return out;
    }
}
