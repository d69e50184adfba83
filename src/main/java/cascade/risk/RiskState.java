package cascade.risk;

/** The engine's trading state: ACTIVE trades freely, REDUCING only exits, HALTED sends nothing new. */
public enum RiskState {
    ACTIVE,
    REDUCING,
    HALTED
}
