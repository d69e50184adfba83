package cascade.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Buy-and-hold of an equal-weight basket: the initial equity split evenly over the symbols at the first
 * sample, each share following its symbol's price from the first price it had (held as cash until then), no
 * costs. Sampled at the times of {@code clock} (the strategy's equity samples).
 */
public final class Basket {
    private Basket() {
    }

    /**
     * @param prices each symbol's price series (times ascending, a subset of the clock's times)
     * @param symbols the basket's symbols, in the order to report them
     */
    public static Series equalWeight(Series clock, Map<String, Series> prices, List<String> symbols,
            double initialEquity) {
        Series basket = new Series("buy & hold basket");
        int n = symbols.size();
        List<Series> series = new ArrayList<>();
        for (String s : symbols) {
            series.add(prices.getOrDefault(s, new Series(s)));
        }
        int[] next = new int[n];
        double[] first = new double[n];
        double[] last = new double[n];
        java.util.Arrays.fill(first, Double.NaN);
        for (int t = 0; t < clock.size(); t++) {
            long time = clock.time(t);
            double value = 0;
            for (int i = 0; i < n; i++) {
                Series p = series.get(i);
                while (next[i] < p.size() && p.time(next[i]) <= time) {
                    last[i] = p.value(next[i]);
                    if (Double.isNaN(first[i])) {
                        first[i] = last[i];
                    }
                    next[i]++;
                }
                value += Double.isNaN(first[i]) ? 1 : last[i] / first[i];
            }
            basket.add(time, initialEquity * value / n);
        }
        return basket;
    }
}
