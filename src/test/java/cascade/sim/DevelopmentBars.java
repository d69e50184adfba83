package cascade.sim;

import cascade.feed.BadLinePolicy;
import cascade.feed.ShippedData;
import cascade.feed.csv.BarCsvReader;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a bar CSV in the development-set format into a {@link BarSeries} (blank = unknown = NaN).
 */
final class DevelopmentBars {
    private DevelopmentBars() {
    }

    /** The development BTC file, as shipped in backtests/data (a test fails if it is missing). */
    static Path btcFile() {
        return ShippedData.developmentSet();
    }

    /** Reads the file with the production bar reader ({@link BarCsvReader}) into a series of doubles. */
    static BarSeries read(Path file) throws IOException {
        Instruments instruments = new Instruments();
        BarSeries bars = BarSeries.empty();
        try (BarCsvReader reader = new BarCsvReader(file, instruments, BadLinePolicy.FAIL)) {
            Instrument inst = reader.instrument();
            MarketEvent e = new MarketEvent();
            while (reader.next(e)) {
                bars.add(e.barOpenTimeMs, inst.price(e.open), inst.price(e.high), inst.price(e.low),
                        inst.price(e.price), usd(e.volumeUsd), usd(e.liqLongUsd), usd(e.liqShortUsd),
                        known(e.openInterest, MarketEvent.OI_SCALE), known(e.fundingRate, Fixed.RATE_SCALE));
            }
        }
        return bars;
    }

    private static double usd(long micros) {
        return known(micros, Fixed.USD_SCALE);
    }

    private static double known(long units, int scale) {
        return units == Fixed.UNKNOWN ? Double.NaN : Fixed.toDouble(units, scale);
    }
}
