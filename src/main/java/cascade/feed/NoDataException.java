package cascade.feed;

/**
 * The input holds no data to run on: an empty file, a CSV with a header and no rows, or no event inside the
 * requested period. The message names the file or the data and, where known, the time range it covers.
 */
public final class NoDataException extends RuntimeException {
    public NoDataException(String message) {
        super(message);
    }
}
