package cascade.report;

import cascade.model.Trade;

import java.util.List;

/** The trades of a run as CSV: {@link Trade#CSV_HEADER}, then one {@link Trade#toCsv()} line per trade. */
public final class TradesCsv {
    private TradesCsv() {
    }

    /** The whole file, '\n' line ends, ending with a line break. */
    public static String render(List<Trade> trades) {
        StringBuilder csv = new StringBuilder(Trade.CSV_HEADER).append('\n');
        for (Trade trade : trades) {
            csv.append(trade.toCsv()).append('\n');
        }
        return csv.toString();
    }
}
