package cascade.execution;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.EventType;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import cascade.model.Fill;
import cascade.model.Order;
import cascade.model.OrderEvents;
import cascade.model.OrderState;
import cascade.model.OrderType;
import cascade.model.Purpose;
import cascade.model.RejectReason;
import cascade.model.RunObserver;
import cascade.risk.RiskGate;
import cascade.risk.RiskLimits;
import cascade.state.MarketState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Venue reports arrive late, out of order, twice, or not at all (acknowledgements and cancels lost; fills
 * are never lost here — a lost fill is the reconciliation's job). Whatever the order, the book's positions
 * are the sum of the distinct fills, every order's filled quantity is the sum of its distinct fills, an order
 * is FILLED exactly when its fills add up to its quantity, and every duplicate is counted once.
 */
class OrderBookPropertyTest {
    private static final long T0 = 1_735_689_600_000L;

    /** One venue report, kept as data so it can be shuffled and repeated. */
    private record Report(EventType type, long orderId, long tradeId, long qty, long price) {
        MarketEvent into(MarketEvent e, int instrument, Side side) {
            return switch (type) {
                case FILL -> e.venueFill(instrument, T0, orderId, tradeId, side, price, qty, 10, false, false);
                case ORDER_REJECTED -> e.orderRejected(type, instrument, T0, orderId,
                        RejectReason.INSUFFICIENT_MARGIN.code);
                default -> e.orderEvent(type, instrument, T0, orderId, 1_000 + orderId);
            };
        }
    }

    @Property(tries = 300)
    void positionsAreTheSumOfDistinctFillsWhateverTheOrderOfReports(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 12) int orderCount) {
        Random random = new Random(seed);
        Instruments instruments = new Instruments();
        Instrument btc = instruments.register("binance", "BTCUSDT", 2, 3);
        MarketState market = new MarketState(instruments, 10_000, 10, 10);
        OrderBook book = new OrderBook();
        Portfolio portfolio = new Portfolio(instruments, 1_000_000_000_000L);
        RiskGate gate = new RiskGate(new RiskLimits(0.01, 3, 3, 1e9, 1e9, 10, 100, 0.25, 0.05, 0), instruments,
                market, portfolio);
        List<String> owner = new ArrayList<>();
        ExecutionStage stage = new ExecutionStage(instruments, book, portfolio, gate, new RunObserver() { });
        stage.setOwner(new OrderEvents() {
            @Override
            public void onFill(Order order, Fill fill) {
                owner.add("fill");
            }

            @Override
            public void onFinished(Order order, OrderState state, RejectReason reason, long timeMs) {
                owner.add("finished");
            }
        });

        Map<Long, Side> sides = new HashMap<>();
        Map<Long, Long> orderQty = new HashMap<>();
        List<Report> reports = new ArrayList<>();
        long tradeId = 1;
        for (long id = 1; id <= orderCount; id++) {
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            long qty = 1 + random.nextInt(50);
            Order order = new Order(id, "c" + id, btc.id(), side, OrderType.MARKET, qty, 0, 0, false, T0, "m",
                    Purpose.ENTRY, id);
            book.submitted(book.add(order), T0);
            sides.put(id, side);
            orderQty.put(id, qty);
            if (random.nextInt(4) > 0) {
                reports.add(new Report(EventType.ORDER_ACCEPTED, id, 0, 0, 0));
            }
            long left = random.nextInt(5) == 0 ? random.nextInt((int) qty) : qty; // some fill only in part
            while (left > 0) {
                long piece = 1 + random.nextInt((int) left);
                reports.add(new Report(EventType.FILL, id, tradeId++, piece, 5_000_000 + random.nextInt(1_000)));
                left -= piece;
            }
            int end = random.nextInt(4);
            if (end == 1) {
                reports.add(new Report(EventType.ORDER_CANCELLED, id, 0, 0, 0));
            } else if (end == 2) {
                reports.add(new Report(EventType.ORDER_EXPIRED, id, 0, 0, 0));
            } else if (end == 3) {
                reports.add(new Report(EventType.ORDER_REJECTED, id, 0, 0, 0));
            }
        }
        // the expected result, from the distinct fills alone
        long expectedPosition = 0;
        Map<Long, Long> expectedFilled = new HashMap<>();
        for (Report r : reports) {
            if (r.type() == EventType.FILL) {
                expectedPosition += sides.get(r.orderId()).sign * r.qty();
                expectedFilled.merge(r.orderId(), r.qty(), Long::sum);
            }
        }
        // deliver late (shuffled), twice (duplicates) and not at all (lost acknowledgements and cancels)
        List<Report> tape = new ArrayList<>();
        int duplicates = 0;
        for (Report r : reports) {
            if (r.type() != EventType.FILL && random.nextInt(5) == 0) {
                continue;
            }
            tape.add(r);
            if (random.nextInt(4) == 0) {
                tape.add(r);
                duplicates += r.type() == EventType.FILL ? 1 : 0;
            }
        }
        Collections.shuffle(tape, random);
        MarketEvent slot = new MarketEvent();
        for (Report r : tape) {
            stage.onVenueEvent(r.into(slot, btc.id(), sides.get(r.orderId())));
        }

        assertThat(portfolio.qty(btc.id())).as("seed %d", seed).isEqualTo(expectedPosition);
        assertThat(book.duplicateFills()).as("seed %d", seed).isEqualTo(duplicates);
        for (long id = 1; id <= orderCount; id++) {
            TrackedOrder t = book.get(id);
            long filled = expectedFilled.getOrDefault(id, 0L);
            assertThat(t.filledQty()).as("seed %d order %d", seed, id).isEqualTo(filled);
            assertThat(t.state() == OrderState.FILLED).as("seed %d order %d: %s", seed, id, t.state())
                    .isEqualTo(filled == orderQty.get(id));
        }
        // the owner hears each distinct fill once, duplicates never
        assertThat(owner.stream().filter("fill"::equals).count()).as("seed %d", seed)
                .isEqualTo(reports.stream().filter(r -> r.type() == EventType.FILL).count());
    }

    @Property(tries = 100)
    void aLateAcknowledgementNeverUndoesAFillAndACancelAfterAFillChangesNothing(@ForAll long seed) {
        Random random = new Random(seed);
        OrderBook book = new OrderBook();
        Order order = Order.market(1, 0, Side.BUY, 10, false, T0, Purpose.ENTRY);
        TrackedOrder t = book.add(order);
        book.submitted(t, T0);
        List<Runnable> steps = new ArrayList<>(List.of(
                () -> book.accepted(t, 77, T0),
                () -> book.fill(t, 1, 100, 4, T0),
                () -> book.fill(t, 2, 100, 6, T0),
                () -> book.accepted(t, 77, T0)));
        Collections.shuffle(steps, random);
        steps.forEach(Runnable::run);
        book.cancelled(t, T0);

        assertThat(t.state()).as("seed %d", seed).isEqualTo(OrderState.FILLED);
        assertThat(t.filledQty()).isEqualTo(10);
        assertThat(t.venueOrderId()).isEqualTo(77);
        assertThat(book.openOrders()).isEmpty();
    }
}
