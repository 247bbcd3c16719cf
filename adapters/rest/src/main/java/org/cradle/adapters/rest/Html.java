package org.cradle.adapters.rest;

/** What the API's printable pages share: every value they show escaped, since any of it may hold markup. */
public final class Html {

    private Html() {}

    public static String escape(Object value) {
        String text = String.valueOf(value);
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\r' -> {}
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
