package cascade.feed.csv;

import cascade.feed.BadLinePolicy;
import cascade.feed.EventSource;
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
 * Reads the headerless CSV of a community Binance {@code !forceOrder@arr} recorder (columns in
 * data/README.md) as {@link cascade.market.EventType#LIQUIDATION} events; side SELL means a long was
 * liquidated.
 *
 * <p>Instruments are registered on first sight as venue "binance" with price scale {@value #PRICE_SCALE} and
 * quantity scale {@value #QTY_SCALE}: one file mixes hundreds of USDⓈ-M perpetuals whose tick sizes reach
 * 1e-7 or 1e-8 for sub-cent coins and whose lot sizes reach 1e-3, and the stream carries no exchange info, so
 * one scale must hold them all; these leave headroom (a price of 10^6 USD is 10^14 units, far from overflow).
 * An instrument the registry already has keeps its own scales.
 *
 * <p>Exact duplicate lines (written by the recorder around reconnects) are dropped; the memory for that is
 * bounded to {@value #DEDUPE_HORIZON_MS} ms of trade time. The recorder writes events as they arrive, and the
 * real files do go back in time by a few milliseconds across symbols (24 times, at most 3 ms, in the
 * 2025-01-26 file), so events pass through a reorder buffer of {@value #REORDER_HORIZON_MS} ms and come out
 * in trade-time order. A line further back than that is bad input (field trade_time_ms) handled by the
 * {@link BadLinePolicy}, rather than silently emitted out of order; a late exact duplicate is simply dropped.
 */
public final class ForceOrderCsvReader implements EventSource {
    public static final String VENUE = "binance";
    public static final int PRICE_SCALE = 8;
    public static final int QTY_SCALE = 6;
    public static final long DEDUPE_HORIZON_MS = 60_000;
    public static final long REORDER_HORIZON_MS = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(ForceOrderCsvReader.class);

    private final String file;
    private final BufferedReader lines;
    private final ForceOrderLineParser parser;
    private final BadLines badLines;
    private final DuplicateLineFilter duplicates = new DuplicateLineFilter(DEDUPE_HORIZON_MS);
    private final ReorderBuffer reorder = new ReorderBuffer(REORDER_HORIZON_MS);
    private final MarketEvent scratch = new MarketEvent();
    private long lineNumber;
    private long duplicatesDropped;
    private long emitted;

    /** Opens the file; instruments are registered as their first good line is read. */
    public ForceOrderCsvReader(Path path, Instruments instruments, BadLinePolicy policy) throws IOException {
        this.file = path.getFileName().toString();
        this.lines = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        this.parser = new ForceOrderLineParser(instruments, VENUE, PRICE_SCALE, QTY_SCALE);
        this.badLines = new BadLines(policy, LOG);
    }

    @Override
    public boolean next(MarketEvent into) throws IOException {
        while (!reorder.pollReady(into)) {
            if (!readOneIntoBuffer()) {
                if (!reorder.pollAny(into)) {
                    return false;
                }
                break;
            }
        }
        emitted++;
        return true;
    }

    /** @return false at the end of the file */
    private boolean readOneIntoBuffer() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            if (!parser.parse(line, scratch)) {
                badLines.report(file, lineNumber, parser.problemField(), parser.problemReason());
            } else if (duplicates.isDuplicate(line, scratch.timeMs)) {
                duplicatesDropped++;
            } else if (reorder.isTooLate(scratch.timeMs)) {
                badLines.report(file, lineNumber, "trade_time_ms", scratch.timeMs + " is "
                        + (reorder.latestMs() - scratch.timeMs) + " ms before the latest trade time "
                        + reorder.latestMs() + "; at most " + REORDER_HORIZON_MS + " ms can be put back in order");
            } else {
                reorder.add(scratch);
                return true;
            }
        }
        return false;
    }

    /** Exact duplicate lines dropped so far. */
    public long duplicatesDropped() {
        return duplicatesDropped;
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
        return "binance forced orders from " + file + " (" + emitted + " read, " + duplicatesDropped
                + " duplicates dropped, " + badLines.count() + " skipped)";
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
