package cascade.decision;

import cascade.model.Decision;
import cascade.model.ReadingRecord;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.model.RunObserver;
import cascade.model.Order;
import cascade.model.OrderState;
import cascade.model.OrderType;
import cascade.model.RejectReason;
import cascade.execution.sim.SimulatedVenue;
import cascade.execution.sim.VenueConfig;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.run.RunWiring;
import cascade.strategy.StrategyLoader;
import cascade.strategy.StrategyProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bar tapes in, decisions and orders out: the decision engine end to end on the real venue. */
class DecisionScenarioTest {
    private static final long BAR = 4 * 3_600_000L;
    private static final long T0 = 1_735_689_600_000L; // 2025-01-01T00:00Z
    private static final String PROFILE = """
            name: scenario
            modes:
              - name: bar
                cycle: bar
                windows: [WINDOWS]
                cards:
                  capitulation: {weight: 1, volumeMultiple: 2, baselineWindows: 4}
                exit: {stop: 0.05, target: 0.10, maxHold: 2bar}
                GATE
            risk: {riskPerTrade: 0.01, leverage: 5, maxLeverage: 5}
            """;

    private final Instruments instruments = new Instruments();
    private final Instrument btc = instruments.register("binance", "BTCUSDT", 2, 3);
    private final List<Decision> decisions = new ArrayList<>();
    private final List<String> orders = new ArrayList<>();
    private final MarketEvent e = new MarketEvent();
    private RunWiring wiring;

