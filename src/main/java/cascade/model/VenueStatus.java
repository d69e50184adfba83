package cascade.model;

/** A venue connection's health as its adapter reports it. */
public enum VenueStatus {
    CONNECTED,
    DISCONNECTED,
    /** Connected, but data stopped arriving (or is too old to trade on). */
    STALE;

    /** The code carried in a ring event. */
    public int code() {
        return ordinal() + 1;
    }

    /** @return the status for a ring event's code, or null when unknown */
    public static VenueStatus ofCode(int code) {
        VenueStatus[] all = values();
        return code >= 1 && code <= all.length ? all[code - 1] : null;
    }
}
