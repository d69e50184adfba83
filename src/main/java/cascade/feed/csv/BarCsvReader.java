package cascade.feed.csv;

import cascade.feed.BadInputException;
import cascade.feed.BadLinePolicy;
import cascade.feed.EventSource;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a bar CSV (format in data/README.md) as one {@link cascade.market.EventType#BAR} event per line.
 * Columns are found by header name; volume_usd, open_interest and funding_rate are optional and a blank or
 * absent value becomes {@link cascade.market.Fixed#UNKNOWN}, never zero. Each event is stamped with the bar's
 * CLOSE time ({@code open_time_ms + barLengthMs()}) because its values are only known then: no look-ahead.
 * Amounts: prices in instrument units, USD in micros, OI in {@link MarketEvent#OI_SCALE}, funding in
 * {@link cascade.market.Fixed#RATE_SCALE}. Quoted fields are not supported (the format has none).
 */
public final class BarCsvReader implements EventSource {
    public static final String DEFAULT_VENUE = "binance";
    public static final int DEFAULT_PRICE_SCALE = 2;
    public static final int DEFAULT_QTY_SCALE = 3;

    private static final Logger LOG = LoggerFactory.getLogger(BarCsvReader.class);

    private final String file;
    private final Instrument instrument;
    private final long barLengthMs;
    private final BufferedReader lines;
    private final BarLineParser parser;
    private final BadLines badLines;
    private long lineNumber = 1;
    private long bars;

    /** Binance bars, symbol from the file name, price scale 2, quantity scale 3. */
    public BarCsvReader(Path path, Instruments instruments, BadLinePolicy policy) throws IOException {
        this(path, DEFAULT_VENUE, null, instruments, policy, DEFAULT_PRICE_SCALE, DEFAULT_QTY_SCALE);
    }

    /**
     * Opens the file and checks its header. The instrument is registered with the given scales unless the
     * registry already has it, in which case the registry's scales are used.
     *
     * @param symbol the symbol, or null to take the file name's prefix before the first '-'
     * @throws BadInputException when the header lacks a required column or the bar length cannot be told
     */
    public BarCsvReader(Path path, String venue, String symbol, Instruments instruments, BadLinePolicy policy,
            int priceScale, int qtyScale) throws IOException {
        this.file = path.getFileName().toString();
        this.badLines = new BadLines(policy, LOG);
        String resolvedSymbol = symbol != null ? symbol : symbolFromFileName(file);
        BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        try {
            BarColumns columns = BarColumns.of(reader.readLine(), file);
            long fromName = BarLength.fromFileName(file);
            this.barLengthMs = fromName > 0 ? fromName : BarLength.fromFirstRows(path, columns.openTime(), file);
            this.instrument = instruments.register(venue, resolvedSymbol, priceScale, qtyScale);
            this.parser = new BarLineParser(columns, instrument, barLengthMs);
            this.lines = reader;
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** "BTCUSDT-4h-2024-11-13_2025-11-14.csv" → "BTCUSDT"; a name without '-' gives its stem. */
    static String symbolFromFileName(String fileName) {
        int dash = fileName.indexOf('-');
        if (dash > 0) {
            return fileName.substring(0, dash);
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    @Override
    public boolean next(MarketEvent into) throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            if (parser.parse(line, into)) {
                bars++;
                return true;
            }
            badLines.report(file, lineNumber, parser.problemField(), parser.problemReason());
        }
        return false;
    }

    /** The bar length in ms (from the file name, else the first two rows); close time = open time + this. */
    @Override
    public long barLengthMs() {
        return barLengthMs;
    }

    /** The instrument all bars of the file belong to. */
    public Instrument instrument() {
        return instrument;
    }

    @Override
    public long skippedLines() {
        return badLines.count();
    }

    /** The first {@value BadLines#KEPT_MESSAGES} skipped-line messages ("file:line: field 'x': reason"). */
    @Override
    public List<String> skippedLineMessages() {
        return badLines.firstMessages();
    }

    @Override
    public String describe() {
        return "bars " + instrument.key() + " " + barLengthMs / 60_000 + "m from " + file + " (" + bars
                + " read, " + badLines.count() + " skipped)";
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
