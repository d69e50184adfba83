package cascade.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Number and time formatting shared by the summary, the HTML report and the charts: Locale.ROOT and UTC
 * so the same run prints the same text everywhere. Undefined values (NaN, infinities) print as "n/a".
 */
public final class ReportFormat {
    /** What an undefined figure prints as. */
    public static final String NOT_AVAILABLE = "n/a";
    /** What a figure that does not apply (e.g. win rate of buy-and-hold) prints as. */
    public static final String NOT_APPLICABLE = "-";

    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UTC_MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final double MS_PER_DAY = 24 * 60 * 60 * 1000d;

    private ReportFormat() {
    }

    /** A fraction as a percentage with 2 decimals: 0.21 → "21.00%". */
    public static String percent(double fraction) {
        return Double.isFinite(fraction) ? fixed(fraction * 100, 2) + "%" : NOT_AVAILABLE;
    }

    /** A plain ratio with 2 decimals: 1.3661 → "1.37". */
    public static String ratio(double value) {
        return Double.isFinite(value) ? fixed(value, 2) : NOT_AVAILABLE;
    }

    /** USD with thousands separators and cents: -1234.5 → "-1,234.50". */
    public static String usd(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%,.2f", value + 0.0) : NOT_AVAILABLE;
    }

    /** A price or quantity in its shortest exact decimal form: 66000.0 → "66000", 0.5 → "0.5". */
    public static String plain(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : NOT_AVAILABLE;
    }

    /**
     * A price or quantity rounded to 8 decimals, then in its shortest form: 122115.77000000002 (a sum in
     * doubles) → "122115.77".
     */
    public static String price(double value) {
        return Double.isFinite(value) ? new BigDecimal(value).setScale(8, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString() : NOT_AVAILABLE;
    }

    /** Epoch milliseconds as "yyyy-MM-dd HH:mm:ss UTC". */
    public static String utc(long epochMs) {
        return UTC_TIME.format(Instant.ofEpochMilli(epochMs));
    }

    /** Epoch milliseconds as "yyyy-MM-dd HH:mm" (UTC), for tables that must not wrap. */
    public static String minute(long epochMs) {
        return UTC_MINUTE.format(Instant.ofEpochMilli(epochMs));
    }

    /** "from to to (N.NN days)". */
    public static String period(long fromMs, long toMs) {
        return utc(fromMs) + " to " + utc(toMs) + " (" + fixed((toMs - fromMs) / MS_PER_DAY, 2) + " days)";
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value + 0.0);
    }
}
