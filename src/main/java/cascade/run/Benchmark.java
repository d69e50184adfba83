package cascade.run;

import cascade.model.Trade;
import cascade.report.Basket;
import cascade.report.Series;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the strategy is compared with: buy-and-hold of the primary instrument when at most one symbol was
 * traded, else an equal-weight basket of the traded symbols; and the price series of the traded symbols for
 * their charts.
 *
 * @param note the sentence the report prints about it
 */
record Benchmark(Series buyAndHold, String note, Map<String, Series> tradedPrices) {

    static Benchmark of(RunMonitor m, List<Trade> trades, double initialEquity) {
        TreeSet<String> traded = new TreeSet<>();
        trades.forEach(t -> traded.add(t.symbol()));
        Map<String, Series> prices = new LinkedHashMap<>();
        for (String symbol : traded) {
            Series p = m.symbolPrices.get(symbol);
            if (p != null) {
                prices.put(symbol, p);
            }
        }
        if (traded.size() <= 1) {
            return new Benchmark(m.buyAndHold, "Buy-and-hold is the primary instrument's price from the first to the"
                    + " last sample, without fees or funding.", prices);
        }
        List<String> symbols = List.copyOf(traded);
        return new Benchmark(Basket.equalWeight(m.equity, m.symbolPrices, symbols, initialEquity),
                "Buy-and-hold is an equal-weight basket of the " + symbols.size() + " traded symbols ("
                        + String.join(", ", symbols) + ") from the first sample, without fees or funding.", prices);
    }
}
