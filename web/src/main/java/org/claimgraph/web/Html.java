package org.claimgraph.web;

/**
 * Escaping for HTML text and attribute values. Every piece of text that comes from an article, a topic file or a
 * request goes through {@link #escape} before it reaches a page: the pages are built as strings, with no template
 * engine that could leave a value unescaped.
 */
public final class Html {

    private Html() {}

    /**
     * The text with {@code & < > " '} replaced by character references, safe both between tags and inside a
     * double- or single-quoted attribute value; null gives the empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement != null) {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                escaped.append(replacement);
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static String replacement(char c) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '"':
                return "&quot;";
            case '\'':
                return "&#39;";
            default:
                return null;
        }
    }

    /** A value for a URL's query or path segment (UTF-8 percent-encoding); escape the whole URL afterwards. */
    public static String url(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
