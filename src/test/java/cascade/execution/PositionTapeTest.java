package cascade.execution;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.EventType;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import cascade.model.Action;
import cascade.model.Decision;
import cascade.model.OrderState;
import cascade.model.RejectReason;
import cascade.model.RunObserver;
import cascade.run.RunWiring;
import cascade.strategy.StrategyLoader;
import cascade.strategy.StrategyProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Event tapes through the real engine (ring handler, order book, portfolio, position manager, risk) with a
 * venue whose every answer the test writes: what each decision action sends, and what each venue answer —
 * late, partial, refused, duplicated, after a cancel — does to the position and its protection.
 * <p>
 * Bars are 4 h at a flat 100 000; a long flush (90 % of liquidations from longs, 10× the median) signals
 * long, a short flush short. Sizing: 10 000 × 1 % / 5 % stop = 2 000 USD → 0.020 BTC (20 units); stop at
 * −5 % (9 500 000), target +10 % (11 000 000).
 */
class PositionTapeTest {
    private static final long BAR = 4 * 3_600_000L;
    private static final long T0 = 1_735_689_600_000L;
    private static final String PROFILE = """
            name: tape
            modes:
              - name: bar
                cycle: bar
                windows: [1bar]
                entryOnTransition: false
                cards:
                  capitulation: {weight: 1, volumeMultiple: 2, baselineWindows: 4}
                exit: {stop: 0.05, target: 0.10, maxHold: 3bar, onOppositeSignal: true}
            risk: {riskPerTrade: 0.01, leverage: 5, maxLeverage: 5}
            """;

    private Instruments instruments;
    private Instrument btc;
    private ScriptedVenue venue;
    private final List<Decision> decisions = new ArrayList<>();
    private final List<String> states = new ArrayList<>();
    private final MarketEvent e = new MarketEvent();
    private RunWiring w;
    private long seq;
    private int nextBar;
    private long nextTradeId = 100;

    PositionTapeTest() {
        wire(PROFILE);
    }

    /** A second engine with another profile. */
    private static PositionTapeTest with(String profile) {
        PositionTapeTest t = new PositionTapeTest();
        t.wire(profile);
        return t;
    }

    private void wire(String profile) {
        instruments = new Instruments();
        btc = instruments.register("binance", "BTCUSDT", 2, 3);
        venue = new ScriptedVenue();
        decisions.clear();
        states.clear();
        seq = 0;
        nextBar = 0;
        StrategyProfile p = StrategyLoader.parse("tape.yml", profile);
        RunObserver observer = new RunObserver() {
            @Override
            public void onDecision(Decision d) {
                decisions.add(d);
            }

            @Override
            public void onOrder(cascade.model.Order o, OrderState state, RejectReason reason, long timeMs) {
                states.add(o.id + " " + state + (reason == null ? "" : " " + reason));
            }
        };
        w = new RunWiring(p, instruments, venue, observer, BAR, 10_000, 60_000, 10_000);
        for (int i = 0; i < 4; i++) {
            bar(50, 50); // a quiet baseline: median 100 USD of liquidations per bar
        }
        venue.take();
    }

    // --- the market's side -------------------------------------------------------------------------------

    private long barClose() {
        return T0 + nextBar * BAR;
    }

    private void bar(double longUsd, double shortUsd) {
        long open = T0 + nextBar * BAR;
        nextBar++;
        long px = btc.priceUnits(100_000.0);
        e.bar(btc.id(), open, open + BAR, px, px, px, px);
        e.liqLongUsd = Fixed.usdMicros(longUsd);
        e.liqShortUsd = Fixed.usdMicros(shortUsd);
        w.handler.onEvent(e, seq++, true);
    }

    private void longFlush() {
        bar(900, 100);
    }

    private void shortFlush() {
        bar(100, 900);
    }

    private void quiet() {
        bar(50, 50);
    }

    // --- the venue's side, published into the engine as a venue's own thread would ------------------------

    private void accept(long id) {
        w.handler.onEvent(new MarketEvent().orderEvent(EventType.ORDER_ACCEPTED, btc.id(), barClose(), id, 9_000 + id),
                seq++, true);
    }

    private void fill(long id, Side side, long qty) {
        fill(id, side, qty, nextTradeId++);
    }

