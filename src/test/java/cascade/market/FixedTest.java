package cascade.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FixedTest {

    /** value × 10^scale as one double product, then rounded half away from zero (BigDecimal's HALF_UP) exactly. */
    private static long expected(double value, int scale) {
        return new BigDecimal(value * Math.pow(10, scale)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    @Test
    void fromDoubleRoundsHalfAwayFromZero() {
        assertThat(Fixed.fromDouble(2.5, 0)).isEqualTo(3);
        assertThat(Fixed.fromDouble(-2.5, 0)).isEqualTo(-3);
        assertThat(Fixed.fromDouble(-0.5, 0)).isEqualTo(-1);
        assertThat(Fixed.fromDouble(-1.5, 0)).isEqualTo(-2);
        assertThat(Fixed.fromDouble(-0.000_0025, 6)).isEqualTo(-3); // -2.5 micros: the product is exactly -2.5
        assertThat(Fixed.fromDouble(-2.4, 0)).isEqualTo(-2);
        assertThat(Fixed.fromDouble(-2.6, 0)).isEqualTo(-3);
    }

    @Test
    void fromDoubleJustBelowAHalfRoundsDown() {
        double belowHalf = Math.nextDown(0.5); // 0.49999999999999994
        assertThat(Fixed.fromDouble(belowHalf, 0)).isZero();
        assertThat(Fixed.fromDouble(-belowHalf, 0)).isZero();
        assertThat(Fixed.fromDouble(Math.nextDown(2.5), 0)).isEqualTo(2);
        assertThat(Fixed.fromDouble(-Math.nextDown(2.5), 0)).isEqualTo(-2);
    }

    @Test
    void fromDoubleIsExactForLargeValues() {
        // above 2^52 every double is an integer: nothing to round, nothing may be lost
        assertThat(Fixed.fromDouble(4_503_599_627_370_497.0, 0)).isEqualTo(4_503_599_627_370_497L);
        assertThat(Fixed.fromDouble(-4_503_599_627_370_497.0, 0)).isEqualTo(-4_503_599_627_370_497L);
        assertThat(Fixed.fromDouble(9.1e18, 0)).isEqualTo(9_100_000_000_000_000_000L);
        assertThat(Fixed.fromDouble(-9.1e18, 0)).isEqualTo(-9_100_000_000_000_000_000L);
        assertThat(Fixed.fromDouble(91_000_000_000.123_456, 6)).isEqualTo(expected(91_000_000_000.123_456, 6));
        assertThatThrownBy(() -> Fixed.fromDouble(9.3e18, 0)).hasMessageContaining("number out of range");
        assertThatThrownBy(() -> Fixed.fromDouble(-1e13, 6)).hasMessageContaining("number out of range");
    }

    @Test
    void fromDoubleRoundsTheScaledProductLikeTheDecimalItWasWrittenAs() {
        // the double nearest 0.15 is 0.1499999999999999944…, but 0.15 × 10 is 1.5 in double: 2, as "0.15" parses
        assertThat(0.15 * 10).isEqualTo(1.5);
        assertThat(Fixed.fromDouble(0.15, 1)).isEqualTo(2).isEqualTo(Fixed.parse("0.15", 1));
        assertThat(Fixed.fromDouble(-0.15, 1)).isEqualTo(-2).isEqualTo(Fixed.parse("-0.15", 1));
    }

    @Test
    void fromDoubleAgreesWithBigDecimalOnRandomValues() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            int scale = random.nextInt(0, 11);
            double magnitude = Math.pow(10, random.nextInt(-4, 8));
            // many values on or next to a half unit, where rounding matters
            double v = random.nextBoolean() ? (random.nextInt(-1_000_000, 1_000_000) + 0.5) / Math.pow(10, scale)
                    : (random.nextDouble() * 2 - 1) * magnitude;
            if (random.nextInt(4) == 0) {
                v = random.nextBoolean() ? Math.nextUp(v) : Math.nextDown(v);
            }
            if (Math.abs(v) * Math.pow(10, scale) >= 9e18) {
                continue;
            }
            assertThat(Fixed.fromDouble(v, scale)).as("%s at scale %d", v, scale).isEqualTo(expected(v, scale));
        }
    }

    @Test
    void parseRejectsAbsurdlyLargeExponentsAsOutOfRange() {
        for (String text : new String[] {"1e30000000", "-1e30000000", "1e2147483647", "9.9e19", "1e11", "92233720368.54775808"}) {
            assertThatThrownBy(() -> Fixed.parse(text, 8)).as(text)
                    .isInstanceOf(NumberFormatException.class)
                    .hasMessage("number out of range: '" + text + "'");
        }
        assertThat(Fixed.parse("92233720368.54775807", 8)).isEqualTo(Long.MAX_VALUE);
        assertThat(Fixed.parse("-92233720368.54775808", 8)).isEqualTo(Long.MIN_VALUE);
        assertThat(Fixed.parse("9.2233720368547758e10", 8)).isEqualTo(9_223_372_036_854_775_800L);
        assertThat(Fixed.parse("1e10", 8)).isEqualTo(1_000_000_000_000_000_000L);
        assertThat(Fixed.parse("0.0000000000000000001e29", 8)).isEqualTo(1_000_000_000_000_000_000L);
    }

    @Test
    void parseRoundsTinyValuesToZeroWithoutRescalingThem() {
        assertThat(Fixed.parse("1e-30000000", 8)).isZero();
        assertThat(Fixed.parse("-1e-30000000", 8)).isZero();
        // today's BigDecimal.setScale cannot even build 10^2147483639 and called this "out of range"
        assertThat(Fixed.parse("1e-2147483647", 8)).isZero();
        assertThat(Fixed.parse("0e30000000", 8)).isZero();
        assertThat(Fixed.parse("0e-2147483647", 8)).isZero();
        assertThat(Fixed.parse("0.000000005", 8)).isEqualTo(1); // half rounds away from zero
        assertThat(Fixed.parse("-0.000000005", 8)).isEqualTo(-1);
        assertThat(Fixed.parse("0.0000000049999", 8)).isZero();
        assertThat(Fixed.parse("5e-9", 8)).isEqualTo(1);
        assertThat(Fixed.parse("4.9e-9", 8)).isZero();
        assertThat(Fixed.parse("0.9e-9", 8)).isZero();
    }

    @Test
    void parseKeepsItsOtherChecks() {
        assertThat(Fixed.parse("97871.92", 2)).isEqualTo(9_787_192);
        assertThat(Fixed.parse(" 1.005 ", 2)).isEqualTo(101);
        assertThatThrownBy(() -> Fixed.parse("", 2)).hasMessage("empty number");
        assertThatThrownBy(() -> Fixed.parse("NaN", 2)).hasMessage("not a finite number: 'NaN'");
        assertThatThrownBy(() -> Fixed.parse("12x", 2)).hasMessage("not a number: '12x'");
    }
}
