package cascade.feed.recording;

import cascade.market.EventType;
import cascade.market.Fixed;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.util.Random;

/**
 * A reproducible stream of events of every recorded type (market data and fills; the other venue events are
 * outputs of trading and are not recorded), with unknown values and times that sometimes go back.
 */
final class RandomEvents {
    private static final EventType[] RECORDED = java.util.Arrays.stream(EventType.values())
            .filter(t -> t.code <= EventType.FILL.code).toArray(EventType[]::new);
    private final Random random;
    private final int instruments;
    private long timeMs = 1_731_528_000_000L;

    RandomEvents(long seed, int instruments) {
        this.random = new Random(seed);
        this.instruments = instruments;
    }

    MarketEvent next(MarketEvent e) {
        timeMs += random.nextInt(10) == 0 ? -random.nextInt(5_000) : random.nextInt(2_000);
        int instrument = random.nextInt(instruments);
        EventType type = RECORDED[random.nextInt(RECORDED.length)];
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        switch (type) {
            case LIQUIDATION -> e.liquidation(instrument, timeMs, side, price(), amount());
            case TRADE -> e.trade(instrument, timeMs, side, price(), amount());
            case MARK_PRICE -> e.markPrice(instrument, timeMs, price());
            case FUNDING -> e.funding(instrument, timeMs, maybeUnknown(random.nextInt(20_001) - 10_000L),
                    timeMs + random.nextInt(28_800_000));
            case OPEN_INTEREST -> e.openInterest(instrument, timeMs, maybeUnknown(amount()));
            case BAR -> bar(e, instrument);
            case CLOCK -> e.clock(timeMs);
            case FILL -> e.fill(instrument, timeMs, random.nextLong(), side, price(), amount(),
                    random.nextInt(2_000_001) - 1_000_000L);
        }
        return e;
    }

    private void bar(MarketEvent e, int instrument) {
        long open = price();
        e.bar(instrument, timeMs - 14_400_000L, timeMs, open, open + random.nextInt(1_000),
                open - random.nextInt(1_000), open + random.nextInt(2_001) - 1_000);
        e.volumeUsd = maybeUnknown(amount());
        e.liqLongUsd = maybeUnknown(amount());
        e.liqShortUsd = maybeUnknown(amount());
        e.openInterest = maybeUnknown(amount());
        e.fundingRate = maybeUnknown(random.nextInt(20_001) - 10_000L);
    }

    private long price() {
        return 1 + (random.nextLong() >>> (1 + random.nextInt(63)));
    }

    private long amount() {
        return random.nextLong() >>> random.nextInt(64);
    }

    private long maybeUnknown(long value) {
        return random.nextInt(4) == 0 ? Fixed.UNKNOWN : value;
    }
}
