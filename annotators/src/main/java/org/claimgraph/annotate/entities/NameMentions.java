package org.claimgraph.annotate.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.annotate.entities.EntityFinder.Mention;
import org.claimgraph.model.Entity;

/**
 * Repairs CoreNLP's name boundaries with general rules: a name suffix joins the name ("Brown Jr."); title words and
 * the tail of an institution's name glued to a person's name are cut off ("of the Grand Council Ann Bell" -> "Ann
 * Bell"); two names run together by a missing comma are split when a role word sits between them or both are known
 * names elsewhere in the article; a demonym glued to an organisation is cut off; the capitalised words after
 * "newspaper", "outlet" and the like name a news outlet.
 */
final class NameMentions {

    private final Tokens tokens;
    private final Gazetteer gazetteer;

    NameMentions(Tokens tokens, Gazetteer gazetteer) {
        this.tokens = tokens;
        this.gazetteer = gazetteer;
    }

    List<Mention> repaired(List<Mention> raw) {
        Set<String> personWords = personWords(raw);
        Set<String> texts = new HashSet<>();
        for (Mention mention : raw) {
            texts.add(tokens.text(mention.first, mention.last));
        }
        List<Mention> repaired = new ArrayList<>();
        for (Mention mention : raw) {
            if (mention.type == Entity.Type.ORGANIZATION && titledName(mention)) {
                mention.type = Entity.Type.PERSON; // "Councillor Ann Bell" tagged as an organisation
            }
            if ((mention.type == Entity.Type.PERSON || mention.type == Entity.Type.LOCATION)
                    && Gazetteer.UNIT_HEADS.contains(tokens.lower(mention.last)) && mention.last > mention.first) {
                mention.type = Entity.Type.ORGANIZATION; // "Delta Company", "Harbour Group"
            }
            if (mention.type == Entity.Type.ORGANIZATION) {
                Mention holder = officeHolder(mention);
                if (holder != null) {
                    mention = holder; // "Secretary of [Transport Ann Bell]": the department is the role's
                }
            }
            if (mention.type == Entity.Type.OTHER && mention.last > mention.first
                    && gazetteer.countryOfDemonym(tokens.word(mention.last)) != null
                    && allNames(mention.first, mention.last - 1)) {
                // "Ann Bell Danish" run together: the name, then a demonym that starts the next role
                mention = new Mention(mention.first, mention.last - 1, Entity.Type.PERSON);
            }
            if (mention.type == Entity.Type.PERSON) {
                repaired.addAll(person(mention, personWords, raw));
            } else {
                repaired.add(organisation(mention, texts));
            }
        }
        addOutlets(repaired);
        addItalicTitles(repaired);
        repaired.sort((a, b) -> Integer.compare(a.first, b.first));
        return repaired;
    }

    /** Words that stand as a person's one-word name, or end a full name, somewhere in the article. */
    private Set<String> personWords(List<Mention> raw) {
        Set<String> words = new HashSet<>();
        for (Mention mention : raw) {
            if (mention.type == Entity.Type.PERSON && mention.last - mention.first <= 2) {
                words.add(tokens.word(mention.last));
            }
        }
        return words;
    }

    private List<Mention> person(Mention mention, Set<String> personWords, List<Mention> raw) {
        List<Mention> out = new ArrayList<>();
        int first = mention.first;
        int last = mention.last;
        if (last + 1 < tokens.size() && Gazetteer.NAME_SUFFIXES.contains(tokens.lower(last + 1))
                && tokens.sentence(last + 1) == tokens.sentence(last)) {
            last++;
        }
        while (first < last && gazetteer.isTitle(tokens.lower(first))) {
            first++;
        }
        int core = nameCore(first, last);
        if (core > first && first > 0 && Set.of("the", "of").contains(tokens.lower(first - 1))) {
            out.add(new Mention(first, core - 1, Entity.Type.ORGANIZATION));
            first = core;
        }
        for (int k = first + 1; k < last; k++) {
            if (isRoleWord(k)) {
                int right = k;
                while (right < last && isRoleWord(right)) {
                    right++;
                }
                if (right < last && tokens.capitalised(first)) {
                    out.add(new Mention(first, k - 1, Entity.Type.PERSON));
                    out.add(new Mention(right, last, Entity.Type.PERSON));
                    return out;
                }
            }
        }
        if (last - first >= 3) {
            for (int k = first + 1; k + 2 <= last; k++) {
                if (knownElsewhere(tokens.word(k), mention, raw) && knownElsewhere(tokens.word(last), mention, raw)
                        && personWords.contains(tokens.word(k)) && personWords.contains(tokens.word(last))) {
                    out.add(new Mention(first, k, Entity.Type.PERSON));
                    out.add(new Mention(k + 1, last, Entity.Type.PERSON));
                    return out;
                }
            }
        }
        out.add(new Mention(first, last, Entity.Type.PERSON));
        return out;
    }

