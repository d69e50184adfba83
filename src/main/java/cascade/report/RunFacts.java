package cascade.report;

import java.util.ArrayList;
import java.util.List;

/** The header facts of a run (what ran, on what, when), shared by the summary and the HTML report. */
final class RunFacts {
    /** One labelled fact. */
    record Fact(String label, String value) {
    }

    private RunFacts() {
    }

    static List<Fact> of(BacktestResult result) {
        List<Fact> facts = new ArrayList<>();
        RunSettings settings = result.settings();
        facts.add(new Fact("Run", result.runId()));
        facts.add(new Fact("Spec", result.specName()));
        facts.add(new Fact("Strategy", result.strategyName()
                + (settings == null ? "" : " (" + settings.strategyFile() + ")")));
        facts.add(new Fact("Data", result.dataDescription()));
        facts.add(new Fact("Symbol", result.primarySymbol()));
        facts.add(new Fact("Period", ReportFormat.period(result.fromMs(), result.toMs())));
        if (settings != null) {
            facts.add(new Fact("Costs", settings.costs()));
            facts.add(new Fact("Leverage", settings.leverage() + "x"));
            facts.add(new Fact("Balance", ReportFormat.usd(settings.initialBalanceUsd()) + " USD → "
                    + ReportFormat.usd(finalEquity(result)) + " USD"));
        }
        facts.add(new Fact("Trades", Integer.toString(result.trades().size())));
        return List.copyOf(facts);
    }

    private static double finalEquity(BacktestResult result) {
        int n = result.equity().size();
        return n == 0 ? result.initialEquityUsd() : result.equity().value(n - 1);
    }
}
