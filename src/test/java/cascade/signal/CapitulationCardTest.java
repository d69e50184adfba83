package cascade.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapitulationCardTest {
    private static final Window ONE_BAR = new Window("1bar", CardTapes.BAR);
    private final Reading r = new Reading();

    /** Five quiet bars of 100 USD total each, then the bar under test. */
    private static long baselineThen(CardTapes tape, double longUsd, double shortUsd) {
        for (int i = 0; i < 5; i++) {
            tape.bar(i, 50, 50);
        }
        return tape.bar(5, longUsd, shortUsd);
    }

    @Test
    void heavyLongFlushIsBullishContrarian() {
        CardTapes tape = CardTapes.bars();
        long close = baselineThen(tape, 270, 30); // ratio 0.9, 3× the median 100

        new CapitulationCard(0.8, 0.2, 2.0, 5).evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.score).isEqualTo(1.0);
        assertThat(r.value).isEqualTo(3.0);
        assertThat(r.strength).isEqualTo(0.75); // 3 / (2 × 2)
        assertThat(r.confidence).isEqualTo(1.0);
        assertThat(r.note).isEqualTo("longs flushed");
    }

    @Test
    void heavyShortFlushIsBearish() {
        CardTapes tape = CardTapes.bars();
        long close = baselineThen(tape, 20, 480); // ratio 0.04, 5× the median

        new CapitulationCard(0.8, 0.2, 2.0, 5).evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.score).isEqualTo(-1.0);
        assertThat(r.strength).isEqualTo(1.0);
        assertThat(r.note).isEqualTo("shorts flushed");
    }

    @Test
    void extremeRatioOnLightVolumeIsNoSignal() {
        CardTapes tape = CardTapes.bars();
        long close = baselineThen(tape, 180, 10); // ratio 0.947 but only 1.9× the median

        new CapitulationCard(0.8, 0.2, 2.0, 5).evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.score).isZero();
        assertThat(r.confidence).isEqualTo(1.0);
        assertThat(r.value).isEqualTo(1.9);
        assertThat(r.note).isEqualTo("volume below baseline");
    }

    @Test
    void heavyButBalancedIsNoSignal() {
        CardTapes tape = CardTapes.bars();
        long close = baselineThen(tape, 600, 400); // ratio 0.6, 10×

        new CapitulationCard(0.8, 0.2, 2.0, 5).evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.score).isZero();
        assertThat(r.note).isEqualTo("heavy but balanced");
    }

    @Test
    void ratioExactlyAtTheThresholdDoesNotTrigger() {
        CardTapes tape = CardTapes.bars();
        long close = baselineThen(tape, 800, 200); // ratio exactly 0.8

        new CapitulationCard(0.8, 0.2, 2.0, 5).evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.score).isZero();
    }

    @Test
    void noReadingUntilTheBaselineIsCovered() {
        CardTapes tape = CardTapes.bars();
        for (int i = 0; i < 4; i++) {
            tape.bar(i, 50, 50);
        }
        long close = tape.bar(4, 900, 10); // only 4 bars of history before it

        new CapitulationCard(0.8, 0.2, 2.0, 5).evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.confidence).isZero();
        assertThat(r.note).startsWith("warming up");
    }

    @Test
    void medianOfAnEvenBaselineAveragesTheMiddleTwo() {
        CardTapes tape = CardTapes.bars();
        double[] totals = {10, 40, 20, 30};
        for (int i = 0; i < totals.length; i++) {
            tape.bar(i, totals[i] / 2, totals[i] / 2);
        }
        long close = tape.bar(4, 100, 0); // median (20 + 30) / 2 = 25 → 4×

        new CapitulationCard(0.8, 0.2, 2.0, 4).evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.value).isEqualTo(4.0);
        assertThat(r.score).isEqualTo(1.0);
    }

    @Test
    void mirroredInputNegatesTheScore() {
        CardTapes a = CardTapes.bars();
        CardTapes b = CardTapes.bars();
        long ca = baselineThen(a, 270, 30);
        long cb = baselineThen(b, 30, 270);
        CapitulationCard card = new CapitulationCard(0.8, 0.2, 2.0, 5);
        Reading rb = new Reading();

        card.evaluate(a.state(), ca, ONE_BAR, r);
        card.evaluate(b.state(), cb, ONE_BAR, rb);

        assertThat(rb.score).isEqualTo(-r.score);
        assertThat(rb.strength).isEqualTo(r.strength);
    }
}