    /**
     * The person in an organisation mention that runs a department into its head's name after "Secretary of" or
     * "Minister of" ("Secretary of Transport Ann Bell" tagged as one organisation "Transport Ann Bell"); null if the
     * mention is not such a run.
     */
    private Mention officeHolder(Mention mention) {
        if (mention.first < 2 || mention.last - mention.first < 2 || !tokens.lower(mention.first - 1).equals("of")
                || !gazetteer.isTitle(tokens.lower(mention.first - 2))) {
            return null;
        }
        int core = nameCore(mention.first, mention.last);
        if (core <= mention.first || !allNames(core, mention.last)) {
            return null;
        }
        for (int i = core; i <= mention.last; i++) {
            if (Gazetteer.AUTHORITY_WORDS.contains(tokens.lower(i)) || Gazetteer.UNIT_HEADS.contains(tokens.lower(i))) {
                return null;
            }
        }
        return new Mention(core, mention.last, Entity.Type.PERSON);
    }

    /** A title word followed by two or three capitalised name words and nothing else. */
    private boolean titledName(Mention mention) {
        int words = mention.last - mention.first;
        if (!gazetteer.isTitle(tokens.lower(mention.first)) || words < 2 || words > 3) {
            return false;
        }
        for (int i = mention.first + 1; i <= mention.last; i++) {
            if (!tokens.tag(i).equals("NNP") || gazetteer.isTitle(tokens.lower(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean allNames(int first, int last) {
        for (int i = first; i <= last; i++) {
            if (!tokens.tag(i).equals("NNP") || gazetteer.isTitle(tokens.lower(i))
                    || gazetteer.countryOfDemonym(tokens.word(i)) != null || gazetteer.country(tokens.word(i)) != null) {
                return false;
            }
        }
        return last > first;
    }

    private boolean isRoleWord(int index) {
        return gazetteer.isTitle(tokens.lower(index)) || gazetteer.countryOfDemonym(tokens.word(index)) != null;
    }

    /** Whether a word is a person's name in some other mention than this one. */
    private boolean knownElsewhere(String word, Mention self, List<Mention> raw) {
        for (Mention other : raw) {
            if (other != self && other.type == Entity.Type.PERSON && tokens.word(other.last).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Where the personal name proper starts: given name, initials, family name and suffix at the end. */
    private int nameCore(int first, int last) {
        int i = last;
        while (i > first && Gazetteer.NAME_SUFFIXES.contains(tokens.lower(i))) {
            i--;
        }
        i--; // the family name
        while (i > first && tokens.word(i).matches("\\p{Lu}\\.")) {
            i--;
        }
        return Math.max(first, i);
    }

    /** "Western Alliance" where "Alliance" is named alone elsewhere: the adjective is not part of the name. */
    private Mention organisation(Mention mention, Set<String> texts) {
        if (mention.type == Entity.Type.ORGANIZATION && mention.last > mention.first) {
            String head = tokens.word(mention.first);
            String rest = tokens.text(mention.first + 1, mention.last);
            boolean adjective = gazetteer.countryOfDemonym(head) != null
                    || Set.of("Western", "Eastern", "European", "Northern", "Southern").contains(head);
            if (adjective && texts.contains(rest)) {
                return new Mention(mention.first + 1, mention.last, mention.type);
            }
        }
        return mention;
    }

    /** Capitalised words right after "newspaper", "outlet" and the like name a news outlet. */
    private void addOutlets(List<Mention> mentions) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!Gazetteer.MEDIA_NOUNS.contains(tokens.lower(i)) || tokens.capitalised(i)) {
                continue;
            }
            Mention existing = null;
            for (Mention mention : mentions) {
                if (mention.first == i + 1) {
                    existing = mention;
                }
            }
            if (existing != null) {
                existing.type = Entity.Type.MEDIA;
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && tokens.capitalised(last + 1) && tokens.tag(last + 1).startsWith("NNP")
                    && tokens.sentence(last + 1) == tokens.sentence(i) && !gazetteer.isTitle(tokens.lower(last + 1))) {
                last++;
            }
            if (last > i && !covered(mentions, i + 1, last)) {
                mentions.add(new Mention(i + 1, last, Entity.Type.MEDIA));
            }
        }
    }

    /**
     * Capitalised words set in italics (between single asterisks or underscores, as Markdown and many plain-text
     * exports mark the titles of publications) right after "in", "to" or "told" name an outlet: "writes in *The
     * Harbour Review*". An existing mention there becomes an outlet; otherwise one is added.
     */
    private void addItalicTitles(List<Mention> mentions) {
        Matcher italic = ITALIC_TITLE.matcher(tokens.text());
        while (italic.find()) {
            int first = tokens.startingAt(italic.start(2));
            int last = tokens.endingAt(italic.end(2));
            if (first < 0 || last < first) {
                continue;
            }
            boolean retyped = false;
            for (Mention mention : mentions) {
                if (mention.first >= first && mention.last <= last) {
                    mention.type = Entity.Type.MEDIA;
                    mention.first = first;
                    mention.last = last;
                    retyped = true;
                    break;
                }
            }
            if (!retyped && !covered(mentions, first, last)) {
                mentions.add(new Mention(first, last, Entity.Type.MEDIA));
            }
        }
    }

    private static final Pattern ITALIC_TITLE = Pattern.compile(
            "\\b(?:[Ii]n|[Tt]o|told)\\s+([*_])(?![*_])((?:The\\s+)?\\p{Lu}[\\p{L}'’.&-]*(?:\\s+\\p{Lu}[\\p{L}'’.&-]*){0,5})\\1(?![*_])");

    private static boolean covered(List<Mention> mentions, int first, int last) {
        for (Mention mention : mentions) {
            if (mention.first <= last && first <= mention.last) {
                return true;
            }
        }
        return false;
    }
}
