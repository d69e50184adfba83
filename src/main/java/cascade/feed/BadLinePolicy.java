package cascade.feed;

/** What a reader does with a malformed line: stop with an error (default) or count it and go on. */
public enum BadLinePolicy {
    FAIL,
    SKIP
}
