package cascade.execution.sim;

import cascade.model.Order;
import cascade.model.Position;
import cascade.model.RejectReason;
import cascade.execution.Venue;
import cascade.model.VenueListener;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A venue that fills our orders against recorded or simulated market data: the venue of backtests, and of paper
 * trading. Deterministic: it only looks at event time, so the same events and orders always give the same fills.
 * Isolated margin, one-way (netted) positions, maker/taker fees, taker slippage, order latency, our own
 * liquidation and funding; see the package documentation for the exact fill rules on event and bar data.
 * <p>
 * Order ids come from the caller and must be unique and non-negative (fills of our own liquidation carry
 * {@link #LIQUIDATION_ORDER_ID}). Every outcome, including rejects, is reported to the {@link VenueListener};
 * nothing here throws for an expected outcome.
 */
public final class SimulatedVenue implements Venue {
    /** Order id of the fill that closes a position the venue liquidated. */
    public static final long LIQUIDATION_ORDER_ID = -1;

    private final VenueConfig config;
    private final Instruments instruments;
    private final ListenerRelay listener = new ListenerRelay();
    private final Account account;
    private final OrderExecutor executor;
    private final TickMatcher ticks;
    private final BarMatcher bars;
    private final FundingSettler funding;
    /** Per instrument id, created when first needed (instruments register while sources open). */
    private final List<InstrumentBook> books = new ArrayList<>();
    /** Every order ever accepted, by id: rejects duplicate ids and names the order of a late cancel. */
    private final Map<Long, Order> accepted = new HashMap<>();
    private long nextSeq;

    public SimulatedVenue(VenueConfig config, Instruments instruments) {
        this.config = config;
        this.instruments = instruments;
        this.account = new Account(config.initialBalanceUsd());
        this.executor = new OrderExecutor(config, account, listener);
        this.ticks = new TickMatcher(executor);
        this.bars = new BarMatcher(executor);
        this.funding = new FundingSettler(config.fundingIntervalMs(), account, listener);
    }

    @Override
    public void setListener(VenueListener listener) {
        this.listener.set(listener);
    }

    /**
     * Accepts an order, live from {@code order.createdMs + latency}. Rejects (INVALID_ORDER) an unknown
     * instrument, a negative id or an id already used. Reduce-only and margin are checked when it fills.
     */
    @Override
    public void submit(Order order) {
        boolean valid = order.side != null && order.type != null && order.id >= 0 && order.instrument >= 0
                && order.instrument < instruments.size();
        if (!valid || accepted.putIfAbsent(order.id, order) != null) {
            listener.onReject(order, RejectReason.INVALID_ORDER, order.createdMs);
            return;
        }
        book(order.instrument).add(new WorkingOrder(order, nextSeq++, order.createdMs + config.latencyMs()));
    }

    /** Cancels a working order; a finished one is answered with UNKNOWN_ORDER, an id never seen is ignored. */
    @Override
    public void cancel(long orderId, long timeMs) {
        for (InstrumentBook book : books) {
            WorkingOrder working = book == null ? null : book.find(orderId);
            if (working != null) {
                executor.cancel(book, working, timeMs);
                return;
            }
        }
        Order finished = accepted.get(orderId);
        if (finished != null) {
            listener.onReject(finished, RejectReason.UNKNOWN_ORDER, timeMs);
        }
    }

    @Override
    public void cancelAll(int instrument, long timeMs) {
        executor.cancelAll(book(instrument), timeMs);
    }

    @Override
    public void onMarketEvent(MarketEvent event) {
        if (event.type == null || event.instrument < 0) {
            return;
        }
        switch (event.type) {
            case TRADE -> ticks.onTrade(book(event.instrument), event);
            case MARK_PRICE -> ticks.onMarkPrice(book(event.instrument), event);
            case FUNDING -> funding.onFundingEvent(book(event.instrument), event);
            case BAR -> {
                InstrumentBook book = book(event.instrument);
                bars.onBar(book, event);
                funding.onBar(book, event);
            }
            default -> {
                // liquidations of others, open interest, clock ticks and fills carry no price to fill against
            }
        }
    }

    /**
     * Sets the leverage of the instrument's next position opened from flat; an open position keeps the leverage
     * it was opened with.
     *
     * @throws IllegalArgumentException outside 1..125 or when leverage × maintenance margin rate ≥ 1 (a bug in
     *         the caller's configuration, not a market outcome)
     */
    @Override
    public void setLeverage(int instrument, int leverage) {
        VenueConfig.checkLeverage(leverage, config.maintenanceMarginRate(), "leverage");
        book(instrument).leverage = leverage;
    }

    /** A live read-only view of the instrument's position. */
    @Override
    public Position position(int instrument) {
        return book(instrument).position;
    }

    @Override
    public long equityUsd() {
        long equity = account.balanceUsd();
        for (InstrumentBook book : books) {
            if (book != null) {
                equity += book.position.unrealisedUsd(book.lastPrice, book.instrument);
            }
        }
        return equity;
    }

    @Override
    public long balanceUsd() {
        return account.balanceUsd();
    }

    /** Balance not held as isolated margin, USD micros. */
    public long availableUsd() {
        return account.availableUsd();
    }

    /** Fees paid so far (incl. liquidation fees), USD micros. */
    public long totalFeesUsd() {
        return account.totalFeesUsd();
    }

    /** Net funding so far, USD micros: positive received, negative paid. */
    public long totalFundingUsd() {
        return account.totalFundingUsd();
    }

    /** Funding times passed so far (M in "funding unknown for N of M funding times"), flat or not. */
    public int fundingSettlements() {
        return funding.fundingTimes();
    }

    /** Funding times whose rate was unknown, for which nothing was paid (N). */
    public int fundingUnknown() {
        return funding.unknownRates();
    }

    /** The settings this venue runs with. */
    public VenueConfig config() {
        return config;
    }

    private InstrumentBook book(int instrument) {
        while (books.size() <= instrument) {
            books.add(null);
        }
        InstrumentBook book = books.get(instrument);
        if (book == null) {
            book = new InstrumentBook(instruments.get(instrument), config);
            books.set(instrument, book);
        }
        return book;
    }
}
