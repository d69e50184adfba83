package cascade.report;

import java.util.List;

/** The header facts of a run (what ran, on what, when), shared by the summary and the HTML report. */
final class RunFacts {
    /** One labelled fact. */
    record Fact(String label, String value) {
    }

    private RunFacts() {
    }

    static List<Fact> of(BacktestResult result) {
        return List.of(new Fact("Run", result.runId()), new Fact("Spec", result.specName()),
                new Fact("Strategy", result.strategyName()), new Fact("Data", result.dataDescription()),
                new Fact("Symbol", result.primarySymbol()),
                new Fact("Period", ReportFormat.period(result.fromMs(), result.toMs())),
                new Fact("Trades", Integer.toString(result.trades().size())));
    }
}
