package org.claimgraph.annotate.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;

/**
 * Folds "according to X" into the statement it sources: in "Brown said that trainers will be sent, according to the
 * Times", the Times is not a second speaker of the same words but the channel they reached the article through, so
 * Brown's statement gets {@code via = [the Times]}, its content stops before ", according to", and the separate
 * "according to" statement goes. A quote that continues such a statement without a cue of its own ("We'll get
 * there.") takes the same speaker, cue and via; a quoted fragment inside it ("trainers") is not a statement of its own.
 */
final class ReportingChains {

    private ReportingChains() {}

    static List<Statement> fold(String text, List<Statement> statements) {
        Map<String, Statement> sourced = new HashMap<>(); // id of the "according to" statement -> the statement it sources
        List<Statement> result = new ArrayList<>(statements);
        for (Statement according : statements) {
            if (!isAccordingTo(text, according) || according.speaker().type() == Statement.SpeakerType.UNKNOWN) {
                continue;
            }
            for (int i = 0; i < result.size(); i++) {
                Statement reported = result.get(i);
                if (reported == according || isAccordingTo(text, reported) || reported.cue() == null
                        || !reported.content().overlaps(according.content())
                        || reported.speaker().name().equals(according.speaker().name())) {
                    continue;
                }
                Statement folded = withVia(text, reported, according);
                result.set(i, folded);
                sourced.put(according.id(), folded);
                break;
            }
        }
        result.removeIf(statement -> sourced.containsKey(statement.id()));
        return continueQuotes(text, result, new ArrayList<>(sourced.values()));
    }

    private static boolean isAccordingTo(String text, Statement statement) {
        return statement.cue() != null
                && statement.cue().coveredText(text).toLowerCase(Locale.ROOT).startsWith("according");
    }

    private static Statement withVia(String text, Statement reported, Statement according) {
        List<Statement.Via> via = new ArrayList<>(reported.via());
        boolean known = via.stream().anyMatch(link -> link.name().equals(according.speaker().name()));
        if (!known) {
            via.add(new Statement.Via(according.speaker().name(), according.speaker().mention()));
        }
        Span content = reported.content();
        int cut = according.cue().begin();
        if (content.begin() < cut && cut < content.end()) {
            int end = cut;
            while (end > content.begin() && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                end--;
            }
            if (end > content.begin()) {
                content = new Span(content.begin(), end);
            }
        }
        return new Statement(reported.id(), reported.kind(), reported.speaker(), reported.cue(), content, via,
                reported.channel(), reported.date(), reported.hedges(), reported.confidence());
    }

    /** Quotes left with an "according" cue and no speaker continue the sourced statement just before them. */
    private static List<Statement> continueQuotes(String text, List<Statement> statements, List<Statement> sourced) {
        if (sourced.isEmpty()) {
            return statements;
        }
        List<Statement> result = new ArrayList<>();
        for (Statement statement : statements) {
            Statement before = null;
            boolean orphan = isAccordingTo(text, statement) && statement.speaker().type() == Statement.SpeakerType.UNKNOWN;
            if (orphan && sourced.stream().anyMatch(s -> s.content().contains(statement.content())
                    || statement.content().contains(s.content()))) {
                continue; // a fragment of the sourced statement itself, such as a scare-quoted word in it
            }
            if (orphan) {
                for (Statement candidate : sourced) {
                    if (candidate.content().end() <= statement.content().begin()
                            && (before == null || candidate.content().end() > before.content().end())) {
                        before = candidate;
                    }
                }
            }
            result.add(before == null ? statement
                    : new Statement(statement.id(), statement.kind(), before.speaker(), before.cue(),
                            statement.content(), before.via(), before.channel(), before.date(), statement.hedges(),
                            statement.confidence()));
        }
        return result;
    }
}
