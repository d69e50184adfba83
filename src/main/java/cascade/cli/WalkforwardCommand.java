package cascade.cli;

import cascade.config.AppConfig;
import cascade.feed.BadLinePolicy;
import cascade.learn.LearnConfig;
import cascade.learn.Verdict;
import cascade.run.BacktestRunner;
import cascade.run.BacktestSpec;
import cascade.run.BacktestSpecLoader;
import cascade.run.WalkForward;
import cascade.store.RunStore;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cascade walkforward SPEC}: learned vs fixed card weights out of sample, fold by fold. */
@Command(name = "walkforward", mixinStandardHelpOptions = true,
        description = {"Walk-forward evaluation of the weight tuner: anchored train/test folds over the spec's data;",
            "per fold and overall, out of sample: fixed (profile) weights, learned weights (frozen at the end of",
            "training) and the tuner's choice (learned only when promoted on the held-back last quarter of",
            "training), beside buy-and-hold. Deterministic. Each fold's training run is stored with its learned",
            "weights and verdict unless --no-store; the test runs are not."})
public final class WalkforwardCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPEC", description = "Backtest spec (YAML).")
    Path specFile;

    @Option(names = "--data", arity = "1..*", paramLabel = "FILE", description = "Data files instead of the spec's.")
    List<Path> data;

    @Option(names = "--strategy", paramLabel = "FILE", description = "Strategy profile instead of the spec's.")
    Path strategy;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "4", description = "Test folds (default 4).")
    int folds;

    @Option(names = "--from", paramLabel = "T", description = "First event time (as for backtest).")
    String from;

    @Option(names = "--to", paramLabel = "T", description = "End, exclusive (e.g. 2025-08-14 to keep the "
            + "development year's last quarter out).")
    String to;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the table as HTML here.")
    Path html;

    @Option(names = "--no-store", description = "Do not record the folds' training runs (their learned weights "
            + "and verdicts) in the run store.")
    boolean noStore;

    @Override
    public Integer call() throws Exception {
        return Guard.run(this::walk);
    }

    private int walk() throws Exception {
        BacktestSpec s = BacktestSpecLoader.load(specFile);
        if (data != null) {
            s = s.withData(List.copyOf(data));
        }
        long fromMs = from != null ? BacktestSpecLoader.parseTime(from) : s.fromMs();
        long toMs = to != null ? BacktestSpecLoader.parseTime(to) : s.toMs();
        BacktestSpec spec = new BacktestSpec(s.name(), s.description(), s.data(),
                strategy != null ? strategy : s.strategy(), fromMs, toMs, s.initialBalanceUsd(), s.venue(),
                s.clockStep(), s.sampleStep(), s.outDir(), s.sourceText(), s.simulation());
        BacktestRunner.Options options = new BacktestRunner.Options(BadLinePolicy.FAIL, null, null,
                CodeVersion.get());
        WalkForward.Outcome o;
        try (RunStore store = noStore ? null
                : RunStore.open(AppConfig.load(CascadeCli.shipped("config/cascade.yml")).store())) {
            o = WalkForward.run(spec, folds, LearnConfig.DEFAULT, options, store);
        }
        print(o, System.out);
        if (html != null) {
            Files.writeString(html, html(o));
            System.out.println("HTML: " + html);
        }
        return 0;
    }

    static void print(WalkForward.Outcome o, PrintStream out) {
        out.printf("Walk-forward %s (%s), %d folds, out of sample%n", o.spec(), o.strategy(), o.folds());
        out.println(header());
        for (WalkForward.Fold f : o.perFold()) {
            String label = "fold " + f.index() + " " + day(f.testFromMs()) + ".." + day(f.testToMs());
            out.println(row(label, "fixed", f.fixed()));
            out.println(row("", "learned", f.learned()));
            out.println(row("", f.promoted() ? "tuner=learned" : "tuner=fixed", f.tuner()));
            out.println(row("", "buy&hold", f.buyAndHold()));
            if (!"unsaved".equals(f.trainRunId())) {
                out.println("    training run " + f.trainRunId() + " (cascade weights --run " + f.trainRunId() + ")");
            }
            for (Verdict v : f.verdicts()) {
                out.println("    held back " + day(v.fromMs()) + ".." + day(v.toMs()) + ": " + v.why()
                        + (v.promoted() ? " → promoted" : " → refused"));
            }
        }
        out.println(row("overall", "fixed", o.fixed()));
        out.println(row("", "learned", o.learned()));
        out.println(row("", "tuner", o.tuner()));
        out.println(row("", "buy&hold", o.buyAndHold()));
    }

    private static String header() {
        return String.format(Locale.ROOT, "%-40s %-14s %9s %7s %8s %7s", "", "weights", "return", "Sharpe", "maxDD",
                "trades");
    }

    private static String row(String label, String what, WalkForward.Score s) {
        return String.format(Locale.ROOT, "%-40s %-14s %8.2f%% %7.2f %7.2f%% %7d", label, what,
                100 * s.totalReturn(), s.sharpe(), 100 * s.maxDrawdown(), s.trades());
    }

    private static String day(long ms) {
        return Instant.ofEpochMilli(ms).toString().substring(0, 16).replace('T', ' ');
    }

    static String html(WalkForward.Outcome o) {
        StringBuilder b = new StringBuilder("<!doctype html><meta charset=utf-8><title>Walk-forward ")
                .append(esc(o.spec())).append("</title><style>body{font-family:sans-serif}td,th{padding:2px 8px;"
                        + "text-align:right}td.l{text-align:left}</style><h1>Walk-forward: ").append(esc(o.spec()))
                .append(" (").append(esc(o.strategy())).append(")</h1><table><tr><th>fold</th><th>weights</th>"
                        + "<th>return</th><th>Sharpe</th><th>max DD</th><th>trades</th></tr>");
        for (WalkForward.Fold f : o.perFold()) {
            String label = f.index() + ": " + day(f.testFromMs()) + " – " + day(f.testToMs());
            htmlRow(b, label, "fixed", f.fixed());
            htmlRow(b, "", "learned", f.learned());
            htmlRow(b, "", f.promoted() ? "tuner (promoted)" : "tuner (champion kept)", f.tuner());
            htmlRow(b, "", "buy &amp; hold", f.buyAndHold());
        }
        htmlRow(b, "overall", "fixed", o.fixed());
        htmlRow(b, "", "learned", o.learned());
        htmlRow(b, "", "tuner", o.tuner());
        htmlRow(b, "", "buy &amp; hold", o.buyAndHold());
        b.append("</table><h2>Champion / challenger</h2><ul>");
        for (WalkForward.Fold f : o.perFold()) {
            for (Verdict v : f.verdicts()) {
                b.append("<li>fold ").append(f.index()).append(": ").append(esc(v.why()))
                        .append(v.promoted() ? " → promoted" : " → refused").append("</li>");
            }
        }
        return b.append("</ul>").toString();
    }

    private static void htmlRow(StringBuilder b, String label, String what, WalkForward.Score s) {
        b.append(String.format(Locale.ROOT, "<tr><td class=l>%s</td><td class=l>%s</td><td>%.2f %%</td>"
                + "<td>%.2f</td><td>%.2f %%</td><td>%d</td></tr>", esc(label), what, 100 * s.totalReturn(),
                s.sharpe(), 100 * s.maxDrawdown(), s.trades()));
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
