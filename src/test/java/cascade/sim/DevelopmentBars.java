package cascade.sim;

import cascade.feed.BadLinePolicy;
import cascade.feed.csv.BarCsvReader;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a bar CSV in the development-set format into a {@link BarSeries} (blank = unknown = NaN).
 */
final class DevelopmentBars {
    static final String BTC_FILE = "bars/BTCUSDT-4h-2024-11-13_2025-11-14.csv";

    private DevelopmentBars() {
    }

    /** The shared data directory from the surefire property, or null when not configured. */
    static Path sharedData() {
        String dir = System.getProperty("cascade.sharedData");
        return dir == null ? null : Path.of(dir);
    }

    /** The development BTC file, or null when /work/shared is not there. */
    static Path btcFile() {
        Path dir = sharedData();
        Path file = dir == null ? null : dir.resolve(BTC_FILE);
        return file != null && Files.isReadable(file) ? file : null;
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
