package cascade.report;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for long backtests, redrawn in place with '\r' on stderr. Only for a person at a
 * terminal: {@link #forTerminal()} disables it without a console or when {@code CI} is set, so logs stay clean.
 * Redraws are throttled to a new whole percent or 200 ms of wall time; wall time is fine here because
 * this is display only, never a decision input. Not thread-safe: call from the thread that drives the run.
 */
public final class ProgressBar {
    private static final int BAR_WIDTH = 30;
    private static final long MIN_REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final LongSupplier nanoClock;
    private int shownPercent = -1;
    private long shownAtNanos;
    private double fraction;
    private long events;
    private boolean finished;

    /**
     * @param enabled false for a bar that prints nothing (see {@link #isInteractive})
     * @param out where to draw
     * @param nanoClock wall clock in nanoseconds (System::nanoTime; a fake one in tests)
     */
    public ProgressBar(boolean enabled, PrintStream out, LongSupplier nanoClock) {
        this.out = enabled ? out : null;
        this.nanoClock = nanoClock;
    }

    /** A bar on stderr if {@link #isInteractive} says a person is watching, else a silent one. */
    public static ProgressBar forTerminal() {
        return new ProgressBar(isInteractive(System.console() != null, System.getenv()), System.err, System::nanoTime);
    }

    /** True with a console attached and no {@code CI} environment variable. */
    public static boolean isInteractive(boolean hasConsole, Map<String, String> environment) {
        return hasConsole && !environment.containsKey("CI");
    }

    /**
     * Records progress and redraws when due.
     *
     * @param fraction done so far in [0, 1] (clamped; NaN is ignored)
     * @param eventsSoFar events processed so far
     */
    public void update(double fraction, long eventsSoFar) {
        if (out == null || finished || Double.isNaN(fraction)) {
            return;
        }
        this.fraction = Math.max(0, Math.min(1, fraction));
        this.events = eventsSoFar;
        int percent = (int) (this.fraction * 100);
        long now = nanoClock.getAsLong();
        if (percent != shownPercent || now - shownAtNanos >= MIN_REDRAW_NANOS) {
            shownPercent = percent;
            shownAtNanos = now;
            out.print(line());
            out.flush();
        }
    }

    /** Draws the bar at 100% and ends the line; later calls do nothing. */
    public void finish() {
        if (out == null || finished) {
            return;
        }
        finished = true;
        fraction = 1;
        out.print(line() + "\n");
        out.flush();
    }

    private String line() {
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        return String.format(Locale.ROOT, "\r[%s%s] %5.1f%% %,d events", "#".repeat(filled),
                "-".repeat(BAR_WIDTH - filled), fraction * 100, events);
    }
}