    private void fill(long id, Side side, long qty, long tradeId) {
        w.handler.onEvent(new MarketEvent().venueFill(btc.id(), barClose(), id, tradeId, side,
                btc.priceUnits(100_000.0), qty, 1_000, false, false), seq++, true);
    }

    private void reject(long id, RejectReason reason) {
        w.handler.onEvent(new MarketEvent().orderRejected(EventType.ORDER_REJECTED, btc.id(), barClose(), id,
                reason.code), seq++, true);
    }

    private void cancelled(long id) {
        w.handler.onEvent(new MarketEvent().orderEvent(EventType.ORDER_CANCELLED, btc.id(), barClose(), id, 0), seq++,
                true);
    }

    private void cancelRefused(long id) {
        w.handler.onEvent(new MarketEvent().orderRejected(EventType.CANCEL_REJECTED, btc.id(), barClose(), id,
                RejectReason.UNKNOWN_ORDER.code), seq++, true);
    }

    private Action lastAction() {
        return decisions.get(decisions.size() - 1).action();
    }

    private long position() {
        return w.portfolio.qty(btc.id());
    }

    private cascade.decision.PositionManager pm() {
        return w.decisions.position(btc.id());
    }

    /** Opens a protected long of 20: entry #1, stop #2, target #3. */
    private void openLong() {
        longFlush();
        accept(1);
        fill(1, Side.BUY, 20);
        venue.take();
    }

    // --- tapes ----------------------------------------------------------------------------------------------

    @Test
    void enterLongSendsTheEntryAloneAndProtectsWhatFills() {
        longFlush();
        assertThat(lastAction()).isEqualTo(Action.ENTER_LONG);
        assertThat(venue.take()).containsExactly("submit 1 MARKET BUY 20 bar/entry");

        accept(1);
        assertThat(venue.take()).isEmpty(); // an acknowledgement is not a position: nothing to protect yet
        fill(1, Side.BUY, 20);

        assertThat(venue.take()).containsExactly("submit 2 STOP_MARKET SELL 20 stop 9500000 ro bar/stop",
                "submit 3 LIMIT SELL 20 @11000000 ro bar/target");
        assertThat(position()).isEqualTo(20);
        assertThat(states).containsExactly("1 SUBMITTED", "1 ACCEPTED", "1 FILLED", "2 SUBMITTED", "3 SUBMITTED");
    }

    @Test
    void enterShortProtectsAboveAndBelow() {
        shortFlush();
        assertThat(lastAction()).isEqualTo(Action.ENTER_SHORT);
        fill(1, Side.SELL, 20); // a fill before its acknowledgement is still a fill

        assertThat(venue.take()).containsExactly("submit 1 MARKET SELL 20 bar/entry",
                "submit 2 STOP_MARKET BUY 20 stop 10500000 ro bar/stop",
                "submit 3 LIMIT BUY 20 @9000000 ro bar/target");
        accept(1); // late: changes nothing
        assertThat(w.book.state(1)).isEqualTo(OrderState.FILLED);
        assertThat(position()).isEqualTo(-20);
    }

    @Test
    void whileTheEntryIsUnansweredTheSymbolIsPendingAndNothingMoreIsSent() {
        longFlush();
        venue.take();
        longFlush();
        assertThat(lastAction()).isEqualTo(Action.PENDING);
        assertThat(venue.take()).isEmpty();
    }

    @Test
    void partialFillsProtectWhatFilledAndResizeTheProtectionNewBeforeOldIsCancelled() {
        longFlush();
        accept(1);
        fill(1, Side.BUY, 8);
        assertThat(venue.take()).containsExactly("submit 1 MARKET BUY 20 bar/entry",
                "submit 2 STOP_MARKET SELL 8 stop 9500000 ro bar/stop", "submit 3 LIMIT SELL 8 @11000000 ro bar/target");
        assertThat(w.book.state(1)).isEqualTo(OrderState.PARTIALLY_FILLED);

        fill(1, Side.BUY, 12);
        assertThat(venue.take()).containsExactly("submit 4 STOP_MARKET SELL 20 stop 9500000 ro bar/stop",
                "submit 5 LIMIT SELL 20 @11000000 ro bar/target", "cancel 2", "cancel 3");
        assertThat(pm().stopOrderId()).isEqualTo(4);
        quiet();
        assertThat(lastAction()).isEqualTo(Action.HOLD);
    }