    private void wire(String windows, String gate) {
        StrategyProfile p = StrategyLoader.parse("scenario.yml",
                PROFILE.replace("WINDOWS", windows).replace("GATE", gate));
        SimulatedVenue venue = new SimulatedVenue(VenueConfig.defaults(Fixed.usdMicros(10_000)), instruments);
        RunObserver observer = new RunObserver() {
            @Override
            public void onDecision(Decision d) {
                decisions.add(d);
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
        wiring = new RunWiring(p, instruments, venue, observer, BAR, 10_000, 60_000, 10_000);
    }

    /** Bar i at a flat 100 000 price with its liquidated USD and funding (NaN = blank). */
    private void bar(int i, double longUsd, double shortUsd, double funding) {
        long open = T0 + i * BAR;
        long px = btc.priceUnits(100_000.0);
        e.bar(btc.id(), open, open + BAR, px, px, px, px);
        e.liqLongUsd = Fixed.usdMicros(longUsd);
        e.liqShortUsd = Fixed.usdMicros(shortUsd);
        e.fundingRate = Double.isNaN(funding) ? Fixed.UNKNOWN : Fixed.fromDouble(funding, Fixed.RATE_SCALE);
        wiring.handler.onEvent(e, i, true);
    }

    private void quietBars(int n) {
        for (int i = 0; i < n; i++) {
            bar(i, 50, 50, Double.NaN);
        }
    }

    private String lastAction() {
        return decisions.get(decisions.size() - 1).action().name();
    }

    @Test
    void longFlushOnHeavyVolumeEntersLongWithStopAndTarget() {
        wire("1bar", "");
        quietBars(4);
        bar(4, 900, 100, Double.NaN); // ratio 0.9, 10× the median 100

        assertThat(lastAction()).isEqualTo("ENTER_LONG");
        // equity 10 000 × 1 % / 5 % stop = 2 000 USD → 0.02 BTC; the entry leaves alone: reduce-only stop and
        // target are only valid once there is a position
        assertThat(orders).containsExactly("SUBMITTED MARKET BUY 20 bar/entry");
        bar(5, 50, 50, Double.NaN); // the entry fills at this bar's open: stop −5 %, target +10 % for what filled
        assertThat(orders).containsExactly(
                "SUBMITTED MARKET BUY 20 bar/entry",
                "FILLED MARKET BUY 20 bar/entry",
                "SUBMITTED STOP_MARKET SELL 20 stop 9500000 bar/stop",
                "SUBMITTED LIMIT SELL 20 @11000000 bar/target");
        Decision d = decisions.get(decisions.size() - 2); // bar 4's
        assertThat(d.action()).isEqualTo(cascade.model.Action.ENTER_LONG);
        assertThat(d.composite()).isEqualTo(1.0);
        assertThat(d.reason()).isEqualTo("capitulation");
        assertThat(d.readings()).singleElement().satisfies(r -> {
            assertThat(r.card()).isEqualTo("capitulation");
            assertThat(r.value()).isEqualTo(10.0);
            assertThat(r.contribution()).isEqualTo(1.0);
        });
    }

    @Test
    void positionIsClosedAtTheModesTimeLimit() {
        wire("1bar", "");
        quietBars(4);
        bar(4, 900, 100, Double.NaN);
        bar(5, 50, 50, Double.NaN); // entry fills at this bar's open (= bar 4's close)
        assertThat(lastAction()).isEqualTo("HOLD");

        bar(6, 50, 50, Double.NaN); // two bars after the fill

        assertThat(lastAction()).isEqualTo("EXIT_TIME");
        // the protection stays until the exit has filled, then what survives is cancelled
        assertThat(orders).endsWith("SUBMITTED MARKET SELL 20 bar/exit-time");
        bar(7, 50, 50, Double.NaN);
        assertThat(orders).endsWith("SUBMITTED MARKET SELL 20 bar/exit-time", "FILLED MARKET SELL 20 bar/exit-time",
                "CANCELLED STOP_MARKET SELL 20 stop 9500000 bar/stop",
                "CANCELLED LIMIT SELL 20 @11000000 bar/target");
    }

    @Test
    void aPersistingSignalDoesNotReEnterAfterAnExitOnlyANewOneDoes() {
        wire("1bar", "");
        quietBars(4);
        bar(4, 900, 100, Double.NaN);      // +1: enter long
        bar(5, 50, 50, Double.NaN);        // entry fills at this bar's open
        bar(6, 5_000, 0, Double.NaN);      // +1 again while holding: time limit reached, exit
        assertThat(lastAction()).isEqualTo("EXIT_TIME");
        bar(7, 20_000, 0, Double.NaN);     // exit fills at this bar's open; +1 still: not a new direction

        assertThat(lastAction()).isEqualTo("NO_TRANSITION");
        bar(8, 50, 50, Double.NaN);        // quiet: the signal is gone
        bar(9, 90_000, 0, Double.NaN);     // +1 anew

        assertThat(lastAction()).isEqualTo("ENTER_LONG");
    }

    @Test
    void fundingGateBlocksALongIntoExtremePositiveFunding() {
        wire("1bar", "fundingGate: {maxZ: 0, maxAbsRate: 0.0005}");
        quietBars(4);
        bar(4, 900, 100, 0.0008); // longs pay 0.08 % per 8 h

        assertThat(lastAction()).isEqualTo("GATED");
        assertThat(decisions.get(decisions.size() - 1).reason()).isEqualTo(FundingVerdict.DENIED_CROWDED_LONGS.reason());
        assertThat(orders).isEmpty();
    }

    @Test
    void windowsPointingBothWaysMarkTheSymbolConflictedAndBlockEntries() {
        wire("1bar, 2bar", "");
        for (int i = 0; i < 8; i++) {
            feedState(i, 50, 50);
        }
        feedState(8, 0, 200_000);
        long close = feedState(9, 10_000, 0);
        ModeRunner mode = wiring.decisions.modes().get(0);

        Signal signal = mode.evaluate(wiring.market.get(btc.id()), close);

        // 1 bar: 10 000 long only, 100× the median 100 → +1; 2 bars: 10 000 / 210 000 = 0.048 → −1
        assertThat(mode.snapshot(btc.id())).extracting(ReadingRecord::score).containsExactly(1.0, -1.0);
        assertThat(signal.conflicted).isTrue();
        assertThat(signal.composite).isEqualTo(0.0);
        signal.composite = 0.9; // even a strong composite may not enter while the windows disagree
        assertThat(wiring.decisions.position(btc.id()).onCycle(mode, signal, close, 10_000,
                wiring.market.get(btc.id())))
                .isEqualTo(cascade.model.Action.CONFLICTED);
        assertThat(orders).isEmpty();
    }

    /** Feeds a bar to the market state only (no decisions); returns its close time. */
    private long feedState(int i, double longUsd, double shortUsd) {
        long open = T0 + i * BAR;
        long px = btc.priceUnits(100_000.0);
        e.bar(btc.id(), open, open + BAR, px, px, px, px);
        e.liqLongUsd = Fixed.usdMicros(longUsd);
        e.liqShortUsd = Fixed.usdMicros(shortUsd);
        wiring.market.onEvent(e);
        return open + BAR;
    }

    @Test
    void noLiquidationsNoTrade() {
        wire("1bar", "");
        quietBars(4);
        bar(4, 0, 0, Double.NaN);

        assertThat(lastAction()).isEqualTo("FLAT");
        assertThat(decisions.get(decisions.size() - 1).readings().get(0).note()).isEqualTo("no liquidations");
        assertThat(orders).isEmpty();
    }
}
