package cascade.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The log of one run: every Cascade log line from INFO up (DEBUG with {@code --verbose}) is kept with a dated
 * UTC timestamp and written as {@code run.log} beside the report; the console shows INFO and up, WARN and up
 * with {@code --quiet}, DEBUG with {@code --verbose}. {@link #close()} puts logging back as it was.
 */
final class RunLog implements AutoCloseable {
    static final String FILE_NAME = "run.log";
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS'Z',UTC} %-5level %logger{0} - %msg%n";
    private static final int MAX_LINES = 100_000;

    /** How chatty the console is. */
    enum Verbosity { QUIET, NORMAL, VERBOSE }

    private final Logger cascade;
    private final Level previousLevel;
    private final Buffer buffer;
    private final List<Filter<ILoggingEvent>> consoleFilters = new ArrayList<>();
    private final List<Appender<ILoggingEvent>> consoles = new ArrayList<>();

    private RunLog(Verbosity verbosity) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        cascade = context.getLogger("cascade");
        previousLevel = cascade.getLevel();
        cascade.setLevel(verbosity == Verbosity.VERBOSE ? Level.DEBUG : Level.INFO);
        Level console = switch (verbosity) {
            case QUIET -> Level.WARN;
            case NORMAL -> Level.INFO;
            case VERBOSE -> Level.DEBUG;
        };
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext();) {
            Appender<ILoggingEvent> appender = it.next();
            Filter<ILoggingEvent> filter = new Filter<>() {
                @Override
                public FilterReply decide(ILoggingEvent event) {
                    return event.getLevel().isGreaterOrEqual(console) ? FilterReply.NEUTRAL : FilterReply.DENY;
                }
            };
            filter.start();
            appender.addFilter(filter);
            consoles.add(appender);
            consoleFilters.add(filter);
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        buffer = new Buffer(encoder);
        buffer.setContext(context);
        buffer.setName("cascade-run-log");
        buffer.start();
        cascade.addAppender(buffer);
    }

    static RunLog start(boolean quiet, boolean verbose) {
        if (quiet && verbose) {
            throw new UsageException("--quiet and --verbose exclude each other");
        }
        return new RunLog(quiet ? Verbosity.QUIET : verbose ? Verbosity.VERBOSE : Verbosity.NORMAL);
    }

    /** Writes the lines logged so far into {@code dir/run.log}. */
    Path writeInto(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        Files.write(file, buffer.bytes());
        return file;
    }

    @Override
    public void close() {
        cascade.detachAppender(buffer);
        buffer.stop();
        cascade.setLevel(previousLevel);
        for (Appender<ILoggingEvent> appender : consoles) {
            // Logback has no removeFilter: clear and re-add the others
            List<Filter<ILoggingEvent>> keep = new ArrayList<>(appender.getCopyOfAttachedFiltersList());
            keep.removeAll(consoleFilters);
            appender.clearAllFilters();
            keep.forEach(appender::addFilter);
        }
    }

    /** Keeps the encoded lines in memory (up to {@value #MAX_LINES}), then says how many were dropped. */
    private static final class Buffer extends AppenderBase<ILoggingEvent> {
        private final PatternLayoutEncoder encoder;
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private int lines;
        private int dropped;

        Buffer(PatternLayoutEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        protected synchronized void append(ILoggingEvent event) {
            if (lines++ < MAX_LINES) {
                bytes.writeBytes(encoder.encode(event));
            } else {
                dropped++;
            }
        }

        synchronized byte[] bytes() {
            byte[] out = bytes.toByteArray();
            if (dropped == 0) {
                return out;
            }
            byte[] note = ("… " + dropped + " more lines not kept\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = java.util.Arrays.copyOf(out, out.length + note.length);
            System.arraycopy(note, 0, all, out.length, note.length);
            return all;
        }
    }
}
