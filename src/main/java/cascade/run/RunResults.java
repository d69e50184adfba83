package cascade.run;

import cascade.model.OrderState;
import cascade.model.RejectReason;
import cascade.execution.sim.SimulatedVenue;
import cascade.feed.EventSource;
import cascade.market.Fixed;
import cascade.report.BacktestResult;
import cascade.report.DecisionTally;
import cascade.report.TradeLedger;
import cascade.strategy.StrategyProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Assembles a finished run into a {@link BacktestResult}: the sampled series, the trades, costs, and the
 * notes and counters a reader needs to trust the numbers (unknown funding, skipped lines, open positions,
 * fill rules, risk denials, decisions by action).
 */
final class RunResults {
    private static final double YEAR_MS = 365.0 * 86_400_000L;

    private RunResults() {
    }

    static BacktestResult assemble(BacktestSpec spec, StrategyProfile profile, EventSource source,
            SimulatedVenue venue, RunWiring w, TradeLedger ledger, DecisionTally tally, String runId, long barMs) {
        RunMonitor m = w.monitor;
        List<String> notes = new ArrayList<>();
        Map<String, Long> counters = new TreeMap<>();
        int settlements = venue.fundingSettlements();
        int unknown = venue.fundingUnknown();
        if (unknown > 0) {
            notes.add("Funding rate unknown for " + unknown + " of " + settlements
                    + " funding times (blank in the data): nothing was charged or received for those.");
        }
        if (settlements == 0) {
            notes.add("The data carried no funding times: no funding was charged or received.");
        }
        if (source.skippedLines() > 0) {
            notes.add(source.skippedLines() + " malformed input lines were skipped (--skip-bad-lines).");
            counters.put("input.skipped_lines", source.skippedLines());
            source.skippedLineMessages().stream().limit(5).forEach(line -> notes.add("Skipped: " + line));
        }
        if (ledger.anyOpen()) {
            notes.add("A position was still open at the end of the data; it is valued in equity but not listed"
                    + " as a trade.");
        }
        Benchmark benchmark = Benchmark.of(m, ledger.trades(), spec.initialBalanceUsd());
        notes.add(benchmark.note());
        if (barMs > 0) {
            notes.add("Bar fills: market orders at the next bar's open plus " + spec.venue().slippageBps()
                    + " bps; when a stop and a target lie in one bar the stop fills first.");
        }
        if (barMs <= 0 && venue.fills() > 0) {
            BacktestSpec.VenueCosts c = spec.venue();
            notes.add("Event fills: market and stop orders take at most the traded quantity of each print ("
                    + venue.partialFills() + " of " + venue.fills() + " fills were partial), plus "
                    + c.slippageBps() + " bps slippage" + (c.impactBps() > 0 ? " and " + c.impactModel().key()
                            + " impact of " + c.impactBps() + " bps at one minute's volume" : "")
                    + "; limits fill only from prints through their price.");
            counters.put("venue.fills", venue.fills());
            counters.put("venue.partial_fills", venue.partialFills());
        }
        for (Map.Entry<RejectReason, Long> d : w.gate.denials().entrySet()) {
            counters.put("risk.denied." + d.getKey().name(), d.getValue());
        }
        long venueRejected = w.book.all().stream().filter(o -> o.state() == OrderState.REJECTED).count();
        counters.put("venue.rejected", venueRejected);
        counters.put("orders.sent", w.book.all().stream().filter(o -> o.state() != OrderState.DENIED).count());
        counters.put("reconcile.snapshots", w.execution.snapshots());
        counters.put("reconcile.position_mismatches", w.execution.positionMismatches());
        counters.put("reconcile.balance_mismatches", w.execution.balanceMismatches());
        if (w.execution.positionMismatches() + w.execution.balanceMismatches() > 0) {
            notes.add("The engine's own positions or balance disagreed with the venue's " + (w.execution
                    .positionMismatches() + w.execution.balanceMismatches()) + " times: see the log.");
        }
        if (w.book.duplicateFills() + w.book.lateFills() + w.book.overfills() > 0) {
            counters.put("orders.duplicate_fills", w.book.duplicateFills());
            counters.put("orders.late_fills", w.book.lateFills());
            counters.put("orders.overfills", w.book.overfills());
        }
        counters.putAll(tally.counts());
        counters.put("funding.settlements", (long) settlements);
        counters.put("funding.unknown", (long) unknown);
        double sampleMs = barMs > 0 ? barMs : spec.sampleStep().resolve(0);
        String primary = m.primaryInstrument() < 0 ? "-" : w.market.get(m.primaryInstrument()).instrument.symbol();
        return new BacktestResult(runId, spec.name(), profile.name(), source.describe(), primary, m.firstSampleMs(),
                m.lastSampleMs(), spec.initialBalanceUsd(), m.equity, benchmark.buyAndHold(), m.price, m.imbalance,
                List.copyOf(ledger.trades()), Fixed.usd(venue.totalFeesUsd()), Fixed.usd(venue.totalFundingUsd()),
                YEAR_MS / sampleMs, m.timeInMarket(), notes, counters, EffectiveSettings.of(spec, profile),
                benchmark.tradedPrices());
    }

}
