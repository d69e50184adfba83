package cascade.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascade.market.Side;
import org.junit.jupiter.api.Test;

class ImbalanceCardTest {
    private final ImbalanceCard card = new ImbalanceCard();
    private final Reading r = new Reading();

    @Test
    void ratioIsLongShareOfLiquidatedUsd() {
        CardTapes tape = CardTapes.bars();
        long close = tape.bar(0, 750_000, 250_000);

        card.evaluate(tape.state(), close, new Window("1bar", CardTapes.BAR), r);

        assertThat(r.value).isEqualTo(0.75);
        assertThat(r.score).isEqualTo(-0.5);
        assertThat(r.strength).isEqualTo(0.5);
        assertThat(r.confidence).isEqualTo(1.0);
    }

    @Test
    void noLiquidationsGiveNoReading() {
        CardTapes tape = CardTapes.bars();
        long close = tape.bar(0, 0, 0);

        card.evaluate(tape.state(), close, new Window("1bar", CardTapes.BAR), r);

        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("no liquidations");
        assertThat(r.value).isNaN();
    }

    @Test
    void oneSideOnlyIsTheExtreme() {
        CardTapes tape = CardTapes.bars();
        long close = tape.bar(0, 0, 5_000);

        card.evaluate(tape.state(), close, new Window("1bar", CardTapes.BAR), r);

        assertThat(r.value).isEqualTo(0.0);
        assertThat(r.score).isEqualTo(1.0);
        assertThat(r.strength).isEqualTo(1.0);
    }

    @Test
    void windowLongerThanTheDataSoFarGivesNoReading() {
        CardTapes tape = CardTapes.bars();
        long close = tape.bar(0, 100, 100);

        card.evaluate(tape.state(), close, new Window("2bar", 2 * CardTapes.BAR), r);

        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("window not covered by data yet");
    }

    @Test
    void eventLevelWindowsSumForcedOrdersInUsdBySide() {
        CardTapes tape = new CardTapes(10_000, 400);
        long t = CardTapes.T0;
        tape.liquidation(t + 1_000, Side.SELL, 100_000, 0.3);   // long liquidated: 30 000 USD
        tape.liquidation(t + 25_000, Side.BUY, 100_000, 0.1);   // short liquidated: 10 000 USD
        tape.liquidation(t + 61_000, Side.SELL, 100_000, 0.5);  // after the 1 m window ends

        card.evaluate(tape.state(), t + 60_000, new Window("1m", 60_000), r);

        assertThat(r.value).isCloseTo(0.75, within(1e-12));
        card.evaluate(tape.state(), t + 70_000, new Window("1m", 60_000), r);
        // [10 s, 70 s): the 10 000 short and the 50 000 long
        assertThat(r.value).isCloseTo(50_000.0 / 60_000.0, within(1e-12));
    }
}
