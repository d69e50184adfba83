package cascade.execution;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.engine.Engine;
import cascade.market.EventType;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.model.Action;
import cascade.model.Decision;
import cascade.model.Order;
import cascade.model.OrderState;
import cascade.model.RunObserver;
import cascade.run.RunWiring;
import cascade.strategy.StrategyLoader;
import com.lmax.disruptor.dsl.ProducerType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A venue with a thread of its own, as an exchange adapter has: it answers each order from that thread by
 * publishing the acknowledgement and the fill into the ring (multi-producer) while the replay publishes
 * bars from the test's thread. The decision thread alone applies both, so the entry's protection follows its
 * fill whatever the interleaving.
 */
class AsyncVenueRingTest {
    private static final long BAR = 4 * 3_600_000L;
    private static final long T0 = 1_735_689_600_000L;

    @Test
    void answersPublishedFromTheVenuesThreadReachTheBookThroughTheRing() throws Exception {
        Instruments instruments = new Instruments();
        Instrument btc = instruments.register("binance", "BTCUSDT", 2, 3);
        List<Decision> decisions = new CopyOnWriteArrayList<>();
        ExecutorService venueThread = Executors.newSingleThreadExecutor();
        Engine[] ring = new Engine[1];
        ScriptedVenue venue = new ScriptedVenue();
        venue.onSubmit = order -> venueThread.execute(() -> answer(ring[0], order));
        RunWiring w = new RunWiring(StrategyLoader.parse("ring.yml", """
                name: ring
                modes:
                  - name: bar
                    cycle: bar
                    windows: [1bar]
                    entryOnTransition: false
                    cards:
                      capitulation: {weight: 1, volumeMultiple: 2, baselineWindows: 4}
                    exit: {stop: 0.05, target: 0.10, maxHold: 100bar}
                risk: {riskPerTrade: 0.01, leverage: 5, maxLeverage: 5}
                """), instruments, venue, new RunObserver() {
                    @Override
                    public void onDecision(Decision d) {
                        decisions.add(d);
                    }
                }, BAR, 10_000, 60_000, 10_000);
        ring[0] = new Engine(w.handler, null, w.gate::haltForError, 1 << 10, ProducerType.MULTI);
        ring[0].start();
        MarketEvent e = new MarketEvent();
        long px = btc.priceUnits(100_000.0);
        for (int i = 0; i < 6; i++) {
            long open = T0 + i * BAR;
            e.bar(btc.id(), open, open + BAR, px, px, px, px);
            e.liqLongUsd = Fixed.usdMicros(i == 4 ? 900 : 50);
            e.liqShortUsd = Fixed.usdMicros(i == 4 ? 100 : 50);
            ring[0].publish(e);
        }
        // wait for the venue thread's answers to the entry and its protection (3 orders), then drain the ring
        for (int i = 0; i < 200 && venue.orders.size() < 3; i++) {
            Thread.sleep(10);
        }
        venueThread.shutdown();
        assertThat(venueThread.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        ring[0].close();

        assertThat(ring[0].errors()).isZero();
        assertThat(decisions).extracting(Decision::action).contains(Action.ENTER_LONG);
        assertThat(w.portfolio.qty(btc.id())).isEqualTo(20);
        assertThat(w.book.state(1)).isEqualTo(OrderState.FILLED);
        assertThat(w.book.state(2)).isEqualTo(OrderState.ACCEPTED); // the stop, working
        assertThat(w.book.state(3)).isEqualTo(OrderState.ACCEPTED); // the target, working
        assertThat(venue.requests).containsExactly("submit 1 MARKET BUY 20 bar/entry",
                "submit 2 STOP_MARKET SELL 20 stop 9500000 ro bar/stop",
                "submit 3 LIMIT SELL 20 @11000000 ro bar/target");
    }

    /** The venue's thread: acknowledge every order; fill market orders completely. */
    private static void answer(Engine ring, Order order) {
        MarketEvent e = new MarketEvent();
        ring.publish(e.orderEvent(EventType.ORDER_ACCEPTED, order.instrument, order.createdMs, order.id, 500 + order.id));
        if (order.type == cascade.model.OrderType.MARKET) {
            ring.publish(e.venueFill(order.instrument, order.createdMs, order.id, 1, order.side, 10_000_000, order.qty,
                    1_000, false, false));
        }
    }
}
