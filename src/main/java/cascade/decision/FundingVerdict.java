package cascade.decision;

/** What the {@link FundingGate} said about a new entry, with the reason a decision records. */
public enum FundingVerdict {
    ALLOWED(true, "funding not extreme"),
    ALLOWED_NO_DATA(true, "no funding data"),
    ALLOWED_SHORT_HISTORY(true, "funding history too short for a z-score"),
    DENIED_CROWDED_LONGS(false, "extreme positive funding: longs are crowded"),
    DENIED_CROWDED_SHORTS(false, "extreme negative funding: shorts are crowded");

    private final boolean allowed;
    private final String reason;

    FundingVerdict(boolean allowed, String reason) {
        this.allowed = allowed;
        this.reason = reason;
    }

    public boolean allowed() {
        return allowed;
    }

    public String reason() {
        return reason;
    }
}
