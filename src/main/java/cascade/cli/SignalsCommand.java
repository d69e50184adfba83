package cascade.cli;

import cascade.feed.BadLinePolicy;
import cascade.report.SignalsCsv;
import cascade.run.BacktestRunner;
import cascade.run.BacktestSpec;
import cascade.run.DataKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cascade signals}: the readings of every card per decision cycle, as CSV. */
@Command(name = "signals", mixinStandardHelpOptions = true,
        description = {"Write every card reading per decision cycle as CSV (time, symbol, mode, card, window,",
            "score, strength, confidence, value, note), to standard output without --out."})
public final class SignalsCommand implements Callable<Integer> {

    @Option(names = "--data", arity = "1..*", required = true, paramLabel = "FILE",
            description = "Bar CSV, forceOrder CSV, .casc recordings or directories of them.")
    List<Path> data;

    @Option(names = "--strategy", paramLabel = "FILE",
            description = "Strategy profile (default: capitulation-4h for bars, liquidation-intraday otherwise).")
    Path strategy;

    @Option(names = "--from", paramLabel = "T", description = "First event time.")
    String from;

    @Option(names = "--to", paramLabel = "T", description = "End (exclusive).")
    String to;

    @Option(names = "--out", paramLabel = "FILE", description = "CSV file to write (default: standard output).")
    Path out;

    @Option(names = "--skip-bad-lines", description = "Skip malformed input lines instead of stopping.")
    boolean skipBadLines;

    @Option(names = "--force", description = "Overwrite an existing --out file.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        return Guard.run(this::signals);
    }

    private int signals() throws Exception {
        long fromMs = TimeOptions.parse("--from", from, Long.MIN_VALUE);
        long toMs = TimeOptions.parse("--to", to, Long.MAX_VALUE);
        TimeOptions.checkOrder(fromMs, toMs);
        List<Path> inputs = new ArrayList<>(data);
        if (strategy != null) {
            inputs.add(strategy);
        }
        Outputs.checkFile("--out", out, force, inputs);
        Path profile = strategy != null ? strategy : defaultStrategy();
        BacktestSpec spec = BacktestSpec.adHoc("signals", data, profile, fromMs, toMs);
        PrintWriter writer = writer();
        try {
            SignalsCsv csv = new SignalsCsv(writer);
            BacktestRunner.run(spec, new BacktestRunner.Options(
                    skipBadLines ? BadLinePolicy.SKIP : BadLinePolicy.FAIL, null, null, CodeVersion.get(), csv));
            if (out != null) {
                System.err.println(csv.rows() + " readings written to " + out);
            }
        } finally {
            writer.flush();
            if (out != null) {
                writer.close();
            }
        }
        return 0;
    }

    private Path defaultStrategy() throws IOException {
        return CascadeCli.shipped(DataKind.isBars(data) ? DataKind.BAR_PROFILE : DataKind.EVENT_PROFILE);
    }

    private PrintWriter writer() throws IOException {
        if (out == null) {
            return new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)),
                    false);
        }
        return new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
    }
}
