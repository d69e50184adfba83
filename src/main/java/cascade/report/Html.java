package cascade.report;

import java.util.Base64;

/** Small HTML helpers: escaping every piece of text and embedding PNGs so a report needs no other file. */
final class Html {
    private Html() {
    }

    /** Escapes the five characters that are special in HTML text and attribute values; null → "". */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** One table row of escaped cells, each in {@code cellTag} ("td" or "th"). */
    static void row(StringBuilder html, String cellTag, String... cells) {
        html.append("<tr>");
        for (String cell : cells) {
            html.append('<').append(cellTag).append('>').append(escape(cell)).append("</").append(cellTag)
                    .append('>');
        }
        html.append("</tr>\n");
    }

    /** {@code <h2>} heading. */
    static void heading(StringBuilder html, String text) {
        html.append("<h2>").append(escape(text)).append("</h2>\n");
    }

    /** An embedded PNG image with a caption. */
    static void figure(StringBuilder html, byte[] png, String caption) {
        html.append("<figure><img alt=\"").append(escape(caption)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\"><figcaption>").append(escape(caption))
                .append("</figcaption></figure>\n");
    }
}
