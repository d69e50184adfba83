package cascade.market;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-point numbers: a value is a {@code long} count of units of 10^-scale. Prices and quantities use
 * the scale of their {@link Instrument}; USD amounts use {@link #USD_SCALE}; rates use
 * {@link #RATE_SCALE}. Parsing is strict: NaN, infinities, overflow and malformed text are rejected at the
 * edge ("corrupt data is worse than no data").
 *
 * <p>Every rounding here is half away from zero (BigDecimal's HALF_UP): 2.5 → 3, −2.5 → −3. The
 * multiply-divide helpers are exact (128- or 192-bit intermediates, no allocation) and throw
 * {@link ArithmeticException} only when the rounded result itself does not fit a long.
 */
public final class Fixed {
    /** USD amounts (notional, liquidated volume, PnL, fees) in micro-dollars. */
    public static final int USD_SCALE = 6;
    /** Funding rates and other small fractions in units of 1e-10. */
    public static final int RATE_SCALE = 10;
    /** Marks an unknown value (a blank optional column): never a valid amount. */
    public static final long UNKNOWN = Long.MIN_VALUE;

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private Fixed() {
    }

    public static long pow10(int n) {
        return POW10[n];
    }

    /**
     * Parses decimal text (plain or scientific notation) into units of 10^-scale, rounding half away from zero
     * (BigDecimal's HALF_UP). The magnitude is judged from the number's digits and exponent before anything is
     * rescaled, so an absurd exponent costs nothing: a value of 10^19 units or more ("1e30000000") is out of
     * range, and one below a tenth of a unit ("1e-30000000") is 0 — a tiny value is not corrupt, it rounds to 0.
     *
     * @throws NumberFormatException with a reason when the text is not a finite decimal or overflows
     */
    public static long parse(CharSequence text, int scale) {
        String s = text.toString().trim();
        if (s.isEmpty()) {
            throw new NumberFormatException("empty number");
        }
        char c0 = s.charAt(0);
        if (c0 == 'N' || c0 == 'n' || s.contains("Inf") || s.contains("inf")) {
            throw new NumberFormatException("not a finite number: '" + s + "'");
        }
        BigDecimal d;
        try {
            d = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("not a number: '" + s + "'");
        }
        if (d.signum() == 0) {
            return 0;
        }
        // |d| × 10^scale lies in [10^(magnitude - 1), 10^magnitude): decide the extremes without rescaling
        long magnitude = (long) d.precision() - d.scale() + scale;
        if (magnitude <= -1) {
            return 0; // below 0.1 units: rounds to 0
        }
        if (magnitude > 19) {
            throw new NumberFormatException("number out of range: '" + s + "'"); // at least 10^19 > Long.MAX_VALUE
        }
        try {
            return d.setScale(scale, RoundingMode.HALF_UP).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException("number out of range: '" + s + "'");
        }
    }

    /**
     * Converts a finite double to fixed point: value × 10^scale (one double multiplication, so 0.15 at scale 1 is
     * 1.5 and gives 2, as the text "0.15" would) rounded half away from zero: 2.5 → 3, −2.5 → −3. Exact for any
     * product of magnitude 2^52 or more (those doubles are integers).
     *
     * @throws IllegalArgumentException when the value is not finite or its magnitude is 9.2e18 units or more
     */
    public static long fromDouble(double value, int scale) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        double scaled = value * POW10[scale];
        if (Math.abs(scaled) >= 9.2e18) {
            throw new IllegalArgumentException("number out of range: " + value);
        }
        // Math.round rounds half towards positive infinity (and gets nextDown(0.5) right): mirror it for negatives
        return scaled >= 0 ? Math.round(scaled) : -Math.round(-scaled);
    }

    public static double toDouble(long units, int scale) {
        return units / (double) POW10[scale];
    }

    public static BigDecimal toBigDecimal(long units, int scale) {
        return BigDecimal.valueOf(units, scale);
    }

    /** Moves a value from one scale to another, rounding half away from zero when the scale shrinks. */
    public static long rescale(long units, int fromScale, int toScale) {
        if (toScale >= fromScale) {
            return Math.multiplyExact(units, POW10[toScale - fromScale]);
        }
        long div = POW10[fromScale - toScale];
        long q = units / div;
        long r = units % div;
        if (Math.abs(r) * 2 >= div) {
            q += Long.signum(units);
        }
        return q;
    }

    /**
     * Notional in USD micro-dollars of a quantity at a price, both in the instrument's units: qty × price exactly
     * (a 128-bit product), rounded once to the micro half away from zero. No allocation.
     *
     * @throws ArithmeticException when the notional does not fit a long (above 9.2e12 USD)
     */
    public static long notionalUsd(long qty, long price, Instrument instrument) {
        int scale = instrument.qtyScale() + instrument.priceScale();
        if (scale >= USD_SCALE) {
            return multiplyDivide(qty, price, POW10[scale - USD_SCALE]);
        }
        return Math.multiplyExact(Math.multiplyExact(qty, price), POW10[USD_SCALE - scale]);
    }

    /**
     * An amount times a rate in {@link #RATE_SCALE} units (a fee, a funding payment on a notional), in the
     * amount's units: exact, rounded half away from zero.
     */
    public static long timesRate(long amount, long rateUnits) {
        return multiplyDivide(amount, rateUnits, POW10[RATE_SCALE]);
    }

    /**
     * a × b / divisor exactly (a 128-bit intermediate), rounded half away from zero; no allocation.
     *
     * @param divisor &gt; 0
     * @throws ArithmeticException when the result does not fit a long
     */
    public static long multiplyDivide(long a, long b, long divisor) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if (hi == (lo >> 63)) { // the product fits a long: the common case
            if (divisor <= 0) {
                throw new IllegalArgumentException("divisor must be > 0, was " + divisor);
            }
            long q = lo / divisor;
            long r = lo % divisor;
            if (Math.abs(r) >= divisor - Math.abs(r)) {
                q += Long.signum(lo);
            }
            return q;
        }
        return divide128(hi, lo, divisor);
    }

    /**
     * (a × b + c × d) / divisor exactly (128-bit intermediates), rounded half away from zero; no allocation. For
     * weighted averages such as an average entry price.
     *
     * @param divisor &gt; 0
     * @throws ArithmeticException when the result does not fit a long
     */
    public static long multiplyAddDivide(long a, long b, long c, long d, long divisor) {
        long lo1 = a * b;
        long lo2 = c * d;
        long lo = lo1 + lo2;
        long carry = Long.compareUnsigned(lo, lo1) < 0 ? 1 : 0;
        // each product is within ±2^126, so the sum cannot leave the signed 128-bit range
        long hi = Math.multiplyHigh(a, b) + Math.multiplyHigh(c, d) + carry;
        return divide128(hi, lo, divisor);
    }

    /**
     * a × b × c / divisor exactly (a 192-bit intermediate), rounded half away from zero; no allocation. For
     * quantity × price × rate.
     *
     * @param divisor &gt; 0
     * @throws ArithmeticException when the result does not fit a long
     */
    public static long multiplyDivide(long a, long b, long c, long divisor) {
        if (divisor <= 0) {
            throw new IllegalArgumentException("divisor must be > 0, was " + divisor);
        }
        return tripleProductDivided(a, b, c, divisor, 1);
    }

    /**
     * a × b × c / 10^exponent exactly (a 192-bit intermediate), rounded half away from zero; no allocation. The
     * exponent may exceed 18 (a divisor beyond a long): quantity × price × rate at fine instrument scales.
     *
     * @param exponent 0..36
     * @throws ArithmeticException when the result does not fit a long
     */
    public static long multiplyDividePow10(long a, long b, long c, int exponent) {
        if (exponent < 0 || exponent > 36) {
            throw new IllegalArgumentException("exponent must be in 0..36, was " + exponent);
        }
        int first = Math.min(exponent, 18);
        return tripleProductDivided(a, b, c, POW10[first], POW10[exponent - first]);
    }

    private static long tripleProductDivided(long a, long b, long c, long d1, long d2) {
        boolean negative = (a < 0) ^ (b < 0) ^ (c < 0);
        long x = Math.abs(a); // Long.MIN_VALUE stays 2^63 read as unsigned
        long y = Math.abs(b);
        long z = Math.abs(c);
        if (x == 0 || y == 0 || z == 0) {
            return 0;
        }
        // x × y = p1:p0, then × z = w2:w1:w0 (all unsigned)
        long p1 = unsignedMultiplyHigh(x, y);
        long p0 = x * y;
        long l0 = p0 * z;
        long h0 = unsignedMultiplyHigh(p0, z);
        long l1 = p1 * z;
        long h1 = unsignedMultiplyHigh(p1, z);
        long w1 = l1 + h0;
        long w2 = h1 + (Long.compareUnsigned(w1, l1) < 0 ? 1 : 0);
        long q = divideMagnitude(w2, w1, l0, d1, d2);
        return negative ? -q : q;
    }

    /** A signed 128-bit value hi:lo divided by divisor &gt; 0, rounded half away from zero. */
    private static long divide128(long hi, long lo, long divisor) {
        if (divisor <= 0) {
            throw new IllegalArgumentException("divisor must be > 0, was " + divisor);
        }
        boolean negative = hi < 0;
        if (negative) { // two's-complement negation of hi:lo
            lo = -lo;
            hi = ~hi + (lo == 0 ? 1 : 0);
        }
        long q = divideMagnitude(0, hi, lo, divisor, 1);
        return negative ? -q : q;
    }

    /**
     * The unsigned 192-bit value w2:w1:w0 divided by d1 × d2 (both &gt; 0), rounded half up:
     * floor(floor((value + floor(d1 × d2 / 2)) / d1) / d2), which rounds a remainder of exactly half up, is exact
     * for odd divisors too, and needs no product d1 × d2 beyond 128 bits.
     *
     * @throws ArithmeticException unless the result is below 2^63
     */
    private static long divideMagnitude(long w2, long w1, long w0, long d1, long d2) {
        long halfHi = unsignedMultiplyHigh(d1, d2);
        long halfLo = d1 * d2;
        halfLo = (halfLo >>> 1) | (halfHi << 63);
        halfHi >>>= 1;
        long s0 = w0 + halfLo;
        long carry0 = Long.compareUnsigned(s0, w0) < 0 ? 1 : 0;
        long t1 = w1 + halfHi;
        long carry1 = Long.compareUnsigned(t1, w1) < 0 ? 1 : 0;
        long s1 = t1 + carry0;
        if (carry0 == 1 && s1 == 0) {
            carry1 = 1;
        }
        long s2 = w2 + carry1;
        if (s2 == 0 && s1 == 0 && d2 == 1) { // fits 64 bits: one plain division
            return checked(Long.divideUnsigned(s0, d1));
        }
        long q2 = Long.divideUnsigned(s2, d1);
        long r = Long.remainderUnsigned(s2, d1);
        long q1 = divideUnsigned128(r, s1, d1);
        r = s1 - q1 * d1;
        long q0 = divideUnsigned128(r, s0, d1);
        if (d2 != 1) {
            r = Long.remainderUnsigned(q2, d2);
            q2 = Long.divideUnsigned(q2, d2);
            long n1 = q1;
            q1 = divideUnsigned128(r, n1, d2);
            r = n1 - q1 * d2;
            q0 = divideUnsigned128(r, q0, d2);
        }
        if (q2 != 0 || q1 != 0) {
            throw new ArithmeticException("long overflow");
        }
        return checked(q0);
    }

    private static long checked(long magnitude) {
        if (magnitude < 0) {
            throw new ArithmeticException("long overflow");
        }
        return magnitude;
    }

    /**
     * floor(u1:u0 / v) for unsigned words with u1 &lt; v (so the quotient fits 64 bits): Knuth's algorithm D on
     * 32-bit digits, after Hacker's Delight's divlu.
     */
    private static long divideUnsigned128(long u1, long u0, long v) {
        if (u1 == 0) {
            return Long.divideUnsigned(u0, v);
        }
        final long b = 1L << 32;
        int shift = Long.numberOfLeadingZeros(v);
        v <<= shift;
        long vn1 = v >>> 32;
        long vn0 = v & 0xFFFF_FFFFL;
        long un32 = shift == 0 ? u1 : (u1 << shift) | (u0 >>> (64 - shift));
        long un10 = u0 << shift;
        long un1 = un10 >>> 32;
        long un0 = un10 & 0xFFFF_FFFFL;

        long q1 = Long.divideUnsigned(un32, vn1);
        long rhat = un32 - q1 * vn1;
        while (q1 >= b || Long.compareUnsigned(q1 * vn0, (rhat << 32) + un1) > 0) {
            q1--;
            rhat += vn1;
            if (rhat >= b) {
                break;
            }
        }
        long un21 = (un32 << 32) + un1 - q1 * v;
        long q0 = Long.divideUnsigned(un21, vn1);
        rhat = un21 - q0 * vn1;
        while (q0 >= b || Long.compareUnsigned(q0 * vn0, (rhat << 32) + un0) > 0) {
            q0--;
            rhat += vn1;
            if (rhat >= b) {
                break;
            }
        }
        return (q1 << 32) + q0;
    }

    private static long unsignedMultiplyHigh(long x, long y) {
        return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
    }

    public static double usd(long micros) {
        return toDouble(micros, USD_SCALE);
    }

    public static long usdMicros(double usd) {
        return fromDouble(usd, USD_SCALE);
    }
}
