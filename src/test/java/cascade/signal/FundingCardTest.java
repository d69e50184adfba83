package cascade.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FundingCardTest {
    private static final Window ONE_BAR = new Window("1bar", CardTapes.BAR);
    private static final long HOUR = 3_600_000L;
    /**
     * Four settlements before the latest: mean 0.00015, population standard deviation 0.00005. With 4 h
     * bars and 8 h funding each settlement is repeated at two bar closes, as in the bar files.
     */
    private static final double[] HISTORY = {0.0001, 0.0001, 0.0002, 0.0002};

    private final FundingCard card = new FundingCard(4, 2.0, 8);
    private final Reading r = new Reading();

    /** Bars from {@code firstBar}: each settlement of {@code rates} at two closes; returns the last close. */
    private static long settlements(CardTapes tape, int firstBar, double... rates) {
        long close = 0;
        for (int p = 0; p < rates.length; p++) {
            tape.bar(firstBar + 2 * p, 50, 50, Double.NaN, rates[p]);
            close = tape.bar(firstBar + 2 * p + 1, 50, 50, Double.NaN, rates[p]);
        }
        return close;
    }

    private static double[] historyThen(double latest) {
        return new double[] {HISTORY[0], HISTORY[1], HISTORY[2], HISTORY[3], latest};
    }

    @Test
    void extremePositiveFundingMeansCrowdedLongsAndIsBearish() {
        CardTapes tape = CardTapes.bars();
        long close = settlements(tape, 0, historyThen(0.0003)); // z = (0.0003 − 0.00015) / 0.00005 = 3

        card.evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.score).isCloseTo(-0.75, within(1e-9)); // −3 / (2 × 2)
        assertThat(r.strength).isCloseTo(0.75, within(1e-9));
        assertThat(r.confidence).isEqualTo(1.0);
        assertThat(r.value).isCloseTo(3.0, within(1e-9));
        assertThat(r.note).isEqualTo("crowded longs");
    }

    @Test
    void fundingPinnedAtTheDefaultThenTurningNegativeMeansCrowdedShorts() {
        CardTapes tape = CardTapes.bars();
        long close = settlements(tape, 0, 0.0001, 0.0001, 0.0001, 0.0001, -0.00002);

        card.evaluate(tape.state(), close, ONE_BAR, r);

        // standard deviation 0 → the floor 0.00001: z = (−0.00002 − 0.0001) / 0.00001 = −12
        assertThat(r.value).isCloseTo(-12.0, within(1e-9));
        assertThat(r.score).isEqualTo(1.0);
        assertThat(r.strength).isEqualTo(1.0);
        assertThat(r.note).isEqualTo("crowded shorts");
    }

    @Test
    void fundingWithinItsUsualRangeScoresZero() {
        CardTapes tape = CardTapes.bars();
        long close = settlements(tape, 0, historyThen(0.0002)); // z = 1

        card.evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.score).isZero();
        assertThat(r.strength).isCloseTo(0.25, within(1e-9));
        assertThat(r.value).isCloseTo(1.0, within(1e-9));
        assertThat(r.note).isEqualTo("funding not extreme");
    }

    @Test
    void aHighZScoreWhileShortsStillPayIsNotCrowdedLongs() {
        CardTapes tape = CardTapes.bars();
        // mean −0.00025, sd 0.00005: −0.00005 is z = 4, but longs are being paid, not paying
        long close = settlements(tape, 0, -0.0003, -0.0003, -0.0002, -0.0002, -0.00005);

        card.evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.score).isZero();
        assertThat(r.strength).isEqualTo(1.0);
        assertThat(r.value).isCloseTo(4.0, within(1e-9));
        assertThat(r.note).isEqualTo("funding not extreme");
    }

    @Test
    void fewerSettlementsThanTheHistoryGiveNoReading() {
        CardTapes tape = CardTapes.bars();
        long close = settlements(tape, 0, 0.0001, 0.0001, 0.0002, 0.0003); // the latest and 3 before it

        card.evaluate(tape.state(), close, ONE_BAR, r);

        assertThat(r.confidence).isZero();
        assertThat(r.value).isNaN();
        assertThat(r.note).isEqualTo("warming up: funding history too short");
    }

    @Test
    void blankFundingGivesNoReadingUntilEnoughSettlementsExist() {
        CardTapes tape = CardTapes.bars();
        long close = 0;
        for (int i = 0; i < 4; i++) {
            close = tape.bar(i, 50, 50, Double.NaN, Double.NaN); // blank, as before 2025-03-08 in the dev set
        }
        card.evaluate(tape.state(), close, ONE_BAR, r);
        assertThat(r.confidence).isZero();
        assertThat(r.note).isEqualTo("no funding data");

        close = settlements(tape, 4, historyThen(0.0003));
        card.evaluate(tape.state(), close, ONE_BAR, r);
        assertThat(r.score).isCloseTo(-0.75, within(1e-9));
    }

    @Test
    void eventDataSettlementsOnceEachGiveTheSameReading() {
        CardTapes tape = new CardTapes(10_000, 400);
        double[] rates = historyThen(0.0003);
        for (int k = 0; k < rates.length; k++) {
            tape.funding(CardTapes.T0 + k * 8 * HOUR, rates[k]);
        }

        card.evaluate(tape.state(), CardTapes.T0 + 33 * HOUR, new Window("1m", 60_000), r);

        assertThat(r.score).isCloseTo(-0.75, within(1e-9));
        assertThat(r.value).isCloseTo(3.0, within(1e-9));
        assertThat(r.note).isEqualTo("crowded longs");
    }

    @Test
    void negatedFundingNegatesTheScore() {
        CardTapes a = CardTapes.bars();
        CardTapes b = CardTapes.bars();
        long ca = settlements(a, 0, 0.0001, 0.0001, 0.0002, 0.0002, 0.0003);
        long cb = settlements(b, 0, -0.0001, -0.0001, -0.0002, -0.0002, -0.0003);
        Reading rb = new Reading();

        card.evaluate(a.state(), ca, ONE_BAR, r);
        card.evaluate(b.state(), cb, ONE_BAR, rb);

        assertThat(rb.score).isEqualTo(-r.score).isCloseTo(0.75, within(1e-9));
        assertThat(rb.strength).isEqualTo(r.strength);
        assertThat(rb.value).isEqualTo(-r.value);
        assertThat(rb.note).isEqualTo("crowded shorts");
    }
}
