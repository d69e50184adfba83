package cascade.sim;

import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.util.Arrays;

/**
 * The bars of one instrument as doubles (USD, prices, OI in the source's unit, funding as a fraction; NaN =
 * unknown), for statistics and calibration. Fed by a {@link BarAggregator} or row by row from a bar file.
 */
public final class BarSeries implements BarSink {
    private final int instrument;
    private final Instruments instruments;
    private long[] openTimes = new long[256];
    private double[][] columns = new double[Column.values().length][256];
    private int size;

    /** The values a bar carries, in the development-set column order. */
    public enum Column {
        OPEN, HIGH, LOW, CLOSE, VOLUME_USD, LIQ_LONG_USD, LIQ_SHORT_USD, OPEN_INTEREST, FUNDING_RATE
    }

    private BarSeries(int instrument, Instruments instruments) {
        this.instrument = instrument;
        this.instruments = instruments;
    }

    /** A series that keeps the bars of one instrument from a {@link BarAggregator}. */
    public static BarSeries of(Instruments instruments, int instrument) {
        return new BarSeries(instrument, instruments);
    }

    /** An empty series filled with {@link #add}. */
    public static BarSeries empty() {
        return new BarSeries(-1, null);
    }

    @Override
    public void onBar(MarketEvent bar) {
        if (bar.instrument != instrument) {
            return;
        }
        Instrument inst = instruments.get(instrument);
        add(bar.barOpenTimeMs, inst.price(bar.open), inst.price(bar.high), inst.price(bar.low), inst.price(bar.close()),
                usd(bar.volumeUsd), usd(bar.liqLongUsd), usd(bar.liqShortUsd),
                known(bar.openInterest, MarketEvent.OI_SCALE), known(bar.fundingRate, Fixed.RATE_SCALE));
    }

    /** Appends a bar; pass NaN for unknown values. */
    public void add(long openTimeMs, double open, double high, double low, double close, double volumeUsd,
            double liqLongUsd, double liqShortUsd, double openInterest, double fundingRate) {
        if (size == openTimes.length) {
            openTimes = Arrays.copyOf(openTimes, size * 2);
            for (int c = 0; c < columns.length; c++) {
                columns[c] = Arrays.copyOf(columns[c], size * 2);
            }
        }
        openTimes[size] = openTimeMs;
        double[] values = {open, high, low, close, volumeUsd, liqLongUsd, liqShortUsd, openInterest, fundingRate};
        for (int c = 0; c < values.length; c++) {
            columns[c][size] = values[c];
        }
        size++;
    }

    public int size() {
        return size;
    }

    public long openTimeMs(int i) {
        return openTimes[i];
    }

    public double get(Column column, int i) {
        return columns[column.ordinal()][i];
    }

    /** Liquidated USD of the bar on the side a forced order of {@code forcedSide} closes. */
    public double liquidatedUsd(Side forcedSide, int i) {
        return get(forcedSide.liquidatesLong() ? Column.LIQ_LONG_USD : Column.LIQ_SHORT_USD, i);
    }

    private static double usd(long micros) {
        return micros == Fixed.UNKNOWN ? Double.NaN : Fixed.usd(micros);
    }

    private static double known(long units, int scale) {
        return units == Fixed.UNKNOWN ? Double.NaN : Fixed.toDouble(units, scale);
    }
}
