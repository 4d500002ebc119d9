package org.claimgraph.annotate.statements;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import org.claimgraph.model.Statement.SpeakerType;

/**
 * Names and types a speaker mention. The name is the mention's text, except a personal pronoun, which takes the
 * nearest PERSON mention before it (a stand-in until coreference). The type comes from the named-entity tags of the
 * mention and a few head words (anonymous sources, news outlets).
 */
final class SpeakerNames {

    private final String text;
    private final List<CoreLabel> tokens = new ArrayList<>();
    private final List<CoreEntityMention> people = new ArrayList<>();

    SpeakerNames(String text, CoreDocument document) {
        this.text = text;
        tokens.addAll(document.tokens());
        for (CoreEntityMention mention : document.entityMentions()) {
            boolean pronoun = mention.tokens().stream().allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"));
            if ("PERSON".equals(mention.entityType()) && !pronoun) {
                people.add(mention);
            }
        }
    }

    Statement.Speaker speaker(Span mention) {
        if (mention == null) {
            return new Statement.Speaker("unknown", SpeakerType.UNKNOWN, null, null);
        }
        String surface = mention.coveredText(text).replaceAll("\\s+", " ");
        List<CoreLabel> inside = tokensIn(mention);
        String lower = surface.toLowerCase(Locale.ROOT);
        if (inside.size() == 1 && Lexicon.PERSON_PRONOUNS.contains(lower)) {
            CoreEntityMention antecedent = null;
            for (CoreEntityMention person : people) {
                if (person.charOffsets().second <= mention.begin()) {
                    antecedent = person;
                }
            }
            String name = antecedent == null || lower.equals("i") || lower.equals("we") || lower.equals("you")
                    ? surface : antecedent.text();
            return new Statement.Speaker(name, SpeakerType.PERSON, null, mention);
        }
        return new Statement.Speaker(surface, type(inside, lower), null, mention);
    }

    private static SpeakerType type(List<CoreLabel> inside, String lower) {
        boolean person = false;
        boolean organization = false;
        boolean location = false;
        for (CoreLabel token : inside) {
            String ner = token.ner() == null ? "O" : token.ner();
            person |= ner.equals("PERSON");
            organization |= ner.equals("ORGANIZATION");
            location |= ner.equals("LOCATION");
        }
        String head = headWord(inside);
        if (Lexicon.MEDIA_HEADS.contains(head) && !person) {
            return SpeakerType.MEDIA;
        }
        if (person) {
            return SpeakerType.PERSON;
        }
        if (organization) {
            return SpeakerType.ORGANIZATION;
        }
        if (location) {
            return SpeakerType.COUNTRY;
        }
        if (Lexicon.ANONYMOUS_HEADS.contains(head) || lower.contains("undisclosed") || lower.contains("unnamed")
                || lower.contains("anonymous")) {
            return SpeakerType.ANONYMOUS;
        }
        return SpeakerType.UNKNOWN;
    }

    /** The last noun before any preposition, comma or relative pronoun: a rough head of the noun phrase. */
    private static String headWord(List<CoreLabel> inside) {
        String head = "";
        for (CoreLabel token : inside) {
            String tag = token.tag() == null ? "" : token.tag();
            if (tag.equals("IN") || tag.equals(",") || tag.startsWith("W")) {
                break;
            }
            if (tag.startsWith("NN")) {
                String lemma = token.lemma() == null ? token.word() : token.lemma();
                head = lemma.toLowerCase(Locale.ROOT);
            }
        }
        return head;
    }

    private List<CoreLabel> tokensIn(Span span) {
        List<CoreLabel> inside = new ArrayList<>();
        for (CoreLabel token : tokens) {
            if (token.beginPosition() >= span.begin() && token.endPosition() <= span.end()) {
                inside.add(token);
            }
        }
        return inside;
    }
}
