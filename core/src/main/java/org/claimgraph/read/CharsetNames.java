package org.claimgraph.read;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Charset labels as web pages and detectors spell them, mapped the way browsers map them (WHATWG Encoding
 * standard): {@code iso-8859-1}, {@code latin1} and {@code us-ascii} mean windows-1252, {@code shift_jis} means
 * windows-31j, a {@code utf-16} label in a page means UTF-8, and so on.
 */
final class CharsetNames {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How far into an HTML page a charset declaration is looked for. */
    static final int DECLARATION_WINDOW = 4096;

    private static final Map<String, String> WEB_ALIASES = Map.ofEntries(
            Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("iso8859-1", "windows-1252"),
            Map.entry("iso_8859-1", "windows-1252"),
            Map.entry("iso88591", "windows-1252"),
            Map.entry("latin1", "windows-1252"),
            Map.entry("latin-1", "windows-1252"),
            Map.entry("l1", "windows-1252"),
            Map.entry("cp819", "windows-1252"),
            Map.entry("ibm819", "windows-1252"),
            Map.entry("csisolatin1", "windows-1252"),
            Map.entry("iso-ir-100", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"),
            Map.entry("ansi_x3.4-1968", "windows-1252"),
            Map.entry("cp1252", "windows-1252"),
            Map.entry("x-cp1252", "windows-1252"),
            Map.entry("x-user-defined", "windows-1252"),
            Map.entry("iso-8859-9", "windows-1254"),
            Map.entry("latin5", "windows-1254"),
            Map.entry("tis-620", "windows-874"),
            Map.entry("tis620", "windows-874"),
            Map.entry("iso-8859-11", "windows-874"),
            Map.entry("gb2312", "GB18030"),
            Map.entry("gbk", "GB18030"),
            Map.entry("x-gbk", "GB18030"),
            Map.entry("shift_jis", "windows-31j"),
            Map.entry("shift-jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"),
            Map.entry("ms932", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"),
            Map.entry("euc-kr", "x-windows-949"),
            Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("big5", "Big5-HKSCS"),
            Map.entry("utf-16", "UTF-8"),
            Map.entry("utf-16le", "UTF-8"),
            Map.entry("utf-16be", "UTF-8"),
            Map.entry("utf8", "UTF-8"));

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*([^\\s\"';>/]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml\\b[^>]*\\bencoding\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);

    private CharsetNames() {}

    /**
     * The charset a label names, as a browser reads it; null when Java does not know it.
     */
    static Charset resolve(String label) {
        String key = label.strip().toLowerCase(Locale.ROOT);
        String name = WEB_ALIASES.getOrDefault(key, key);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * The charset label an HTML page declares in its first {@value #DECLARATION_WINDOW} bytes, in a {@code <meta
     * charset>}, a {@code <meta http-equiv="Content-Type" content="...; charset=...">} or an XML declaration; null
     * when it declares none.
     */
    static String declaredInHtml(byte[] bytes, int start) {
        int end = Math.min(bytes.length, start + DECLARATION_WINDOW);
        // ISO-8859-1 maps each byte to one char, so ASCII markup reads the same in every ASCII-compatible charset.
        String head = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        String withoutComments = COMMENT.matcher(head).replaceAll(" ");
        Matcher meta = META.matcher(withoutComments);
        while (meta.find()) {
            Matcher charset = CHARSET.matcher(meta.group());
            if (charset.find()) {
                return charset.group(1);
            }
        }
        return xml.find() ? xml.group(1) : null;
    }

    /** Whether the start of the bytes looks like HTML markup. */
    static boolean looksLikeHtml(byte[] bytes, int start) {
        int end = Math.min(bytes.length, start + 1024);
        String head = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        if (head.stripLeading().startsWith("<?xml")) {
            return head.toLowerCase(Locale.ROOT).contains("<html");
        }
        return InputFormat.sniff(head) == InputFormat.HTML;
    }
}
