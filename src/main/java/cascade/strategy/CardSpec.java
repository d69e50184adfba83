package cascade.strategy;

import cascade.signal.Card;

/** A card as a mode uses it: the card instance and its weight in the composite bias. */
public record CardSpec(Card card, double weight) {
}
