package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapScoreTableTest {
    /** Every cell of a result at the same shares, except the ±1 % top 5. */
    private static MapScoring.Result result(String name, double near5Estimate, double near5Band, double truth) {
        List<MapScoring.Cell> cells = new ArrayList<>();
        for (double near : MapScoring.NEAR) {
            for (int k : MapScoring.CLUSTERS) {
                boolean scored = near == 0.01 && k == 5;
                cells.add(new MapScoring.Cell(near, k, scored ? near5Estimate : 0.1, truth, scored ? near5Band : 0.2,
                        0.005));
            }
        }
        return new MapScoring.Result(name, 10, 1_234_567, cells);
    }

    @Test
    void oneRecordingIsOneTable() {
        String table = MapScoreTable.format(List.of(result("a.casc", 0.3, 0.25, 0.4)));

        assertThat(table).startsWith("a.casc: 10 symbol-hours, 1,234,567 USD liquidated\n")
                .contains("  within ±1 %    5    30.0 %    25.0 %    40.0 %         0.50 %\n")
                .contains("  anywhere       3    10.0 %    20.0 %    40.0 %         0.50 %\n")
                .doesNotContain("Across");
    }

    @Test
    void severalRecordingsAddTheMeanAndTheSpreadAndTheLeadOverTheBand() {
        String table = MapScoreTable.format(List.of(result("a.casc", 0.30, 0.25, 0.40),
                result("b.casc", 0.20, 0.30, Double.NaN)));

        assertThat(table).contains("Across 2 recordings: mean [lowest – highest]")
                .contains("  within ±1 %    5 25.0 % [20.0 % – 30.0 %]   27.5 % [25.0 % – 30.0 %]   -")
                .contains("  estimate − band, within ±1 %, k = 5: +5.0 -10.0 (mean -2.5 points)");
    }
}
