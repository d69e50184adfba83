package cascade.cli;

import cascade.learn.CardStats;
import cascade.learn.WeightLearner;
import java.io.PrintStream;
import java.util.Locale;

/** Prints a learner's weights and accuracy per symbol, mode and card. */
final class WeightsTable {
    private WeightsTable() {
    }

    static void print(WeightLearner learner, PrintStream out) {
        out.printf("%nLearned weights (%d labelled outcomes, %d weight changes)%n", learner.labels().size(),
                learner.history().size());
        out.printf("%-10s %-8s %-18s %8s %8s %8s %8s %8s%n", "symbol", "mode", "card", "profile", "weight", "n",
                "IC", "t");
        for (CardStats s : learner.stats()) {
            out.println(String.format(Locale.ROOT, "%-10s %-8s %-18s %8.3f %8.3f %8d %8.3f %8.2f", s.symbol(),
                    s.mode(), s.card(), s.profileWeight(), s.weight(), s.samples(), s.ic(), s.tStat()));
        }
    }
}
