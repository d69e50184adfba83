package cascade.sim;

import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.MarketEvent;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Writes the bars of one instrument in the development-set CSV format
 * ({@value #HEADER}); unknown values are left blank. Bars of other instruments are ignored.
 */
public final class BarCsvWriter implements BarSink, Closeable {
    public static final String HEADER =
            "open_time_ms,open,high,low,close,volume_usd,liq_long_usd,liq_short_usd,open_interest,funding_rate";

    private final Writer out;
    private final Instrument instrument;
    private final StringBuilder line = new StringBuilder(160);

    /** Writes the header at once. */
    public BarCsvWriter(Writer out, Instrument instrument) throws IOException {
        this.out = out;
        this.instrument = instrument;
        out.write(HEADER);
        out.write('\n');
    }

    @Override
    public void onBar(MarketEvent bar) {
        if (bar.instrument != instrument.id()) {
            return;
        }
        line.setLength(0);
        line.append(bar.barOpenTimeMs);
        number(bar.open, instrument.priceScale());
        number(bar.high, instrument.priceScale());
        number(bar.low, instrument.priceScale());
        number(bar.close(), instrument.priceScale());
        number(bar.volumeUsd, Fixed.USD_SCALE);
        number(bar.liqLongUsd, Fixed.USD_SCALE);
        number(bar.liqShortUsd, Fixed.USD_SCALE);
        number(bar.openInterest, MarketEvent.OI_SCALE);
        number(bar.fundingRate, Fixed.RATE_SCALE);
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("writing bar of " + instrument.key(), e);
        }
    }

    private void number(long units, int scale) {
        line.append(',');
        if (units != Fixed.UNKNOWN) {
            BigDecimal value = Fixed.toBigDecimal(units, scale).stripTrailingZeros();
            line.append(value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString());
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
