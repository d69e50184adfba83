package cascade.model;

/**
 * Order tags are "mode/purpose", e.g. "bar/entry", "day/stop", "scalp/exit-time". The mode says which
 * decision mode owns the order; the purpose says why it exists and becomes a trade's entry or exit reason.
 */
public final class OrderTags {
    public static final String ENTRY = "entry";
    public static final String STOP = "stop";
    public static final String TARGET = "target";

    private OrderTags() {
    }

    public static String of(String mode, String purpose) {
        return mode + "/" + purpose;
    }

    public static String mode(String tag) {
        int slash = tag == null ? -1 : tag.indexOf('/');
        return slash < 0 ? "" : tag.substring(0, slash);
    }

    public static String purpose(String tag) {
        int slash = tag == null ? -1 : tag.indexOf('/');
        return slash < 0 ? (tag == null ? "" : tag) : tag.substring(slash + 1);
    }
}
