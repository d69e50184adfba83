package cascade.report;

import cascade.model.Decision;
import cascade.model.ReadingRecord;
import cascade.model.RunObserver;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes every card reading of every decision cycle as CSV — the way to inspect cards on any data.
 * Columns: time (epoch ms), symbol, mode, card, window, score, strength, confidence, value, note.
 * Called on the engine thread; the writer is buffered.
 */
public final class SignalsCsv implements RunObserver {
    public static final String HEADER = "time,symbol,mode,card,window,score,strength,confidence,value,note";

    private final PrintWriter out;
    private long rows;

    public SignalsCsv(PrintWriter out) {
        this.out = out;
        out.println(HEADER);
    }

    public long rows() {
        return rows;
    }

    @Override
    public void onDecision(Decision d) {
        for (ReadingRecord r : d.readings()) {
            out.append(Long.toString(d.timeMs())).append(',').append(d.symbol()).append(',').append(d.mode())
                    .append(',').append(r.card()).append(',').append(r.window()).append(',')
                    .append(num(r.score())).append(',').append(num(r.strength())).append(',')
                    .append(num(r.confidence())).append(',').append(num(r.value())).append(',')
                    .append(r.note().replace(',', ';')).append('\n');
            rows++;
        }
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
