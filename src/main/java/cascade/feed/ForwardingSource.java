package cascade.feed;

import java.io.IOException;
import java.util.List;

/**
 * A source that passes another one through: everything but {@link #next} is the wrapped source's. Wrappers
 * that look at events on their way (peeking ahead, noting the range read) extend it and override what they
 * change.
 */
public abstract class ForwardingSource implements EventSource {
    protected final EventSource source;

    protected ForwardingSource(EventSource source) {
        this.source = source;
    }

    @Override
    public long skippedLines() {
        return source.skippedLines();
    }

    @Override
    public List<String> skippedLineMessages() {
        return source.skippedLineMessages();
    }

    @Override
    public long barLengthMs() {
        return source.barLengthMs();
    }

    @Override
    public double progress() {
        return source.progress();
    }

    @Override
    public String describe() {
        return source.describe();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