    @Test
    void aPartialFillThenACancelOfTheRestKeepsThePartialPositionProtected() {
        longFlush();
        accept(1);
        fill(1, Side.BUY, 8);
        venue.take();
        cancelled(1); // the venue dropped the rest (e.g. an IOC remainder)

        assertThat(w.book.state(1)).isEqualTo(OrderState.CANCELLED);
        assertThat(position()).isEqualTo(8);
        assertThat(pm().stopOrderId()).isEqualTo(2);
        quiet();
        assertThat(lastAction()).isEqualTo(Action.HOLD); // not PENDING: the entry is over
    }

    @Test
    void aDuplicatedFillReportIsAppliedOnce() {
        longFlush();
        fill(1, Side.BUY, 8, 555);
        fill(1, Side.BUY, 8, 555);

        assertThat(position()).isEqualTo(8);
        assertThat(w.book.duplicateFills()).isEqualTo(1);
    }

    @Test
    void aRejectedEntryLeavesTheSymbolFreeAndIsRecorded() {
        longFlush();
        venue.take();
        reject(1, RejectReason.INSUFFICIENT_MARGIN);

        assertThat(states).containsExactly("1 SUBMITTED", "1 REJECTED INSUFFICIENT_MARGIN");
        assertThat(pm().lastVenueReject()).isEqualTo(RejectReason.INSUFFICIENT_MARGIN);
        longFlush();
        assertThat(lastAction()).isEqualTo(Action.ENTER_LONG); // no PENDING lock
        assertThat(venue.take()).containsExactly("submit 2 MARKET BUY 20 bar/entry");
    }

    @Test
    void aRejectThatArrivesInsideSubmitDoesNotLockTheSymbol() {
        venue.onSubmit = o -> venue.events.onVenueEvent(new MarketEvent().orderRejected(EventType.ORDER_REJECTED,
                btc.id(), barClose(), o.id, RejectReason.INSUFFICIENT_MARGIN.code));
        longFlush();
        assertThat(w.book.state(1)).isEqualTo(OrderState.REJECTED);

        venue.onSubmit = o -> { };
        longFlush();
        assertThat(lastAction()).isEqualTo(Action.ENTER_LONG);
        assertThat(venue.take()).containsExactly("submit 1 MARKET BUY 20 bar/entry",
                "submit 2 MARKET BUY 20 bar/entry");
    }

    @Test
    void aReversalKeepsTheOldProtectionUntilItHasFilledThenSwapsIt() {
        openLong();
        shortFlush();
        assertThat(lastAction()).isEqualTo(Action.REVERSE_SHORT);
        // close 20 + open 19 (equity is 0.001 USD of fees lower): no cancel yet
        assertThat(venue.take()).containsExactly("submit 4 MARKET SELL 39 bar/reverse");

        fill(4, Side.SELL, 30); // through zero: short 10
        assertThat(venue.take()).containsExactly("submit 5 STOP_MARKET BUY 10 stop 10500000 ro bar/stop",
                "submit 6 LIMIT BUY 10 @9000000 ro bar/target", "cancel 2", "cancel 3");
        fill(4, Side.SELL, 9);
        assertThat(venue.take()).containsExactly("submit 7 STOP_MARKET BUY 19 stop 10500000 ro bar/stop",
                "submit 8 LIMIT BUY 19 @9000000 ro bar/target", "cancel 5", "cancel 6");
        assertThat(position()).isEqualTo(-19);
    }

    @Test
    void aRejectedReversalLeavesTheLongAndItsStopExactlyAsTheyWere() {
        openLong();
        shortFlush();
        assertThat(venue.take()).containsExactly("submit 4 MARKET SELL 39 bar/reverse");
        reject(4, RejectReason.INSUFFICIENT_MARGIN);

        assertThat(venue.take()).isEmpty(); // nothing cancelled, nothing placed on the wrong side
        assertThat(position()).isEqualTo(20);
        assertThat(pm().stopOrderId()).isEqualTo(2);
        assertThat(pm().targetOrderId()).isEqualTo(3);
        assertThat(w.book.state(2)).isEqualTo(OrderState.SUBMITTED);
    }

