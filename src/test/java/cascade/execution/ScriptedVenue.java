package cascade.execution;

import cascade.market.MarketEvent;
import cascade.model.Order;
import cascade.model.OrderType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A venue that only writes down what it is asked ("submit 1 MARKET BUY 20 bar/entry", "cancel 2") and
 * answers nothing by itself: the test plays the venue's side by publishing events, as a real venue's own
 * threads would. {@link #onSubmit} lets a test make it answer inside {@code submit} (a misbehaving venue).
 */
final class ScriptedVenue implements Venue {
    final List<String> requests = new ArrayList<>();
    final Map<Long, Order> orders = new HashMap<>();
    VenueEvents events;
    Consumer<Order> onSubmit = o -> { };
    /** What the venue reports as the instrument's filters (null: none). */
    cascade.market.InstrumentFilters filters;

    @Override
    public cascade.market.InstrumentFilters filters(int instrument) {
        return filters;
    }

    @Override
    public void connect(VenueEvents events) {
        this.events = events;
    }

    @Override
    public void submit(Order o) {
        orders.put(o.id, o);
        requests.add("submit " + o.id + " " + o.type + " " + o.side + " " + o.qty
                + (o.type == OrderType.LIMIT ? " @" + o.limitPrice : "")
                + (o.type == OrderType.STOP_MARKET ? " stop " + o.stopPrice : "") + (o.reduceOnly ? " ro" : "") + " "
                + o.tag());
        onSubmit.accept(o);
    }

    @Override
    public void cancel(Order order, long timeMs) {
        requests.add("cancel " + order.id);
    }

    @Override
    public void onMarketEvent(MarketEvent event) {
    }

    @Override
    public void setLeverage(int instrument, int leverage) {
    }

    /** Requests since the last call, and forgets them. */
    List<String> take() {
        List<String> out = List.copyOf(requests);
        requests.clear();
        return out;
    }
}
