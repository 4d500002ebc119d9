package org.claimgraph.annotate.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * General word lists: the world's countries with their short forms, demonyms and capitals; title words; seats of
 * government; words that name news outlets and collective speakers. Loaded once from the package's resources.
 */
public final class Gazetteer {

    private static final Gazetteer INSTANCE = new Gazetteer();

    /** Words in an organisation's name that make it a news outlet. */
    static final Set<String> MEDIA_NAME_WORDS = Set.of("times", "news", "post", "journal", "tv", "radio",
            "television", "press", "gazette", "tribune", "herald", "telegraph", "daily", "magazine", "broadcasting",
            "broadcaster", "newspaper", "chronicle", "courier", "observer", "guardian", "reuters", "bulletin",
            "monitor", "review", "weekly", "channel", "network", "media", "newsweek", "wire", "dispatch", "rfe/rl",
            "afp", "tass", "xinhua", "bbc", "cnn");

    /** Nouns that, just before a name, say the name is a news outlet ("the newspaper X"). */
    static final Set<String> MEDIA_NOUNS = Set.of("newspaper", "outlet", "magazine", "daily", "broadcaster",
            "agency", "channel", "website", "tabloid", "network", "weekly", "portal", "publication", "site");

    /** Words in an organisation's name that make it an authority rather than an outlet. */
    static final Set<String> AUTHORITY_WORDS = Set.of("ministry", "department", "council", "committee", "office",
            "service", "government", "army", "forces", "party", "parliament", "court", "police", "agency", "bank",
            "union", "command", "administration", "commission", "senate", "congress", "assembly", "navy");

    /** Head nouns of a unit, company or body: a "person" name ending in one is an organisation ("Delta Company"). */
    static final Set<String> UNIT_HEADS = Set.of("company", "corporation", "corp.", "inc.", "ltd", "ltd.", "llc",
            "group", "battalion", "brigade", "regiment", "division", "corps", "squadron", "platoon", "fleet",
            "institute", "university", "college", "foundation", "association", "alliance", "coalition", "fund",
            "bank", "council", "committee", "ministry", "agency", "party", "union", "federation", "league", "club");

    /** Nouns for anonymous sources: a speaker named only by them is anonymous. */
    static final Set<String> ANONYMOUS_NOUNS = Set.of("source", "official", "insider", "aide", "person",
            "people", "staffer", "diplomat", "officer", "someone", "individual", "authority");

    /** Nouns for collective speakers ("analysts warned"). Includes the anonymous ones. */
    static final Set<String> COLLECTIVE_NOUNS;

    /** Words for the head of a state or government: "the French leader" may be its president. */
    static final Set<String> LEADER_WORDS = Set.of("president", "leader", "premier", "prime", "chancellor",
            "king", "queen", "monarch", "emperor", "head", "chief", "ruler", "strongman");

    /** Words for a spokesperson's office: "the spokesperson" may be a communications coordinator. */
    static final Set<String> SPOKES_WORDS = Set.of("spokesman", "spokeswoman", "spokesperson", "communications",
            "press", "coordinator", "mouthpiece");

    /** Name suffixes that belong to the name ("Jr."). */
    static final Set<String> NAME_SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");

    static {
        Set<String> collective = new HashSet<>(ANONYMOUS_NOUNS);
        collective.addAll(Set.of("analyst", "expert", "observer", "critic", "lawmaker", "commentator", "witness",
                "resident", "activist", "researcher", "scholar", "economist", "investigator", "authorities",
                "leader", "politician", "media"));
        COLLECTIVE_NOUNS = Set.copyOf(collective);
    }

    private final Map<String, String> countryByName = new HashMap<>();
    private final Map<String, String> countryByDemonym = new HashMap<>();
    private final Map<String, String> countryByCapital = new HashMap<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> seats = new HashSet<>();

    private Gazetteer() {
        for (String line : lines("countries.tsv")) {
            String[] fields = line.split("\t", -1);
            String country = fields[0];
            countryByName.put(country, country);
            for (String alias : split(fields, 1)) {
                countryByName.put(alias, country);
            }
            for (String demonym : split(fields, 2)) {
                countryByDemonym.put(demonym, country);
            }
            for (String capital : split(fields, 3)) {
                countryByCapital.put(capital, country);
            }
        }
        titles.addAll(lines("titles.txt"));
        seats.addAll(lines("seats.txt"));
    }

    public static Gazetteer get() {
        return INSTANCE;
    }

    /** The canonical country a name stands for ("U.S." -> "United States"), or null. Case-sensitive. */
    public String country(String name) {
        String stripped = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
        String found = countryByName.get(name);
        return found != null ? found : countryByName.get(stripped);
    }

    /** The country of a demonym or country adjective ("French" -> "France"), or null. */
    public String countryOfDemonym(String word) {
        String found = countryByDemonym.get(word);
        if (found == null && word.length() > 1) {
            String capitalised = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
            found = countryByDemonym.get(capitalised);
        }
        return found;
    }

    /** The country whose capital this is ("Moscow" -> "Russia"), or null. */
    public String countryOfCapital(String name) {
        return countryByCapital.get(name);
    }

    /** The country a word stands for as a name, a possessive-free name, a demonym or a capital; or null. */
    public String anyCountry(String word) {
        String country = country(word);
        if (country == null) {
            country = countryOfDemonym(word);
        }
        return country;
    }

    /** Whether a (singular, lower-case) noun names an anonymous source: "source", "official", "insider". */
    public boolean isAnonymousNoun(String word) {
        return ANONYMOUS_NOUNS.contains(word);
    }

    public boolean isTitle(String word) {
        return titles.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isSeatOfGovernment(String name) {
        String stripped = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
        return seats.contains(stripped);
    }

    private static List<String> split(String[] fields, int index) {
        List<String> values = new ArrayList<>();
        if (fields.length > index && !fields[index].isBlank()) {
            for (String value : fields[index].split("\\|")) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Gazetteer resource '" + resource + "' is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.stripTrailing());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer resource '" + resource + "'", e);
        }
        return lines;
    }
}