    @Test
    void aReversalThatFillsOnlyUpToZeroKeepsTheOldProtectionForWhatIsLeft() {
        openLong();
        shortFlush();
        venue.take();
        fill(4, Side.SELL, 15); // long 5 left
        cancelled(4);

        assertThat(venue.take()).isEmpty();
        assertThat(position()).isEqualTo(5);
        assertThat(pm().stopOrderId()).isEqualTo(2); // the reduce-only stop of 20 still covers the 5
    }

    @Test
    void exitOnTheTimeLimitLeavesTheProtectionUntilTheExitFills() {
        openLong();
        quiet();
        quiet();
        assertThat(lastAction()).isEqualTo(Action.HOLD);
        quiet(); // three bars after the fill
        assertThat(lastAction()).isEqualTo(Action.EXIT_TIME);
        assertThat(venue.take()).containsExactly("submit 4 MARKET SELL 20 ro bar/exit-time");

        fill(4, Side.SELL, 20);
        assertThat(venue.take()).containsExactly("cancel 2", "cancel 3");
        cancelled(2);
        cancelled(3);
        quiet();
        assertThat(lastAction()).isEqualTo(Action.FLAT);
    }

    @Test
    void exitOnAnOppositeSignalThatMayNotReverse() {
        openLong();
        w.gate.venueAvailable(false); // no entries (so no reversal), exits still go
        shortFlush();

        assertThat(lastAction()).isEqualTo(Action.EXIT_OPPOSITE);
        assertThat(states).contains("4 DENIED VENUE_UNAVAILABLE");
        assertThat(venue.take()).containsExactly("submit 5 MARKET SELL 20 ro bar/exit-opposite");
    }

    @Test
    void theStopFillingClosesThePositionAndCancelsTheTarget() {
        openLong();
        fill(2, Side.SELL, 20);

        assertThat(position()).isZero();
        assertThat(venue.take()).containsExactly("cancel 3");
        assertThat(pm().isFlat()).isTrue();
    }

    @Test
    void theTargetFillingClosesThePositionAndCancelsTheStop() {
        openLong();
        fill(3, Side.SELL, 20);

        assertThat(venue.take()).containsExactly("cancel 2");
        assertThat(pm().isFlat()).isTrue();
    }

    @Test
    void aFillThatArrivesAfterItsCancelWasRequestedStillCounts() {
        openLong();
        quiet();
        quiet();
        quiet(); // time exit #4; protection #2, #3 still working
        venue.take();
        fill(4, Side.SELL, 20); // flat: cancels of #2 and #3 requested
        assertThat(venue.take()).containsExactly("cancel 2", "cancel 3");
        fill(3, Side.SELL, 5); // the target had traded before the cancel reached the venue
        cancelled(3);
        cancelRefused(2);

        assertThat(position()).isEqualTo(-5); // the venue did trade it: the book says so
        assertThat(w.book.get(3).filledQty()).isEqualTo(5);
        assertThat(w.book.state(3)).isEqualTo(OrderState.CANCELLED);
        assertThat(w.book.state(2)).isEqualTo(OrderState.SUBMITTED);
    }

    @Test
    void aProtectiveStopTheVenueRefusesIsReplacedByAMarketExit() {
        openLong();
        reject(2, RejectReason.WOULD_IMMEDIATELY_TRIGGER); // price already through the stop

        assertThat(venue.take()).containsExactly("submit 4 MARKET SELL 20 ro bar/stop");
    }

    @Test
    void ourLiquidationByTheVenueIsAFillOfNoOrderOfOurs() {
        openLong();
        w.handler.onEvent(new MarketEvent().venueFill(btc.id(), barClose(), 0, 7, Side.SELL, btc.priceUnits(80_000.0),
                20, 5_000, false, true), seq++, true);

        assertThat(position()).isZero();
        assertThat(venue.take()).containsExactly("cancel 2", "cancel 3");
    }

    @Test
    void deniedByRiskSendsNothing() {
        w.gate.haltForError();
        longFlush();

        assertThat(lastAction()).isEqualTo(Action.DENIED);
        assertThat(decisions.get(decisions.size() - 1).reason()).isEqualTo("RISK_HALTED");
        assertThat(venue.take()).isEmpty();
        assertThat(states).containsExactly("1 DENIED RISK_HALTED");
    }

