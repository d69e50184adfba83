package cascade.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
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
        for (int i = 0; i < 100_000; i++) {
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

    /** x / divisor rounded half away from zero, in BigDecimal. */
    private static BigInteger rounded(BigInteger x, long divisor) {
        return new BigDecimal(x).divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_UP).toBigIntegerExact();
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static boolean fitsLong(BigInteger x) {
        return x.compareTo(LONG_MIN) > 0 && x.compareTo(LONG_MAX) <= 0;
    }

    private static long randomLong(SplittableRandom random) {
        // spread over all magnitudes, not just the huge ones a uniform long would give
        long v = random.nextLong() >>> random.nextInt(64);
        return random.nextBoolean() ? v : -v;
    }

    private static long randomDivisor(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> Fixed.pow10(random.nextInt(19));
            case 1 -> random.nextLong(1, 1_000);
            case 2 -> Fixed.pow10(random.nextInt(19)) * 2;
            default -> Math.max(1, random.nextLong() >>> random.nextInt(64));
        };
    }

    @Test
    void multiplyDivideIsExactAndRoundsHalfAwayFromZero() {
        SplittableRandom random = new SplittableRandom(11);
        int checked = 0;
        for (int i = 0; i < 100_000; i++) {
            long a = randomLong(random);
            long b = randomLong(random);
            long d = randomDivisor(random);
            BigInteger exact = rounded(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)), d);
            if (fitsLong(exact)) {
                assertThat(Fixed.multiplyDivide(a, b, d)).as("%d × %d / %d", a, b, d).isEqualTo(exact.longValueExact());
                checked++;
            } else {
                assertThatThrownBy(() -> Fixed.multiplyDivide(a, b, d)).isInstanceOf(ArithmeticException.class);
            }
        }
        assertThat(checked).isGreaterThan(30_000);
        // ties go away from zero on both sides
        assertThat(Fixed.multiplyDivide(5, 1, 2)).isEqualTo(3);
        assertThat(Fixed.multiplyDivide(-5, 1, 2)).isEqualTo(-3);
        assertThat(Fixed.multiplyDivide(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(Fixed.multiplyDivide(Long.MIN_VALUE, 3, 6)).isEqualTo(Long.MIN_VALUE / 2);
    }

    @Test
    void multiplyAddDivideIsExact() {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 60_000; i++) {
            long a = randomLong(random);
            long b = randomLong(random);
            long c = randomLong(random);
            long e = randomLong(random);
            long d = randomDivisor(random);
            BigInteger sum = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
                    .add(BigInteger.valueOf(c).multiply(BigInteger.valueOf(e)));
            BigInteger exact = rounded(sum, d);
            if (fitsLong(exact)) {
                assertThat(Fixed.multiplyAddDivide(a, b, c, e, d)).isEqualTo(exact.longValueExact());
            } else {
                assertThatThrownBy(() -> Fixed.multiplyAddDivide(a, b, c, e, d))
                        .isInstanceOf(ArithmeticException.class);
            }
        }
    }

    @Test
    void tripleMultiplyDivideIsExact() {
        SplittableRandom random = new SplittableRandom(17);
        int checked = 0;
        for (int i = 0; i < 60_000; i++) {
            long a = randomLong(random);
            long b = randomLong(random);
            long c = randomLong(random);
            long d = randomDivisor(random);
            BigInteger exact = rounded(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
                    .multiply(BigInteger.valueOf(c)), d);
            if (fitsLong(exact)) {
                assertThat(Fixed.multiplyDivide(a, b, c, d)).as("%d × %d × %d / %d", a, b, c, d)
                        .isEqualTo(exact.longValueExact());
                checked++;
            } else {
                assertThatThrownBy(() -> Fixed.multiplyDivide(a, b, c, d)).isInstanceOf(ArithmeticException.class);
            }
        }
        assertThat(checked).isGreaterThan(15_000);
        // 1 000 BTC (qty scale 6) × 120 000 USD (price scale 8) × 0.0001 (1e-10 units) → USD micros: 10^18
        assertThat(Fixed.multiplyDivide(-1_000_000_000L, 12_000_000_000_000L, 1_000_000, Fixed.pow10(18)))
                .isEqualTo(-12_000_000_000L); // -12 000 USD
    }

    @Test
    void tripleMultiplyDividePow10IsExactBeyondALongDivisor() {
        SplittableRandom random = new SplittableRandom(19);
        int checked = 0;
        for (int i = 0; i < 60_000; i++) {
            long a = randomLong(random);
            long b = randomLong(random);
            long c = randomLong(random);
            int exponent = random.nextInt(37);
            BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).multiply(BigInteger.valueOf(c));
            BigInteger exact = new BigDecimal(product).movePointLeft(exponent).setScale(0, RoundingMode.HALF_UP)
                    .toBigIntegerExact();
            if (fitsLong(exact)) {
                assertThat(Fixed.multiplyDividePow10(a, b, c, exponent)).as("%d × %d × %d / 1e%d", a, b, c, exponent)
                        .isEqualTo(exact.longValueExact());
                checked++;
            } else {
                assertThatThrownBy(() -> Fixed.multiplyDividePow10(a, b, c, exponent))
                        .isInstanceOf(ArithmeticException.class);
            }
        }
        assertThat(checked).isGreaterThan(15_000);
        // 5e27 / 1e28 is exactly a half: away from zero; 5e18 (a 2e9th of a unit) less rounds down
        assertThat(Fixed.multiplyDividePow10(5, Fixed.pow10(18), Fixed.pow10(9), 28)).isEqualTo(1);
        assertThat(Fixed.multiplyDividePow10(-5, Fixed.pow10(18), Fixed.pow10(9), 28)).isEqualTo(-1);
        assertThat(Fixed.multiplyDividePow10(5, Fixed.pow10(18), Fixed.pow10(9) - 1, 28)).isZero();
    }

    @Test
    void notionalIsExactAtTheForceOrderScales() {
        Instrument btc = new Instrument(0, "binance", "BTCUSDT", 8, 6);
        long qty = 1_000_123_457L; // 1 000.123457 BTC
        long price = 12_000_012_345_678L; // 120 000.12345678 USD
        BigDecimal exact = new BigDecimal("1000.123457").multiply(new BigDecimal("120000.12345678"))
                .setScale(6, RoundingMode.HALF_UP);
        assertThat(Fixed.notionalUsd(qty, price, btc)).isEqualTo(exact.unscaledValue().longValueExact());
        assertThat(Fixed.notionalUsd(-qty, price, btc)).isEqualTo(-exact.unscaledValue().longValueExact());
        // 0.5 micro rounds away from zero: 0.000001 BTC × 0.5 USD = 0.5 micro
        assertThat(Fixed.notionalUsd(1, 50_000_000, btc)).isEqualTo(1);
        assertThat(Fixed.notionalUsd(-1, 50_000_000, btc)).isEqualTo(-1);
        assertThat(Fixed.notionalUsd(1, 49_999_999, btc)).isZero();
        Instrument coarse = new Instrument(1, "binance", "X", 1, 2);
        assertThat(Fixed.notionalUsd(123, 45, coarse)).isEqualTo(5_535_000); // 1.23 × 4.5 = 5.535
        assertThatThrownBy(() -> Fixed.notionalUsd(Long.MAX_VALUE, Long.MAX_VALUE, btc))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void timesRateIsExact() {
        // 4 947.010001 USD × 0.05 % = 2.4735050005 → 2.473505; × -0.01 % = -0.4947010001 → -0.494701
        assertThat(Fixed.timesRate(4_947_010_001L, 5_000_000)).isEqualTo(2_473_505);
        assertThat(Fixed.timesRate(4_947_010_001L, -1_000_000)).isEqualTo(-494_701);
        assertThat(Fixed.timesRate(1_000_000_000_000_000_000L, 5_000_000)).isEqualTo(500_000_000_000_000L);
        assertThat(Fixed.timesRate(5, 5_000_000_000L)).isEqualTo(3); // 2.5 → 3
        assertThat(Fixed.timesRate(-5, 5_000_000_000L)).isEqualTo(-3);
    }
}
