package cascade.feed;

import cascade.market.MarketEvent;
import java.util.Arrays;
import java.util.List;

/** Every field of an event as a list, so tests can compare events exactly and cheaply. */
public final class EventFields {
    private EventFields() {
    }

    public static List<Object> of(MarketEvent e) {
        return Arrays.asList(e.type, e.instrument, e.timeMs, e.price, e.qty, e.side, e.open, e.high, e.low,
                e.barOpenTimeMs, e.volumeUsd, e.liqLongUsd, e.liqShortUsd, e.openInterest, e.fundingRate,
                e.fundingTimeMs, e.orderId, e.feeUsd);
    }
}