    @Test
    void anEngineErrorNeverBlocksTheExit() {
        openLong();
        w.gate.haltForError();
        quiet();
        quiet();
        quiet();

        assertThat(lastAction()).isEqualTo(Action.EXIT_TIME);
        assertThat(venue.take()).containsExactly("submit 4 MARKET SELL 20 ro bar/exit-time");
    }

    @Test
    void flatAndHoldAndTheDecisionIdsTheOrdersCarry() {
        quiet();
        assertThat(lastAction()).isEqualTo(Action.FLAT);
        longFlush();
        long entryDecision = decisions.get(decisions.size() - 1).id();
        fill(1, Side.BUY, 20);
        quiet();
        assertThat(lastAction()).isEqualTo(Action.HOLD);

        assertThat(w.book.get(1).order.decisionId).isEqualTo(entryDecision);
        assertThat(w.book.get(2).order.decisionId).isEqualTo(entryDecision); // protection belongs to the entry
        assertThat(w.book.get(1).order.clientId).hasSize(20).matches("[a-z0-9]+").startsWith("cs");
    }

    @Test
    void anotherModeHoldingThePositionIsBusy() {
        PositionTapeTest two = with(PROFILE.replace("risk:", """
                  - name: slow
                    cycle: bar
                    windows: [2bar]
                    entryOnTransition: false
                    cards:
                      capitulation: {weight: 1, volumeMultiple: 2, baselineWindows: 2}
                    exit: {stop: 0.05, target: 0.10, maxHold: 3bar}
                risk:"""));
        two.longFlush();
        List<Decision> last = two.decisions.subList(two.decisions.size() - 2, two.decisions.size());
        assertThat(last).extracting(Decision::mode, Decision::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bar", Action.ENTER_LONG),
                org.assertj.core.groups.Tuple.tuple("slow", Action.BUSY));
    }

    @Test
    void aDecelerationWarningExitsAndTheProtectionFollowsTheExit() {
        PositionTapeTest t = with(PROFILE.replace("onOppositeSignal: true}", "onOppositeSignal: true, onDeceleration: true}"));
        t.openLong();
        cascade.decision.ModeRunner mode = t.w.decisions.modes().get(0);
        cascade.decision.Signal signal = new cascade.decision.Signal();
        signal.composite = 0.2; // still long, but the flush that carries it is running out
        signal.confidence = 0.5;
        signal.deceleration = 1;

        Action action = t.pm().onCycle(mode, signal, t.barClose(), 10_000, t.w.market.get(t.btc.id()));

        assertThat(action).isEqualTo(Action.EXIT_DECELERATION);
        assertThat(t.venue.take()).containsExactly("submit 4 MARKET SELL 20 ro bar/exit-deceleration");
        t.fill(4, Side.SELL, 20);
        assertThat(t.venue.take()).containsExactly("cancel 2", "cancel 3");
    }

    @Test
    void theVenuesFiltersShapeOrdersBeforeTheyLeave() {
        // lot step 0.005 BTC, tick 1 USD, at least 0.010 BTC and 1 500 USD of notional for an entry
        venue.filters = new cascade.market.InstrumentFilters(100, 5, 10, 1_000_000, 1_500_000_000L);
        longFlush(); // sized 20 units (0.020 BTC = 2 000 USD): on the step, above both minimums
        fill(1, Side.BUY, 20);
        assertThat(venue.take()).containsExactly("submit 1 MARKET BUY 20 bar/entry",
                "submit 2 STOP_MARKET SELL 20 stop 9500000 ro bar/stop",
                "submit 3 LIMIT SELL 20 @11000000 ro bar/target");

        // an entry of 17 units is rounded down to 15 (1 500 USD); one of 9 is below the minimum quantity
        assertThat(w.router.submit(cascade.model.Order.market(50, btc.id(), Side.BUY, 17, false, barClose(),
                cascade.model.Purpose.ENTRY), 17, 0, 0, barClose())).isNull();
        assertThat(venue.take()).containsExactly("submit 50 MARKET BUY 15 entry");
        assertThat(w.router.submit(cascade.model.Order.market(51, btc.id(), Side.BUY, 9, false, barClose(),
                cascade.model.Purpose.ENTRY), 9, 0, 0, barClose())).isEqualTo(RejectReason.FILTER_MIN_QTY);
        // 14 units = 0.010 after the step, 1 000 USD: below the minimum notional
        assertThat(w.router.submit(cascade.model.Order.market(52, btc.id(), Side.BUY, 14, false, barClose(),
                cascade.model.Purpose.ENTRY), 14, 0, 0, barClose())).isEqualTo(RejectReason.FILTER_MIN_NOTIONAL);
        // a reduce-only exit below the minimums still goes (exits are never blocked), on the step
        assertThat(w.router.submit(cascade.model.Order.market(53, btc.id(), Side.SELL, 7, true, barClose(),
                cascade.model.Purpose.EXIT_TIME), 0, 0, 0, barClose())).isNull();
        assertThat(venue.take()).containsExactly("submit 53 MARKET SELL 5 ro exit-time");
        assertThat(states).contains("51 DENIED FILTER_MIN_QTY", "52 DENIED FILTER_MIN_NOTIONAL");
    }

