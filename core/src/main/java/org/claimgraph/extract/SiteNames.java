package org.claimgraph.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds how an article writes its own site's name, given the site's domain. */
public final class SiteNames {

    /** Runs of capitalised words, possibly joined by hyphens: "Daily Planet", "Struggle-La Lucha". */
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}'’]*(?:[ \\-]+\\p{Lu}[\\p{L}\\p{N}'’]*){0,4}");

    private SiteNames() {}

    /**
     * The name written in {@code text} whose letters spell the domain's main label ("globalnews.example" and "Global
     * News"), or null when the text never writes it.
     */
    public static String nameForDomain(String domain, String text) {
        String label = mainLabel(domain);
        if (label.length() < 3) {
            return null;
        }
        Matcher m = CAPITALISED_RUN.matcher(text);
        while (m.find()) {
            String run = m.group();
            String[] words = run.split("[ \\-]+");
            // every sub-run of consecutive words, longest first, so "The Daily Planet Fund" still finds "Daily Planet"
            for (int from = 0; from < words.length; from++) {
                StringBuilder letters = new StringBuilder();
                for (int to = from; to < words.length; to++) {
                    letters.append(words[to].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""));
                    if (letters.toString().equals(label) && to > from) {
                        return String.join(" ", java.util.Arrays.copyOfRange(words, from, to + 1));
                    }
                    if (letters.length() >= label.length()) {
                        break;
                    }
                }
            }
        }
        return null;
    }

    /** The domain a site registered: "news.example.co.uk" gives "example.co.uk", "www.example.org" "example.org". */
    public static String registrableDomain(String host) {
        String[] parts = host.toLowerCase(Locale.ROOT).split("\\.");
        int keep = 2;
        if (parts.length >= 3 && parts[parts.length - 2].length() <= 3 && parts[parts.length - 1].length() == 2) {
            keep = 3; // co.uk, com.au
        }
        return parts.length <= keep ? host.toLowerCase(Locale.ROOT)
                : String.join(".", java.util.Arrays.copyOfRange(parts, parts.length - keep, parts.length));
    }

    /** "news.example.co.uk" gives "example"; "example.org" gives "example". */
    static String mainLabel(String domain) {
        String[] parts = domain.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").split("\\.");
        int index = parts.length - 2;
        if (parts.length >= 3 && parts[parts.length - 2].length() <= 3 && parts[parts.length - 1].length() == 2) {
            index = parts.length - 3; // co.uk, com.au
        }
        return index < 0 ? parts[0] : parts[index].replace("-", "");
    }
}
