package cascade.report;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The points of a {@link Series} ready for XChart: NaN values dropped (a NaN imbalance means "no
 * liquidations", nothing to draw), and long series thinned to at most {@code maxPoints} by keeping the
 * minimum and maximum of each bucket, so peaks and troughs (drawdowns) survive.
 */
record ChartPoints(List<Date> times, List<Double> values) {

    static ChartPoints of(Series series, int maxPoints) {
        int[] finite = new int[series.size()];
        int count = 0;
        for (int i = 0; i < series.size(); i++) {
            if (Double.isFinite(series.value(i))) {
                finite[count++] = i;
            }
        }
        ChartPoints points = empty();
        if (count <= maxPoints) {
            for (int k = 0; k < count; k++) {
                points.add(series, finite[k]);
            }
            return points;
        }
        int buckets = maxPoints / 2;
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * count / buckets);
            int to = (int) ((long) (b + 1) * count / buckets);
            int min = finite[from];
            int max = min;
            for (int k = from + 1; k < to; k++) {
                int i = finite[k];
                min = series.value(i) < series.value(min) ? i : min;
                max = series.value(i) > series.value(max) ? i : max;
            }
            points.add(series, Math.min(min, max));
            if (min != max) {
                points.add(series, Math.max(min, max));
            }
        }
        return points;
    }

    static ChartPoints empty() {
        return new ChartPoints(new ArrayList<>(), new ArrayList<>());
    }

    void add(long timeMs, double value) {
        times.add(new Date(timeMs));
        values.add(value);
    }

    boolean isEmpty() {
        return times.isEmpty();
    }

    private void add(Series series, int i) {
        add(series.time(i), series.value(i));
    }
}