    @Test
    void anEntryWhoseOutcomeIsUnknownStaysInFlightUntilAReportSettlesIt() {
        longFlush();
        venue.take();
        w.handler.onEvent(new MarketEvent().orderEvent(EventType.ORDER_UNKNOWN, btc.id(), barClose(), 1, 0), seq++,
                true); // the venue's answer was lost (a timeout): not a rejection
        assertThat(w.book.state(1)).isEqualTo(OrderState.UNKNOWN);
        longFlush();
        assertThat(lastAction()).isEqualTo(Action.PENDING); // no second entry while the first may have filled
        assertThat(venue.take()).isEmpty();

        fill(1, Side.BUY, 20); // it had filled after all
        assertThat(w.book.state(1)).isEqualTo(OrderState.FILLED);
        assertThat(venue.take()).containsExactly("submit 2 STOP_MARKET SELL 20 stop 9500000 ro bar/stop",
                "submit 3 LIMIT SELL 20 @11000000 ro bar/target");
    }

    @Test
    void smallPiecesOfAnEntryWaitForAQuarterMoreBeforeTheProtectionIsResized() {
        longFlush();
        fill(1, Side.BUY, 10);
        venue.take();
        fill(1, Side.BUY, 2); // 12 < 10 × 1.25: the pair for 10 still covers 83 %
        assertThat(venue.take()).isEmpty();
        fill(1, Side.BUY, 1); // 13 ≥ 12.5: re-sized
        assertThat(venue.take()).containsExactly("submit 4 STOP_MARKET SELL 13 stop 9500000 ro bar/stop",
                "submit 5 LIMIT SELL 13 @11000000 ro bar/target", "cancel 2", "cancel 3");
        fill(1, Side.BUY, 7); // the entry is complete: all of it, whatever the step
        assertThat(venue.take()).containsExactly("submit 6 STOP_MARKET SELL 20 stop 9500000 ro bar/stop",
                "submit 7 LIMIT SELL 20 @11000000 ro bar/target", "cancel 4", "cancel 5");
    }

    @Test
    void anEntryWhoseRestIsDroppedGetsProtectionForAllThatFilled() {
        longFlush();
        fill(1, Side.BUY, 10);
        fill(1, Side.BUY, 2);
        venue.take();
        cancelled(1);
        assertThat(venue.take()).containsExactly("submit 4 STOP_MARKET SELL 12 stop 9500000 ro bar/stop",
                "submit 5 LIMIT SELL 12 @11000000 ro bar/target", "cancel 2", "cancel 3");
    }

    @Test
    void whenTheOldStopTradesWhileAReversalIsOnItsWayTheReversalIsCancelled() {
        openLong();
        shortFlush();
        venue.take(); // submit 4 MARKET SELL 39 bar/reverse
        fill(2, Side.SELL, 20); // the long's stop fired first: flat

        assertThat(venue.take()).containsExactly("cancel 4");
        cancelled(4); // the reversal is gone before it traded: flat, and the old target goes too
        assertThat(venue.take()).containsExactly("cancel 3");
        assertThat(position()).isZero();
        assertThat(pm().isFlat()).isTrue();
        quiet();
        assertThat(lastAction()).isEqualTo(Action.FLAT);
    }
}
