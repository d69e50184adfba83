package cascade.model;

/** A position as it stood at one moment (a copy, safe to queue). */
public record PositionSnapshot(int instrument, long qty, long entryPrice, long marginUsd, long liquidationPrice)
        implements Position {
}
