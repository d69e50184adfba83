package cascade.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks secrets in configuration text before it is stored: the value of every key that looks like an
 * api key, secret, passphrase, password, private key or token, in YAML, JSON or properties syntax. The
 * key and the quoting stay, the value becomes {@value #BLANK}, so the stored text still shows which
 * settings were present. Keys with an empty value (a YAML section header) are left alone.
 * <p>
 * Plain (unquoted) values are blanked to the end of the line, or to a {@code #} comment after a space.
 */
public final class Redactor {
    /** What a redacted value is replaced with. */
    public static final String BLANK = "<redacted>";

    private static final String SECRET_WORD = "api[-_.]?key|secret|passphrase|password|passwd|private[-_.]?key|token";
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "(?<key>([\"']?)[\\w.-]*(?:" + SECRET_WORD + ")[\\w.-]*\\2[ \\t]*[:=][ \\t]*)"
                    + "(?<value>\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"|'[^'\\r\\n]*'|[^\\s#][^\\r\\n]*?(?=[ \\t]+#|[ \\t]*$))",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private Redactor() {
    }

    /** Returns the text with secret values blanked; null stays null. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = SECRET_VALUE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group("key") + blank(m.group("value"))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String blank(String value) {
        char first = value.charAt(0);
        if (first == '"' || first == '\'') {
            return first + BLANK + first;
        }
        return BLANK;
    }
}
