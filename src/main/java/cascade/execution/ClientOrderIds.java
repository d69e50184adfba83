package cascade.execution;

/**
 * Client order ids that every venue accepts and no venue reserves: {@code cs} + the run key in 8 base-36
 * digits + the order's book id in 10 base-36 digits, 20 characters of {@code [a-z0-9]} (Binance allows 36
 * of a wider set, OKX 32 alphanumerics; venue-made orders start with {@code autoclose}, {@code adl_} or
 * {@code settlement_}, never with {@code cs}). Deterministic, so a replayed or restarted run names its
 * orders the same way, and reversible, so a venue's report finds its order again.
 */
public final class ClientOrderIds {
    private static final String PREFIX = "cs";
    private static final int RUN_DIGITS = 8;
    private static final int ID_DIGITS = 10;
    private static final long RUN_MOD = pow36(RUN_DIGITS);
    private static final long ID_MAX = pow36(ID_DIGITS) - 1;
    public static final int LENGTH = PREFIX.length() + RUN_DIGITS + ID_DIGITS;

    private final String runPart;

    /** @param runKey the run's id in the store (any non-negative number; reduced modulo 36^8) */
    public ClientOrderIds(long runKey) {
        if (runKey < 0) {
            throw new IllegalArgumentException("run key must not be negative: " + runKey);
        }
        this.runPart = pad(Long.toString(runKey % RUN_MOD, 36), RUN_DIGITS);
    }

    public String of(long orderId) {
        if (orderId < 0 || orderId > ID_MAX) {
            throw new IllegalArgumentException("order id out of range: " + orderId);
        }
        return PREFIX + runPart + pad(Long.toString(orderId, 36), ID_DIGITS);
    }

    /** The book id inside one of this run's client ids, or -1 for an id that is not ours (another run, venue-made). */
    public long parse(String clientId) {
        if (clientId == null || clientId.length() != LENGTH || !clientId.startsWith(PREFIX)
                || !clientId.regionMatches(PREFIX.length(), runPart, 0, RUN_DIGITS)) {
            return -1;
        }
        try {
            return Long.parseLong(clientId.substring(PREFIX.length() + RUN_DIGITS), 36);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String pad(String digits, int width) {
        return "0".repeat(width - digits.length()) + digits;
    }

    private static long pow36(int n) {
        long v = 1;
        for (int i = 0; i < n; i++) {
            v *= 36;
        }
        return v;
    }
}
