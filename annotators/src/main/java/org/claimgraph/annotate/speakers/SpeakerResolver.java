package org.claimgraph.annotate.speakers;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.annotate.Layers;
import org.claimgraph.annotate.entities.Gazetteer;
import org.claimgraph.annotate.nlp.ParsedText;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import org.claimgraph.model.Statement.SpeakerType;
import org.claimgraph.model.TimeExpression;
import org.claimgraph.pipeline.Annotator;
import org.claimgraph.pipeline.Inputs;
import org.claimgraph.pipeline.Layer;

/**
 * Resolves each statement's speaker, as written, to an entity: "he" to the person it refers to, "the spokesman" to
 * the person with that role, "Bell" to "Ann Bell", "the Kremlin" to the organisation, a capital speaking for its
 * government to a COUNTRY speaker, anonymous sources to their wording. Resolves the reporting chain the same way and
 * dates the statement from a date in the cue's sentence. Stateless and shared by all threads.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.of(List.of(new CoreNlpAnnotator(), new TimesAnnotator(), new EntitiesAnnotator(),
 *         new StatementsAnnotator(), new SpeakerResolver()));
 * List<Statement> statements = pipeline.run(document).get(Layers.STATEMENTS);
 * }</pre>
 */
public final class SpeakerResolver implements Annotator<Statement> {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> GOVERNMENT_WORDS = Set.of("government", "authorities", "regime",
            "administration", "cabinet", "leadership", "state", "officials");
    private static final Pattern CALENDAR_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final int PRONOUN_SENTENCES_BACK = 2;
    private static final Pattern ADVERB_GAP = Pattern.compile("\\s*(\\p{Ll}+ly|even|also|then|later|again|further)?\\s*");

