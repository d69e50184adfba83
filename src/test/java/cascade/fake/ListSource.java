package cascade.fake;

import cascade.feed.EventSource;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.util.ArrayList;
import java.util.List;

/** A hand-built tape for the fake exchange: events on instruments registered into the given registry. */
public final class ListSource implements EventSource {
    private final List<MarketEvent> events;
    private int next;

    public ListSource(List<MarketEvent> events) {
        this.events = events;
    }

    @Override
    public boolean next(MarketEvent into) {
        if (next >= events.size()) {
            return false;
        }
        into.copyFrom(events.get(next++));
        return true;
    }

    @Override
    public String describe() {
        return "list of " + events.size();
    }

    /**
     * {@code seconds} of ETHUSDT (scales 2/3, venue sim): a mark each second at 3400.00 + s/100, two trades per
     * second (buy 0.010 then sell 0.020 at the mark), OI 1000.0000 + s each 5 s, a long liquidated at second 7.
     */
    public static ListSource eth(Instruments into, long startMs, int seconds) {
        Instrument eth = into.register("sim", "ETHUSDT", 2, 3);
        List<MarketEvent> out = new ArrayList<>();
        for (int s = 0; s < seconds; s++) {
            long t = startMs + s * 1000L;
            long px = 340_000 + s;
            out.add(new MarketEvent().markPrice(eth.id(), t, px));
            out.add(new MarketEvent().trade(eth.id(), t + 100, Side.BUY, px, 10));
            out.add(new MarketEvent().trade(eth.id(), t + 600, Side.SELL, px, 20));
            if (s % 5 == 0) {
                out.add(new MarketEvent().openInterest(eth.id(), t + 700, 10_000_000L + s * 10_000L));
            }
            if (s == 7) {
                out.add(new MarketEvent().liquidation(eth.id(), t + 800, Side.SELL, px - 50, 1500));
            }
        }
        return new ListSource(out);
    }

    /** {@code seconds} of ETHUSDT and BTCUSDT marks (one a second each, BTC at 95 000.0) and one trade each. */
    public static ListSource ethAndBtc(Instruments into, long startMs, int seconds) {
        Instrument eth = into.register("sim", "ETHUSDT", 2, 3);
        Instrument btc = into.register("sim", "BTCUSDT", 1, 3);
        List<MarketEvent> out = new ArrayList<>();
        for (int s = 0; s < seconds; s++) {
            long t = startMs + s * 1000L;
            out.add(new MarketEvent().markPrice(eth.id(), t, 340_000 + s));
            out.add(new MarketEvent().markPrice(btc.id(), t + 1, 950_000 + s));
            out.add(new MarketEvent().trade(eth.id(), t + 100, Side.BUY, 340_000 + s, 10));
            out.add(new MarketEvent().trade(btc.id(), t + 200, Side.SELL, 950_000 + s, 1));
        }
        return new ListSource(out);
    }
}
