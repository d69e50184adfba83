package cascade.execution;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.execution.sim.SimulatedVenue;
import cascade.execution.sim.VenueConfig;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import cascade.model.Decision;
import cascade.model.Fill;
import cascade.model.Order;
import cascade.model.OrderState;
import cascade.model.OrderType;
import cascade.model.RejectReason;
import cascade.model.RunObserver;
import cascade.run.RunWiring;
import cascade.strategy.StrategyLoader;
import cascade.strategy.StrategyProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real engine (a 30 s capitulation mode) on the simulated venue with an event tape whose trades are smaller
 * than the entry: the entry fills in pieces, and after every piece the protective stop and target are re-sized
 * to the whole position (the previous pair cancelled), until the entry is complete.
 */
class PartialEntryEndToEndTest {
    private static final long T0 = 1_735_689_600_000L; // 2025-01-01T00:00Z
    private static final long SECOND = 1_000;
    private static final String PROFILE = """
            name: e2e
            modes:
              - name: scalp
                cycle: 30s
                windows: [30s]
                cards:
                  capitulation: {weight: 1, volumeMultiple: 2, baselineWindows: 4}
                exit: {stop: 0.05, target: 0.10, maxHold: 10m}
            risk: {riskPerTrade: 0.01, leverage: 5, maxLeverage: 5}
            """;

    private final Instruments instruments = new Instruments();
    private final Instrument btc = instruments.register("binance", "BTCUSDT", 2, 3);
    private final List<Decision> decisions = new ArrayList<>();
    private final List<String> orders = new ArrayList<>();
    private final List<Fill> fills = new ArrayList<>();
    private final MarketEvent e = new MarketEvent();
    private long sequence;
    private RunWiring wiring;

    @Test
    void aPartiallyFilledEntryHasItsStopAndTargetReSizedAfterEachPiece() {
        wire();
        long px = btc.priceUnits(100_000);
        // 5 quiet windows of 30 s: 100 USD liquidated each way per window, a 0.005 BTC trade every second
        for (long s = 0; s < 150; s++) {
            long t = T0 + s * SECOND;
            if (s % 10 == 0) {
                send(e.clock(t));
            }
            if (s % 30 == 5) {
                long share = s >= 120 ? 9 : 1; // the last window: 900 USD of longs flushed against 100 of shorts
                send(e.liquidation(btc.id(), t + 100, Side.SELL, px, share));
                send(e.liquidation(btc.id(), t + 200, Side.BUY, px, 1));
            }
            send(e.trade(btc.id(), t + 500, Side.BUY, px, 5));
            send(e.markPrice(btc.id(), t + 600, px));
        }
        // the cycle at 150 s reads the flush: ratio 0.9, 1 000 USD = 5× the median 200 → enter long
        for (long s = 150; s < 160; s++) {
            long t = T0 + s * SECOND;
            if (s % 10 == 0) {
                send(e.clock(t));
            }
            send(e.trade(btc.id(), t + 500, Side.BUY, px, 5));
            send(e.markPrice(btc.id(), t + 600, px));
        }

        assertThat(decisions).extracting(d -> d.action().name()).contains("ENTER_LONG");
        // 10 000 × 1 % / 5 % stop = 2 000 USD = 0.02 BTC, bought 0.005 per trade; stop −5 % = 95 000,
        // target +10 % = 110 000, each for what is held so far (the book reports the state PARTIALLY_FILLED once,
        // when it is entered)
        assertThat(orders).containsExactly(
                "SUBMITTED MARKET BUY 20 scalp/entry",
                "PARTIALLY_FILLED MARKET BUY 20 scalp/entry",
                "SUBMITTED STOP_MARKET SELL 5 stop 9500000 scalp/stop",
                "SUBMITTED LIMIT SELL 5 @11000000 scalp/target",
                "SUBMITTED STOP_MARKET SELL 10 stop 9500000 scalp/stop",
                "SUBMITTED LIMIT SELL 10 @11000000 scalp/target",
                "CANCELLED STOP_MARKET SELL 5 stop 9500000 scalp/stop",
                "CANCELLED LIMIT SELL 5 @11000000 scalp/target",
                "SUBMITTED STOP_MARKET SELL 15 stop 9500000 scalp/stop",
                "SUBMITTED LIMIT SELL 15 @11000000 scalp/target",
                "CANCELLED STOP_MARKET SELL 10 stop 9500000 scalp/stop",
                "CANCELLED LIMIT SELL 10 @11000000 scalp/target",
                "FILLED MARKET BUY 20 scalp/entry",
                "SUBMITTED STOP_MARKET SELL 20 stop 9500000 scalp/stop",
                "SUBMITTED LIMIT SELL 20 @11000000 scalp/target",
                "CANCELLED STOP_MARKET SELL 15 stop 9500000 scalp/stop",
                "CANCELLED LIMIT SELL 15 @11000000 scalp/target");
        // four pieces on four trades, each with its own trade id, at 100 000 + 2 bps = 100 020; fee 0.005 ×
        // 100 020 × 0.05 % = 0.25005
        assertThat(fills).extracting(Fill::qty).containsExactly(5L, 5L, 5L, 5L);
        assertThat(fills).extracting(Fill::tradeId).doesNotHaveDuplicates();
        assertThat(fills).extracting(Fill::price).containsOnly(10_002_000L);
        assertThat(fills).extracting(Fill::feeUsd).containsOnly(250_050L);
        assertThat(fills).extracting(Fill::timeMs)
                .containsExactly(T0 + 150_500, T0 + 151_500, T0 + 152_500, T0 + 153_500);
        assertThat(wiring.portfolio.qty(btc.id())).isEqualTo(20);
        assertThat(wiring.execution.positionMismatches()).isZero();
    }

    private void send(MarketEvent event) {
        wiring.handler.onEvent(event, sequence++, true);
    }

    private void wire() {
        StrategyProfile p = StrategyLoader.parse("e2e.yml", PROFILE);
        SimulatedVenue venue = new SimulatedVenue(VenueConfig.defaults(Fixed.usdMicros(10_000)), instruments);
        RunObserver observer = new RunObserver() {
            @Override
            public void onDecision(Decision d) {
                decisions.add(d);
            }

            @Override
            public void onFill(Fill fill) {
                fills.add(fill);
            }

            @Override
            public void onOrder(Order o, OrderState status, RejectReason reason, long timeMs) {
                if (status == OrderState.ACCEPTED) {
                    return;
                }
                orders.add(status + " " + o.type + " " + o.side + " " + o.qty
                        + (o.type == OrderType.LIMIT ? " @" + o.limitPrice : "")
                        + (o.type == OrderType.STOP_MARKET ? " stop " + o.stopPrice : "") + " " + o.tag());
            }
        };
        wiring = new RunWiring(p, instruments, venue, observer, 0, 10_000, 60_000, 10_000);
    }
}
