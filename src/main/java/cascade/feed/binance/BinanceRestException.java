package cascade.feed.binance;

/** A REST call failed: the HTTP status, Binance's error code and message when the body had them. */
public final class BinanceRestException extends Exception {
    private final int status;
    private final int code;
    private final long retryAfterMs;

    public BinanceRestException(String path, int status, int code, String message, long retryAfterMs) {
        super(path + ": HTTP " + status + (code != 0 ? " code " + code : "") + (message == null ? "" : " " + message));
        this.status = status;
        this.code = code;
        this.retryAfterMs = retryAfterMs;
    }

    public int status() {
        return status;
    }

    public int code() {
        return code;
    }

    /** From {@code Retry-After} on 429/418, else 0. */
    public long retryAfterMs() {
        return retryAfterMs;
    }
}
