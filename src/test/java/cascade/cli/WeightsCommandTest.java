package cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.Instruments;
import cascade.store.RunInfo;
import cascade.store.RunKind;
import cascade.store.RunRecorder;
import cascade.store.RunStatus;
import cascade.store.RunStore;
import cascade.store.WeightRecords;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code cascade weights} on a store holding one run's learned weights, written by hand. */
class WeightsCommandTest {
    private static String show(WeightRecords records, String... args) {
        WeightsCommand command = new WeightsCommand();
        new CommandLine(command).parseArgs(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.print(records, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showsAccuracyVerdictsAndTheNewestHistory() {
        try (RunStore store = RunStore.inMemory("weights-command")) {
            WeightRecords records = new WeightRecords(store);
            assertThat(show(records)).contains("No run with learned weights");
            long run;
            try (RunRecorder r = store.startRun(new RunInfo(RunKind.BACKTEST, "t", null, "s", null, "d", "v", 0),
                    new Instruments())) {
                run = r.runId();
                r.runFinished(RunStatus.COMPLETED, 1);
            }
            records.write(run, List.of(
                    new WeightRecords.WeightRow(0, "BTCUSDT", "bar", "capitulation", 0.9, 30),
                    new WeightRecords.WeightRow(0, "BTCUSDT", "bar", "flip", 0.1, 30),
                    new WeightRecords.WeightRow(14_400_000, "BTCUSDT", "bar", "capitulation", 0.8, 31),
                    new WeightRecords.WeightRow(14_400_000, "BTCUSDT", "bar", "flip", 0.2, 31)),
                    List.of(new WeightRecords.AccuracyRow("BTCUSDT", "bar", "capitulation", 1, 0.8, 31, 30.5, 0.12,
                            0.66), new WeightRecords.AccuracyRow("BTCUSDT", "bar", "flip", 0, 0.2, 31, 30.5, -0.05,
                            -0.27)),
                    List.of(new WeightRecords.VerdictRow("bar", 0, 1, 40, 1e-4, 1.9, 1.645, true, "bar: n=40 t=1.90")));
            String all = show(records);
            System.out.print(all);
            assertThat(all).contains("Run " + run + ": learned weights and accuracy")
                    .contains("BTCUSDT    bar      capitulation          1.000    0.800       31    0.120     0.66")
                    .contains("Promotions and refusals: 1").contains("promoted bar: n=40 t=1.90")
                    .contains("History BTCUSDT bar (2 changes stored)")
                    .contains("1970-01-01 04:00        31        0.800        0.200");
            assertThat(show(records, "--history", "1")).contains("2 changes stored, the newest 1")
                    .doesNotContain("1970-01-01 00:00");
            assertThat(show(records, "--mode", "scalp")).contains("has no learned weights for the symbol/mode asked");
            assertThat(show(records, "--run", Long.toString(run + 1))).contains("has no learned weights");
        }
    }
}
