package org.claimgraph.extract;

import java.util.regex.Pattern;

/**
 * Recognises the paragraphs that sites wrap around articles, by what they do rather than by whose they are: calls
 * to share, follow, subscribe, donate or comment; legal notices; contact lines; image credits; translation and
 * reading-aid widgets; separators. General rules only: nothing here names an outlet or a site.
 */
public final class BoilerplateText {

    /** Calls to action addressed to the reader. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)(?<!\\w)("
            + "click (?:here|the \\w+ button|on the|below|above)|\\w+ button (?:above|below)|"
            + "share (?:this (?:article|story|post|page)|widely)|share button|repost|"
            + "subscribe (?:to (?:our|the)|now|here|today|for free)|sign up (?:for|to|now|here)|"
            + "(?:sign up|subscribe|register|receive|get)\\b[^.]{0,60}newsletter|our newsletter|"
            + "newsletter (?:sign|subscri)|"
            + "follow us|like us on|join us|join our|(?:on|to) our (?:facebook|twitter|instagram|telegram|youtube|"
            + "tiktok|linkedin|website|site|page|channel|mailing list)|"
            + "donate (?:now|today|here|to)|make a donation|fundraising\\s*:|support (?:us|our work|our journalism)|"
            + "become a (?:member|patron|subscriber|supporter)|"
            + "(?:leave|post|add|write) a comment|comments? (?:are|is) (?:closed|moderated)|"
            + "download (?:our|the) app|read more|continue reading|related (?:articles|stories|posts|coverage)|"
            + "recommended for you|you (?:may|might) also like|most (?:read|popular)|advertisement|sponsored content|"
            + "translate (?:this|website)|email/forward|forward this (?:article|story)|"
            + "note to readers|all rights reserved|terms of (?:use|service)|privacy policy|cookie policy|"
            + "we use cookies|accept cookies|fair use|copyrighted material|sole responsibility|cross-post|"
            + "reproduc(?:e|tion) (?:of|in whole)|for (?:media|press) inquiries|contact us|"
            + "(?:featured|header|cover|top|main|lead) (?:image|photo|picture)|"
            + "(?:image|photo|picture|video) (?:source|credit|courtesy)|getty images|"
            + "this article (?:was|is|has been) (?:originally|first) (?:published|posted)|"
            + "(?:originally|first) (?:published|appeared) (?:on|in|at|by)"
            + ")(?!\\w)");
    /** Notices that open with a label: "Disclaimer:", "Copyright ©", "Editor's note:". */
    private static final Pattern LABELLED_NOTICE = Pattern.compile(
            "(?i)^(?:disclaimer|copyright|©|\\(c\\)|editor['’]s note|note to readers|advertisement|sponsored|"
                    + "source|image|photo|credit|related|tags?|topics?|categories|filed under|share|"
                    + "read more|see also|featured image)\\b\\s*[:©]?");
    /** E-mail addresses and their obfuscations. */
    private static final Pattern EMAIL = Pattern.compile(
            "(?i)[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\[email(?:&#160;|\\s)protected\\]");
    /** Separator lines: "***", "* * *", "---", "___", "###". */
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[*#~=_\\-–—•·]\\s*){1,20}$");
    /** A label with nothing after it: "Region: ,", "Topics:". */
    private static final Pattern EMPTY_LABEL = Pattern.compile("^[\\p{L} '’\\-]{1,30}:\\s*[,;.|\\-]*\\s*$");

    private BoilerplateText() {}

    /** True for separator lines such as "***" or "---". */
    public static boolean isSeparator(String paragraph) {
        return SEPARATOR.matcher(paragraph).matches();
    }

    /** True for a paragraph that is site furniture rather than article text. */
    public static boolean isBoilerplate(String paragraph) {
        String text = paragraph.strip();
        if (text.isEmpty() || isSeparator(text)) {
            return true;
        }
        if (EMPTY_LABEL.matcher(text).matches()) {
            return true;
        }
        int signals = count(CALL_TO_ACTION, text) + (EMAIL.matcher(text).find() ? 1 : 0)
                + (LABELLED_NOTICE.matcher(text).lookingAt() ? 1 : 0);
        if (signals == 0) {
            return false;
        }
        // A long paragraph of reporting may mention a newsletter or a donation once; furniture is short or dense.
        int length = text.length();
        return length < 250 || signals >= 2 && length < 1500 || signals * 300 >= length;
    }

    private static int count(Pattern pattern, String text) {
        int n = 0;
        java.util.regex.Matcher m = pattern.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
