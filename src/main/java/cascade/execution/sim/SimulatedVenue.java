package cascade.execution.sim;

import cascade.execution.Venue;
import cascade.execution.VenueEvents;
import cascade.model.Order;
import cascade.model.Position;
import cascade.model.RejectReason;
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
 * Order ids come from the caller and must be unique and positive (fills of our own liquidation carry
 * {@link #LIQUIDATION_ORDER_ID}). Every outcome, including rejects, is a venue event on {@link VenueEvents},
 * queued as it happens and delivered at the end of each matching step (never inside {@code submit} or
 * {@code cancel}); after every fill the venue also reports its position and balance, so the engine's
 * portfolio is checked against the venue's all along. Nothing here throws for an expected outcome.
 */
public final class SimulatedVenue implements Venue {
    /** Order id of the fill that closes a position the venue liquidated (a venue-made order). */
    public static final long LIQUIDATION_ORDER_ID = 0;

    private final VenueConfig config;
    private final Instruments instruments;
    private final VenueEventQueue events = new VenueEventQueue();
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
        this.executor = new OrderExecutor(config, account, events);
        this.ticks = new TickMatcher(executor, config.limitFillShare());
        this.bars = new BarMatcher(executor);
        this.funding = new FundingSettler(config.fundingIntervalMs(), account, events);
    }

    @Override
    public void connect(VenueEvents events) {
        this.events.connect(events);
    }

    /**
     * Accepts an order (ORDER_ACCEPTED, venue order id = its submission number + 1), live from
     * {@code order.createdMs + latency}. Rejects (INVALID_ORDER) an unknown instrument, an id below 1 or an id
     * already used. Reduce-only and margin are checked when it fills. The answer is queued, not delivered here.
     */
    @Override
    public void submit(Order order) {
        boolean valid = order.side != null && order.type != null && order.id > 0 && order.instrument >= 0
                && order.instrument < instruments.size();
        if (!valid || accepted.putIfAbsent(order.id, order) != null) {
            events.rejected(order, RejectReason.INVALID_ORDER, order.createdMs);
            return;
        }
        long seq = nextSeq++;
        book(order.instrument).add(new WorkingOrder(order, seq, order.createdMs + config.latencyMs()));
        events.accepted(order, seq + 1, order.createdMs);
    }

    /**
     * Cancels a working order (ORDER_CANCELLED); one that is no longer working is answered with CANCEL_REJECTED
     * UNKNOWN_ORDER. Queued, not delivered here.
     */
    @Override
    public void cancel(Order order, long timeMs) {
        InstrumentBook book = order.instrument >= 0 && order.instrument < books.size() ? books.get(order.instrument)
                : null;
        WorkingOrder working = book == null ? null : book.find(order.id);
        if (working != null) {
            executor.cancel(book, working, timeMs);
        } else {
            events.cancelRejected(order, RejectReason.UNKNOWN_ORDER, timeMs);
        }
    }

    /** Cancels every working order of an instrument. */
    public void cancelAll(int instrument, long timeMs) {
        executor.cancelAll(book(instrument), timeMs);
    }

    @Override
    public void deliver() {
        events.deliver();
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
        events.deliver();
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

    /** The venue's own position on the instrument (a live read-only view). */
    public Position position(int instrument) {
        return book(instrument).position;
    }

    /** The venue's wallet balance plus unrealised PnL at its last prices, USD micros. */
    public long equityUsd() {
        long equity = account.balanceUsd();
        for (InstrumentBook book : books) {
            if (book != null) {
                equity += book.position.unrealisedUsd(book.lastPrice, book.instrument);
            }
        }
        return equity;
    }

    /** The venue's wallet balance, USD micros. */
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

    /** Fills of our orders so far (our liquidations not counted). */
    public long fills() {
        return executor.fills();
    }

    /** Fills that traded less than their order's quantity (an order filled in parts, or clipped reduce-only). */
    public long partialFills() {
        return executor.partialFills();
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
