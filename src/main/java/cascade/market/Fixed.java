package cascade.market;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-point numbers: a value is a {@code long} count of units of 10^-scale. Prices and quantities use
 * the scale of their {@link Instrument}; USD amounts use {@link #USD_SCALE}; rates use
 * {@link #RATE_SCALE}. Parsing is strict: NaN, infinities, overflow and malformed text are rejected at the
 * edge ("corrupt data is worse than no data").
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

    /** Moves a value from one scale to another, rounding half-up when the scale shrinks. */
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
     * Notional in USD micro-dollars of a quantity at a price: qty × price, both in instrument units.
     */
    public static long notionalUsd(long qty, long price, Instrument instrument) {
        double usd = toDouble(qty, instrument.qtyScale()) * toDouble(price, instrument.priceScale());
        return fromDouble(usd, USD_SCALE);
    }

    public static double usd(long micros) {
        return toDouble(micros, USD_SCALE);
    }

    public static long usdMicros(double usd) {
        return fromDouble(usd, USD_SCALE);
    }
}
