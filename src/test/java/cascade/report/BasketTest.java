package cascade.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BasketTest {
    private static Series series(String name, long[] times, double... values) {
        Series s = new Series(name);
        for (int i = 0; i < times.length; i++) {
            s.add(times[i], values[i]);
        }
        return s;
    }

    @Test
    void equalWeightFromEachSymbolsFirstPriceCashBeforeIt() {
        Series clock = series("equity", new long[] {1, 2, 3}, 0, 0, 0);
        Series a = series("A", new long[] {1, 2, 3}, 100, 110, 120);
        Series b = series("B", new long[] {2, 3}, 50, 25);

        Series basket = Basket.equalWeight(clock, Map.of("A", a, "B", b), List.of("A", "B"), 1000);

        // t1: A 1.0, B cash 1.0 → 1000; t2: A 1.1, B 1.0 → 1050; t3: A 1.2, B 0.5 → 850
        assertThat(basket.times()).containsExactly(1, 2, 3);
        assertThat(basket.value(0)).isCloseTo(1000, within(1e-9));
        assertThat(basket.value(1)).isCloseTo(1050, within(1e-9));
        assertThat(basket.value(2)).isCloseTo(850, within(1e-9));
    }
}
