package org.claimgraph.annotate.speakers;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Set;
import org.claimgraph.model.Span;

/** Reads the dependency parses: the subject of the clause a participle hangs on. */
final class Clauses {

    private static final Set<String> PARTICIPLE_LINKS = Set.of("advcl", "xcomp", "conj", "ccomp", "dep", "acl", "obj");

    private final CoreDocument document;

    Clauses(CoreDocument document) {
        this.document = document;
    }

    /**
     * For a cue word that heads a participle or subordinate clause without its own subject ("..., adding that"),
     * the words of the governing clause's subject: the subject noun with its compound and name parts. Null when the
     * cue has a subject of its own or the parse says otherwise.
     */
    Span subjectOfGoverningClause(Span cue) {
        for (CoreSentence sentence : document.sentences()) {
            SemanticGraph graph = sentence.dependencyParse();
            if (graph == null || sentence.charOffsets().first() > cue.begin()
                    || sentence.charOffsets().second() < cue.end()) {
                continue;
            }
            IndexedWord verb = null;
            for (IndexedWord word : graph.vertexSet()) {
                if (word.beginPosition() == cue.begin()) {
                    verb = word;
                }
            }
            if (verb == null || subject(graph, verb) != null) {
                return null;
            }
            for (int hops = 0; hops < 3 && verb != null; hops++) {
                SemanticGraphEdge up = graph.incomingEdgeIterator(verb).hasNext()
                        ? graph.incomingEdgeIterator(verb).next() : null;
                if (up == null || !PARTICIPLE_LINKS.contains(up.getRelation().getShortName())) {
                    return null;
                }
                verb = up.getGovernor();
                IndexedWord subject = subject(graph, verb);
                if (subject != null) {
                    int begin = subject.beginPosition();
                    int end = subject.endPosition();
                    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(subject)) {
                        String relation = edge.getRelation().getShortName();
                        if (relation.equals("compound") || relation.equals("flat") || relation.equals("amod")
                                || relation.equals("appos")) {
                            begin = Math.min(begin, edge.getDependent().beginPosition());
                            end = Math.max(end, edge.getDependent().endPosition());
                        }
                    }
                    return new Span(begin, end);
                }
            }
            return null;
        }
        return null;
    }

    private static IndexedWord subject(SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            if (edge.getRelation().getShortName().startsWith("nsubj")) {
                return edge.getDependent();
            }
        }
        return null;
    }
}
