package cascade.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Returns per calendar month (UTC), or per ISO week (starting Monday, UTC) for runs shorter than
 * {@value #WEEKLY_BELOW_DAYS} days: each period's return is its last sample over the last sample before
 * it (the run's first sample for the first period), minus 1, for the strategy and for buy-and-hold.
 */
public final class PeriodReturns {
    /** Runs shorter than this many days get weekly rather than monthly returns. */
    public static final int WEEKLY_BELOW_DAYS = 90;

    /** One period: its first day (UTC) and both returns. */
    public record Period(LocalDate start, double strategy, double buyAndHold) {
    }

    private PeriodReturns() {
    }

    /** True when the run is short enough for weekly periods. */
    public static boolean weekly(Series equity) {
        return equity.size() < 2
                || equity.time(equity.size() - 1) - equity.time(0) < WEEKLY_BELOW_DAYS * 86_400_000L;
    }

    public static List<Period> of(Series equity, Series buyAndHold) {
        boolean weekly = weekly(equity);
        List<Period> out = new ArrayList<>();
        int n = equity.size();
        if (n == 0) {
            return out;
        }
        double baseS = equity.value(0);
        double baseB = buyAndHold.value(0);
        LocalDate current = start(equity.time(0), weekly);
        for (int i = 0; i < n; i++) {
            LocalDate p = start(equity.time(i), weekly);
            if (!p.equals(current)) {
                double endS = equity.value(i - 1);
                double endB = buyAndHold.value(i - 1);
                out.add(new Period(current, endS / baseS - 1, endB / baseB - 1));
                baseS = endS;
                baseB = endB;
                current = p;
            }
        }
        out.add(new Period(current, equity.value(n - 1) / baseS - 1, buyAndHold.value(n - 1) / baseB - 1));
        return out;
    }

    private static LocalDate start(long ms, boolean weekly) {
        LocalDate day = Instant.ofEpochMilli(ms).atZone(ZoneOffset.UTC).toLocalDate();
        return weekly ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }
}
