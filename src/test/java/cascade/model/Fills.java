package cascade.model;

import cascade.market.Side;

/** Fills for tests, with the role written as the store shows it ("scalp/entry", "stop"). */
public final class Fills {
    private Fills() {
    }

    /** {@code tag} is "mode/purpose" or "purpose"; a label that is no purpose becomes EXTERNAL. */
    public static Fill of(long orderId, int instrument, long timeMs, Side side, long price, long qty, long feeUsd,
            boolean maker, boolean liquidation, String tag) {
        int slash = tag.indexOf('/');
        String mode = slash < 0 ? "" : tag.substring(0, slash);
        Purpose purpose = Purpose.ofLabel(slash < 0 ? tag : tag.substring(slash + 1));
        return new Fill(orderId, orderId, instrument, timeMs, side, price, qty, feeUsd, maker, liquidation, mode,
                purpose == null ? Purpose.EXTERNAL : purpose, 0);
    }
}
