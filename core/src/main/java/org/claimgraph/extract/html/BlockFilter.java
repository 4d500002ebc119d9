package org.claimgraph.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.Dates;

/**
 * Drops paragraphs of the content element that are still boilerplate: link lists, short calls to action ("Share this
 * article", "Sign up for our newsletter"), copyright lines, bylines and bare dates, and repeats of an earlier
 * paragraph. The phrases are general web conventions, not any site's wording.
 */
final class BlockFilter {

    /** Short paragraphs that start like this are furniture; matched against lower-cased text. */
    private static final Pattern FURNITURE_START = Pattern.compile(
            "^(?:share|tweet|email|print|save|advertisement|advertising|sponsored|related|read (?:more|next|also)"
                    + "|more from|more on|more:|also read|see also|recommended|most (?:popular|read|viewed)"
                    + "|trending|sign up|signup|subscribe|follow us|follow @|click here|tap here|listen to|watch:"
                    + "|leave a comment|comments?\\b|\\d+ comments?|reply|copyright|©|\\(c\\) \\d"
                    + "|(?:photo|image|picture|photograph|illustration|video|credit|source)s?\\s*:|getty|skip to|jump to|back to top|tags?:|topics?:|filed under"
                    + "|posted in|categories|published|updated|last updated|posted|this article|this story"
                    + "|we (?:use|value)|by continuing|accept|loading|next article|previous article|view (?:all|more)"
                    + "|show more|load more|join (?:us|our)|get (?:our|the latest)|download (?:our|the)"
                    + "|don'?t miss|you may (?:also )?like|you might (?:also )?like|recommended for you)(?![\\p{L}\\p{N}])");

    /**
     * Phrases that make any short paragraph furniture; looked up in lower-cased text with {@code String.contains},
     * which is far cheaper than one regular expression with many alternatives.
     */
    private static final List<String> FURNITURE_PHRASES = List.of("all rights reserved", "sign up for",
            "subscribe to", "newsletter", "follow us on", "share this", "share on", "click here", "terms of use",
            "terms of service", "privacy policy", "cookie", "enable javascript", "reproduced without",
            "may not be published", "may not be reproduced", "may not be copied", "contributed to this report",
            "send us a tip", "report a typo", "report a correction", "read the full", "free trial", "register to",
            "register for", "log in to", "log in for", "log in here", "login to", "already a subscriber",
            "unlimited access", "unlimited digital access", "subscribers get", "subscribers also get",
            "subscribers receive", "subscribers also receive", "submit a letter", "submit your letter",
            "submit a story", "submit your story", "submit a tip", "submit your tip", "app for ios",
            "apps for ios", "app for android", "apps for android");
    private static final Pattern APP_PROMOTION = Pattern.compile("download (?:the|our) [^.]{0,40}\\bapps?\\b");

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|written by|words by|posted by|reporting by|story by|text by)\\s+\\p{Lu}.{0,80}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final int SHORT_CHARS = 120;

    private BlockFilter() {}

    /** The blocks worth keeping, in order. A heading is kept only when some block under it is. */
    static List<BlockWriter.Block> keep(List<BlockWriter.Block> blocks) {
        List<BlockWriter.Block> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            BlockWriter.Block block = blocks.get(i);
            if (isFurniture(block) || isHeading(block) && !hasContentUnder(blocks, i)) {
                continue;
            }
            String key = block.text().toLowerCase(Locale.ROOT);
            if (key.length() > 20 && !seen.add(key)) {
                continue;
            }
            kept.add(block);
        }
        return kept;
    }

    private static boolean isHeading(BlockWriter.Block block) {
        String tag = block.tag();
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }

    private static boolean hasContentUnder(List<BlockWriter.Block> blocks, int heading) {
        for (int i = heading + 1; i < blocks.size(); i++) {
            BlockWriter.Block block = blocks.get(i);
            if (isHeading(block)) {
                return false;
            }
            if (!isFurniture(block)) {
                return true;
            }
        }
        return false;
    }

    static boolean isFurniture(BlockWriter.Block block) {
        String text = block.text();
        int length = text.length();
        if (block.linkDensity() > 0.5 && length < 400) {
            return true;
        }
        if (block.inList() && block.linkDensity() > 0.3) {
            return true;
        }
        if (length <= SHORT_CHARS) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (FURNITURE_START.matcher(lower).lookingAt() || hasFurniturePhrase(lower)) {
                return true;
            }
            if (BYLINE.matcher(text).matches() || Dates.parse(text) != null) {
                return true;
            }
            if (isSymbolsOnly(text)) {
                return true;
            }
        } else if (length <= 2 * SHORT_CHARS && hasFurniturePhrase(text.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return false;
    }

    private static boolean hasFurniturePhrase(String lower) {
        for (String phrase : FURNITURE_PHRASES) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return lower.contains("download") && APP_PROMOTION.matcher(lower).find();
    }

    private static boolean isSymbolsOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
