package cascade.cli;

import cascade.config.AppConfig;
import cascade.store.RunStore;
import cascade.store.WeightRecords;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cascade weights}: what the weight tuner learned in a stored run. */
@Command(name = "weights", mixinStandardHelpOptions = true,
        description = {"Learned card weights of a stored run (backtest --learn): current weights beside the",
            "profile's, each card's accuracy (exponentially weighted IC of score × confidence against the forward",
            "return, sample count, t-statistic), promotions and refusals, and the weights' history."})
public final class WeightsCommand implements Callable<Integer> {
    @Option(names = "--symbol", paramLabel = "S", description = "Only this symbol.")
    String symbol;

    @Option(names = "--mode", paramLabel = "M", description = "Only this mode.")
    String mode;

    @Option(names = "--run", paramLabel = "ID", description = "Run id (default: the newest run with learned weights).")
    Long run;

    @Option(names = "--history", paramLabel = "N", defaultValue = "10",
            description = "History rows per symbol and mode, the newest (default 10; 0 = all).")
    int historyRows;

    @Override
    public Integer call() throws Exception {
        return Guard.run(this::show);
    }

    private int show() {
        AppConfig app = AppConfig.load(CascadeCli.shipped("config/cascade.yml"));
        try (RunStore store = RunStore.open(app.store())) {
            print(new WeightRecords(store), System.out);
        }
        return 0;
    }

    /** Prints the asked run's weights, accuracy, verdicts and history. */
    void print(WeightRecords records, PrintStream out) {
        long id = run != null ? run : records.latestRunWithWeights();
        if (id < 0) {
            out.println("No run with learned weights in the store: run `cascade backtest --learn` first.");
            return;
        }
        List<WeightRecords.AccuracyRow> accuracy = records.accuracy(id, symbol, mode);
        if (accuracy.isEmpty()) {
            out.println("Run " + id + " has no learned weights" + (symbol != null || mode != null
                    ? " for the symbol/mode asked" : "") + ".");
            return;
        }
        out.printf("Run %d: learned weights and accuracy%n", id);
        out.printf("%-10s %-8s %-18s %8s %8s %8s %8s %8s%n", "symbol", "mode", "card", "profile",
                "weight", "n", "IC", "t");
        for (WeightRecords.AccuracyRow a : accuracy) {
            out.println(String.format(Locale.ROOT, "%-10s %-8s %-18s %8.3f %8.3f %8d %8.3f %8.2f",
                    a.symbol(), a.mode(), a.card(), a.profileWeight(), a.weight(), a.samples(), a.ic(),
                    a.tStat()));
        }
        List<WeightRecords.VerdictRow> verdicts = records.verdicts(id, mode);
        out.printf("%nPromotions and refusals: %d%n", verdicts.size());
        for (WeightRecords.VerdictRow v : verdicts) {
            out.println("  " + (v.promoted() ? "promoted " : "refused  ") + v.why());
        }
        printHistory(records.history(id, symbol, mode), out);
    }

    private void printHistory(List<WeightRecords.WeightRow> rows, PrintStream out) {
        Map<String, Map<Long, List<WeightRecords.WeightRow>>> bySeries = new LinkedHashMap<>();
        for (WeightRecords.WeightRow r : rows) {
            bySeries.computeIfAbsent(r.symbol() + " " + r.mode(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.timeMs(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, Map<Long, List<WeightRecords.WeightRow>>> e : bySeries.entrySet()) {
            List<List<WeightRecords.WeightRow>> points = new ArrayList<>(e.getValue().values());
            int from = historyRows <= 0 ? 0 : Math.max(0, points.size() - historyRows);
            out.printf("%nHistory %s (%d changes stored%s)%n", e.getKey(), points.size(),
                    from > 0 ? ", the newest " + (points.size() - from) : "");
            StringBuilder head = new StringBuilder(String.format("%-17s %8s", "time (UTC)", "outcomes"));
            for (WeightRecords.WeightRow r : points.get(0)) {
                head.append(String.format(" %12s", r.card().length() > 12 ? r.card().substring(0, 12) : r.card()));
            }
            out.println(head);
            for (List<WeightRecords.WeightRow> p : points.subList(from, points.size())) {
                StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-17s %8d",
                        Instant.ofEpochMilli(p.get(0).timeMs()).toString().substring(0, 16).replace('T', ' '),
                        p.get(0).outcomes()));
                for (WeightRecords.WeightRow r : p) {
                    b.append(String.format(Locale.ROOT, " %12.3f", r.weight()));
                }
                out.println(b);
            }
        }
    }
}