    @Override
    public String name() {
        return "speakers";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.PARSE, Layers.TIMES, Layers.ENTITIES, Layers.ATTRIBUTIONS);
    }

    @Override
    public Layer<Statement> produces() {
        return Layers.STATEMENTS;
    }

    @Override
    public List<Statement> annotate(Inputs in) {
        List<ParsedText> parsed = in.get(Layers.PARSE);
        if (parsed.isEmpty()) {
            return in.get(Layers.ATTRIBUTIONS);
        }
        return resolve(in.text(), parsed.get(0), in.get(Layers.ENTITIES), in.get(Layers.ATTRIBUTIONS),
                in.get(Layers.TIMES));
    }

    /** The statements with resolved speakers, via names and dates, in the same order. */
    public List<Statement> resolve(String text, ParsedText parsed, List<Entity> entities, List<Statement> statements,
            List<TimeExpression> times) {
        return new Resolution(text, parsed.document(), entities, times).resolveAll(statements);
    }

    /** A demonstrative or expletive subject: "it" (of "made it clear"), "this breakdown", "that assertion". */
    private static final java.util.regex.Pattern NO_SPEAKER = java.util.regex.Pattern.compile(
            "(?i)it|this|that|(?:this|that|these|those)\\s+\\p{L}+");

    /**
     * Whether a statement has someone who can say it: a speaker that stayed unresolved and is written as "it" or as a
     * demonstrative noun phrase ("This breakdown highlights ...") is a text describing itself, not a source.
     */
    static boolean canSpeak(Statement statement) {
        Statement.Speaker speaker = statement.speaker();
        if (speaker.type() != Statement.SpeakerType.UNKNOWN || speaker.mention() == null) {
            return true;
        }
        return !NO_SPEAKER.matcher(speaker.name().strip()).matches();
    }

    /** The work for one article. */
    private static final class Resolution {
        private final String text;
        private final List<CoreLabel> tokens;
        private final List<Integer> sentenceStarts = new ArrayList<>();
        private final List<Entity> entities;
        private final List<TimeExpression> times;
        private final Gazetteer gazetteer = Gazetteer.get();
        private final Clauses parse;

        Resolution(String text, CoreDocument document, List<Entity> entities, List<TimeExpression> times) {
            this.text = text;
            this.parse = new Clauses(document);
            this.tokens = document.tokens();
            for (CoreSentence sentence : document.sentences()) {
                sentenceStarts.add(sentence.charOffsets().first());
            }
            this.entities = entities;
            this.times = times;
        }

        List<Statement> resolveAll(List<Statement> statements) {
            List<Statement> ordered = new ArrayList<>(statements);
            ordered.sort((a, b) -> Integer.compare(anchor(a), anchor(b)));
            List<Statement> resolved = new ArrayList<>();
            for (Statement statement : ordered) {
                resolved.add(resolveOne(statement, resolved));
            }
            List<Statement> inOrder = new ArrayList<>();
            for (Statement statement : statements) {
                for (Statement done : resolved) {
                    if (done.id().equals(statement.id())) {
                        inOrder.add(done);
                    }
                }
            }
            List<Statement> chained = ReportingChains.fold(text, inOrder);
            chained.removeIf(statement -> !canSpeak(statement));
            return chained;
        }

        private static int anchor(Statement statement) {
            Span at = statement.speaker().mention() != null ? statement.speaker().mention() : statement.cue();
            return at != null ? at.begin() : statement.content().begin();
        }

        private Statement resolveOne(Statement statement, List<Statement> earlier) {
            Statement.Speaker speaker = speaker(statement, earlier);
            List<Statement.Via> via = new ArrayList<>();
            for (Statement.Via link : statement.via()) {
                Entity entity = link.mention() == null ? null : named(link.mention(), null);
                via.add(entity == null ? link : new Statement.Via(entity.name(), link.mention()));
            }
            String date = statement.date() != null ? statement.date() : date(statement);
            return new Statement(statement.id(), statement.kind(), speaker, statement.cue(), statement.content(), via,
                    statement.channel(), date, statement.hedges(), statement.confidence());
        }

        private Statement.Speaker speaker(Statement statement, List<Statement> earlier) {
            Statement.Speaker written = statement.speaker();
            Span mention = written.mention();
            if (mention == null) {
                return unwritten(statement, earlier);
            }
            if (mention.end() > text.length()) {
                return written;
            }
            String surface = mention.coveredText(text).strip();
            String lower = surface.toLowerCase(Locale.ROOT);
            if (PRONOUNS.contains(lower)) {
                Entity person = antecedent(mention, statement, earlier);
                return person == null ? new Statement.Speaker(surface, SpeakerType.PERSON, null, mention)
                        : fromEntity(person, mention, lower);
            }
            Entity entity = named(mention, statement.cue());
            if (entity != null) {
                return fromEntity(entity, mention, lower);
            }
            String country = governmentOf(mention);
            if (country != null) {
                Entity countryEntity = byName(country);
                return new Statement.Speaker(country, SpeakerType.COUNTRY,
                        countryEntity == null ? null : countryEntity.id(), mention);
            }
            if (anonymous(lower)) {
                return new Statement.Speaker(surface, SpeakerType.ANONYMOUS, null, mention);
            }
            return written;
        }

        /** The entity the words of a speaker or reporter name: a person first, then any entity. */
        private Entity named(Span mention, Span cue) {
            Entity entity = entityIn(mention, Entity.Type.PERSON);
            if (entity == null || startsWithVerb(mention)) {
                Entity beforeCue = entityBeforeCue(mention, cue);
                entity = beforeCue != null ? beforeCue : entity;
            }
            if (entity == null) {
                entity = personRightAfter(mention);
            }
            if (entity == null && !startsWithVerb(mention)) {
                entity = entityIn(mention, null);
            }
            return entity;
        }

        /**
         * A speaker the statements stage left unnamed: the subject of the clause a participle cue hangs on ("Ann
         * Bell said X, adding that Y"), else, for a quote without cue, the speaker of the statement just before it
         * within two sentences (a quote continued).
         */
        private Statement.Speaker unwritten(Statement statement, List<Statement> earlier) {
            Statement.Speaker written = statement.speaker();
            if (statement.cue() != null) {
                Span adjacent = personJustBefore(statement.cue());
                Span subject = adjacent != null ? adjacent : parse.subjectOfGoverningClause(statement.cue());
                if (subject != null) {
                    String lower = subject.coveredText(text).strip().toLowerCase(Locale.ROOT);
                    Entity entity = PRONOUNS.contains(lower) ? antecedent(subject, statement, earlier)
                            : named(subject, null);
                    if (entity != null) {
                        Statement.Speaker speaker = fromEntity(entity, subject, lower);
                        return new Statement.Speaker(speaker.name(), speaker.type(), speaker.entity(), subject);
                    }
                }
                return written;
            }
            if (statement.kind() == Statement.Kind.DIRECT) {
                Statement previous = null;
                for (Statement candidate : earlier) {
                    boolean before = candidate.content().begin() < statement.content().begin();
                    boolean later = previous == null || candidate.content().end() > previous.content().end()
                            || candidate.content().end() == previous.content().end()
                                    && candidate.speaker().type() == SpeakerType.PERSON;
                    if (before && later && candidate.speaker().entity() != null) {
                        previous = candidate;
                    }
                }
                if (previous != null && sentenceOf(statement.content().begin())
                        - sentenceOf(Math.min(previous.content().end(), statement.content().begin())) <= 2) {
                    Statement.Speaker speaker = previous.speaker();
                    return new Statement.Speaker(speaker.name(), speaker.type(), speaker.entity(), null);
                }
            }
            return written;
        }

        /** A person's name right before the cue, with at most an adverb between ("Ann Bell even adding"). */
        private Span personJustBefore(Span cue) {
            for (Entity entity : entities) {
                if (entity.type() != Entity.Type.PERSON) {
                    continue;
                }
                for (Span span : entity.mentions()) {
                    if (span.end() <= cue.begin() && cue.begin() - span.end() < 20
                            && ADVERB_GAP.matcher(text.substring(span.end(), cue.begin())).matches()) {
                        return span;
                    }
                }
            }
            return null;
        }

        private Statement.Speaker fromEntity(Entity entity, Span mention, String lower) {
            SpeakerType type = switch (entity.type()) {
                case PERSON -> SpeakerType.PERSON;
                case ORGANIZATION -> SpeakerType.ORGANIZATION;
                case COUNTRY, LOCATION -> SpeakerType.COUNTRY;
                case MEDIA -> SpeakerType.MEDIA;
                case GROUP -> anonymous(lower) ? SpeakerType.ANONYMOUS : SpeakerType.GROUP;
                case OTHER -> SpeakerType.UNKNOWN;
            };
            String name = type == SpeakerType.ANONYMOUS && mention != null ? mention.coveredText(text).strip()
                    : entity.name();
            return new Statement.Speaker(name, type, entity.id(), mention);
        }

        /**
         * The person a pronoun speaker refers to: the person speaking in the statement just before, when it is in the
         * same or the previous sentence; else the person mentioned last before the pronoun, outside this statement's
         * own content, within two sentences.
         */
        private Entity antecedent(Span pronoun, Statement statement, List<Statement> earlier) {
            int sentence = sentenceOf(pronoun.begin());
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Statement.Speaker previous = earlier.get(i).speaker();
                if (previous.mention() == null || previous.mention().begin() >= pronoun.begin()) {
                    continue;
                }
                if (previous.type() == SpeakerType.PERSON && previous.entity() != null
                        && sentence - sentenceOf(previous.mention().begin()) <= 1) {
                    return byId(previous.entity());
                }
                break;
            }
            Entity best = null;
            int bestEnd = -1;
            for (Entity entity : entities) {
                if (entity.type() != Entity.Type.PERSON) {
                    continue;
                }
                for (Span span : entity.mentions()) {
                    if (span.end() <= pronoun.begin() && span.end() > bestEnd && !statement.content().contains(span)
                            && sentence - sentenceOf(span.begin()) <= PRONOUN_SENTENCES_BACK) {
                        bestEnd = span.end();
                        best = entity;
                    }
                }
            }
            return best;
        }

        /** The first entity with a mention inside the span, of the given type when one is given. */
        private Entity entityIn(Span span, Entity.Type type) {
            Entity best = null;
            int bestBegin = Integer.MAX_VALUE;
            for (Entity entity : entities) {
                if (type != null && entity.type() != type) {
                    continue;
                }
                for (Span mention : entity.mentions()) {
                    boolean inside = span.contains(mention) || mention.contains(span);
                    if (inside && mention.begin() < bestBegin) {
                        bestBegin = mention.begin();
                        best = entity;
                    }
                }
            }
            return best;
        }

        /** A person or organisation named between the speaker words and the cue, after a comma. */
        private Entity entityBeforeCue(Span mention, Span cue) {
            if (cue == null || cue.begin() <= mention.end()) {
                return null;
            }
            for (Entity entity : entities) {
                if (entity.type() == Entity.Type.PERSON || entity.type() == Entity.Type.ORGANIZATION
                        || entity.type() == Entity.Type.MEDIA) {
                    for (Span span : entity.mentions()) {
                        if (span.begin() >= mention.end() && span.end() <= cue.begin()
                                && text.substring(span.end(), cue.begin()).isBlank()
                                && text.substring(mention.end(), span.begin()).contains(",")
                                && sentenceOf(span.begin()) == sentenceOf(cue.begin())) {
                            return entity;
                        }
                    }
                }
            }
            return null;
        }

        /** A person whose name follows the speaker words directly: a role written before a name. */
        private Entity personRightAfter(Span mention) {
            for (Entity entity : entities) {
                if (entity.type() == Entity.Type.PERSON) {
                    for (Span span : entity.mentions()) {
                        if (span.begin() >= mention.end() && text.substring(mention.end(), span.begin()).isBlank()) {
                            return entity;
                        }
                    }
                }
            }
            return null;
        }

        private boolean startsWithVerb(Span mention) {
            for (CoreLabel token : tokens) {
                if (token.beginPosition() >= mention.begin()) {
                    return token.tag() != null && token.tag().startsWith("VB");
                }
            }
            return false;
        }

        /** The country of "the Ukrainian government", "Polish authorities", "the Kiev regime"; or null. */
        private String governmentOf(Span mention) {
            String country = null;
            boolean government = false;
            for (CoreLabel token : tokens) {
                if (token.beginPosition() >= mention.begin() && token.endPosition() <= mention.end()) {
                    String word = token.word();
                    government |= GOVERNMENT_WORDS.contains(word.toLowerCase(Locale.ROOT));
                    String found = gazetteer.anyCountry(word);
                    if (found == null) {
                        found = gazetteer.countryOfCapital(word);
                    }
                    country = country == null ? found : country;
                }
            }
            return government ? country : null;
        }

        private static boolean anonymous(String lower) {
            if (lower.contains("undisclosed") || lower.contains("unnamed") || lower.contains("anonymous")) {
                return true;
            }
            String[] words = lower.split("\\s+");
            String head = words[words.length - 1];
            String singular = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y"
                    : head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
            return Gazetteer.get().isAnonymousNoun(singular) || Gazetteer.get().isAnonymousNoun(head);
        }

        /** The date of a calendar date in the cue's sentence, outside the content, nearest the cue; or null. */
        private String date(Statement statement) {
            Span at = statement.cue() != null ? statement.cue() : statement.speaker().mention();
            if (at == null) {
                return null;
            }
            int sentence = sentenceOf(at.begin());
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (TimeExpression time : times) {
                if (time.type() != TimeExpression.Type.DATE || time.value() == null
                        || !CALENDAR_DATE.matcher(time.value()).matches() || time.span().overlaps(statement.content())
                        || sentenceOf(time.span().begin()) != sentence) {
                    continue;
                }
                int distance = Math.abs(time.span().begin() - at.begin());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = time.value();
                }
            }
            return best;
        }

        private int sentenceOf(int offset) {
            int index = 0;
            for (int i = 0; i < sentenceStarts.size(); i++) {
                if (sentenceStarts.get(i) <= offset) {
                    index = i;
                }
            }
            return index;
        }

        private Entity byId(String id) {
            for (Entity entity : entities) {
                if (entity.id().equals(id)) {
                    return entity;
                }
            }
            return null;
        }

        private Entity byName(String name) {
            for (Entity entity : entities) {
                if (entity.name().equals(name)) {
                    return entity;
                }
            }
            return null;
        }
    }
}
